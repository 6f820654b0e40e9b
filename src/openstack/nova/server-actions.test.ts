import { http, HttpResponse } from 'msw';
import { sample, sampleRecord } from '../test-samples';
import { startMockServer } from '../test-server';
import { openStackFailure, TEST_ENDPOINTS, testApi } from '../test-support';
import { createServerImage, imageIdFromLocation } from './server-actions';

const NOVA = TEST_ENDPOINTS.compute;
const server = startMockServer();

describe('createServerImage', () => {
  const imageId = '0e7761dd-ee98-41f0-ba35-05994e446431';

  it('reads image_id from the body at ≥ 2.45', async () => {
    let sent: unknown;
    server.use(
      http.post(`${NOVA}/servers/:id/action`, async ({ request }) => {
        sent = await request.json();
        expect(request.headers.get('OpenStack-API-Version')).toBe('compute 2.45');
        return HttpResponse.json(sampleRecord('nova/servers/v2.45/server-action-create-image-resp.json'), { status: 202 });
      }),
    );
    const api = testApi({ microversions: { compute: '2.45' } });
    const result = await createServerImage(api, 'srv', { name: 'foo-image', metadata: { meta_var: 'meta_val' } });
    expect(result).toEqual({ imageId });
    expect(sent).toEqual(sample('nova/servers/v2.45/server-action-create-image.json'));
  });

  it('reads the id from the tail of Location below 2.45', async () => {
    server.use(
      http.post(`${NOVA}/servers/:id/action`, () =>
        new HttpResponse(null, { status: 202, headers: { Location: `http://glance.example.com/v2/images/${imageId}` } }),
      ),
    );
    const result = await createServerImage(testApi({ microversions: { compute: '2.44' } }), 'srv', { name: 'foo-image' });
    expect(result).toEqual({ imageId });
  });

  it('fails clearly when Location is missing below 2.45, or image_id at ≥ 2.45', async () => {
    server.use(http.post(`${NOVA}/servers/:id/action`, () => new HttpResponse(null, { status: 202 })));
    const old = await openStackFailure(createServerImage(testApi({ microversions: { compute: null } }), 'srv', { name: 'x' }));
    expect(old).toMatchObject({ kind: 'parse', field: 'Location' });
    const recent = await openStackFailure(createServerImage(testApi(), 'srv', { name: 'x' }));
    expect(recent).toMatchObject({ kind: 'parse', field: 'image_id' });
  });

  it('reports Nova’s 403 quota fault and 409 conflict in Nova’s words', async () => {
    server.use(
      http.post(`${NOVA}/servers/quota/action`, () =>
        HttpResponse.json({ forbidden: { code: 403, message: 'Quota exceeded for resources: snapshots' } }, { status: 403 }),
      ),
      http.post(`${NOVA}/servers/busy/action`, () =>
        HttpResponse.json(
          { conflictingRequest: { code: 409, message: "Cannot 'createImage' instance busy while it is in task_state image_uploading" } },
          { status: 409 },
        ),
      ),
    );
    const api = testApi();
    expect(await openStackFailure(createServerImage(api, 'quota', { name: 'x' }))).toMatchObject({
      status: 403,
      faultName: 'forbidden',
      message: 'Quota exceeded for resources: snapshots',
    });
    expect(await openStackFailure(createServerImage(api, 'busy', { name: 'x' }))).toMatchObject({ status: 409, faultName: 'conflictingRequest' });
  });

  it('imageIdFromLocation takes the last path segment', () => {
    expect(imageIdFromLocation(`http://h/v2/images/${imageId}`)).toBe(imageId);
    expect(imageIdFromLocation(`/images/${imageId}/`)).toBe(imageId);
    expect(imageIdFromLocation('')).toBeNull();
  });
});

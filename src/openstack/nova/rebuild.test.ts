import { http, HttpResponse } from 'msw';
import { startMockServer } from '../test-server';
import { openStackFailure, TEST_ENDPOINTS, testApi } from '../test-support';
import { canRebuildVolumeBacked, rebuildServer } from './rebuild';

const NOVA = TEST_ENDPOINTS.compute;
const server = startMockServer();

describe('rebuildServer', () => {
  it('posts only the imageRef, so Nova keeps the name and metadata', async () => {
    let sent: unknown;
    let path = '';
    server.use(
      http.post(`${NOVA}/servers/:id/action`, async ({ request, params }) => {
        sent = await request.json();
        path = String(params['id']);
        expect(request.headers.get('OpenStack-API-Version')).toBe('compute 2.93');
        return HttpResponse.json({ server: { id: params['id'] } }, { status: 202 });
      }),
    );
    await rebuildServer(testApi({ microversions: { compute: '2.93' } }), 'srv-1', 'img-1');
    expect(path).toBe('srv-1');
    expect(sent).toEqual({ rebuild: { imageRef: 'img-1' } });
  });

  it('reports Nova’s 409 and 400 in Nova’s words', async () => {
    server.use(
      http.post(`${NOVA}/servers/busy/action`, () =>
        HttpResponse.json(
          { conflictingRequest: { code: 409, message: "Cannot 'rebuild' instance busy while it is in task_state rebuilding" } },
          { status: 409 },
        ),
      ),
      http.post(`${NOVA}/servers/bfv/action`, () =>
        HttpResponse.json(
          { badRequest: { code: 400, message: 'Image img is unacceptable: Unable to rebuild with a different image for a volume-backed server.' } },
          { status: 400 },
        ),
      ),
    );
    expect(await openStackFailure(rebuildServer(testApi(), 'busy', 'img'))).toMatchObject({
      status: 409,
      message: "Cannot 'rebuild' instance busy while it is in task_state rebuilding",
    });
    expect(await openStackFailure(rebuildServer(testApi(), 'bfv', 'img'))).toMatchObject({ status: 400 });
  });

  it('refuses to send an empty image id', async () => {
    expect(await openStackFailure(rebuildServer(testApi(), 'srv', ''))).toMatchObject({ kind: 'parse', field: 'rebuild.imageRef' });
  });
});

describe('canRebuildVolumeBacked', () => {
  it('needs compute 2.93 negotiated', () => {
    expect(canRebuildVolumeBacked(testApi({ microversions: { compute: '2.93' } }))).toBe(true);
    expect(canRebuildVolumeBacked(testApi({ microversions: { compute: '2.100' } }))).toBe(true);
    expect(canRebuildVolumeBacked(testApi({ microversions: { compute: '2.92' } }))).toBe(false);
    expect(canRebuildVolumeBacked(testApi({ microversions: { compute: null } }))).toBe(false);
  });
});

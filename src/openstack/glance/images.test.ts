import { http, HttpResponse } from 'msw';
import { sample, sampleRecord } from '../test-samples';
import { startMockServer } from '../test-server';
import { openStackFailure, TEST_ENDPOINTS, testApi } from '../test-support';
import {
  deleteImage,
  getImage,
  IMAGE_PATCH_CONTENT_TYPE,
  listAllImages,
  listAllImagesByIds,
  listImages,
  updateImage,
} from './images';
import type { ImagePatchOperation } from './schemas';
import { getImageUsage } from './usage';

const GLANCE = TEST_ENDPOINTS.image;
const server = startMockServer();
const listSample = sampleRecord('glance/images-list-response.json');
const sampleImages = listSample['images'] as Record<string, unknown>[];

function imageWithId(id: string): Record<string, unknown> {
  return { ...sampleImages[0], id, name: `image ${id}` };
}

describe('listImages', () => {
  it('pages through a gateway-prefixed endpoint using only the marker of the relative next', async () => {
    const gateway = 'http://gw.test/os/ep/abc';
    const markers: (string | null)[] = [];
    server.use(
      http.get(`${gateway}/v2/images`, ({ request }) => {
        const url = new URL(request.url);
        const marker = url.searchParams.get('marker');
        markers.push(marker);
        expect(url.searchParams.get('limit')).toBe('2');
        if (marker === null) return HttpResponse.json({ ...listSample, next: '/v2/images?limit=2&marker=781b3762-9469-4cec-b58d-3349e5de4e9c' });
        if (marker === '781b3762-9469-4cec-b58d-3349e5de4e9c') {
          return HttpResponse.json({ images: [imageWithId('a1'), imageWithId('a2')], first: '/v2/images?limit=2', next: '/v2/images?limit=2&marker=a2' });
        }
        // The final `next` (exactly `limit` rows) leads to an empty page.
        return HttpResponse.json({ images: [], first: '/v2/images?limit=2', schema: '/v2/schemas/images' });
      }),
    );
    const api = testApi({ endpoints: { image: gateway } });
    const first = await listImages(api, { limit: 2 });
    expect(first.images.map((image) => image.name)).toEqual(['cirros-0.3.2-x86_64-disk', 'F17-x86_64-cfntools']);
    expect(first.nextMarker).toBe('781b3762-9469-4cec-b58d-3349e5de4e9c');

    const all = await listAllImages(api, { limit: 2 });
    expect(all.map((image) => image.id)).toEqual(['1bea47ed-f6a9-463b-b423-14b9cca9ad27', '781b3762-9469-4cec-b58d-3349e5de4e9c', 'a1', 'a2']);
    expect(markers).toEqual([null, null, '781b3762-9469-4cec-b58d-3349e5de4e9c', 'a2']);
  });

  it('sends filters the Glance way', async () => {
    let query: URLSearchParams | undefined;
    server.use(
      http.get(`${GLANCE}/v2/images`, ({ request }) => {
        query = new URL(request.url).searchParams;
        return HttpResponse.json(listSample);
      }),
    );
    const result = await listImages(testApi(), {
      limit: 25,
      status: 'active',
      visibility: 'private',
      owner: 'p1',
      protected: false,
      ids: ['a', 'b'],
      properties: { image_type: 'snapshot' },
      sortKey: 'created_at',
      sortDir: 'desc',
      extraQuery: { tag: ['x', 'y'] },
    });
    expect(result.nextMarker).toBeNull();
    expect(query?.get('id')).toBe('in:a,b');
    expect(query?.get('image_type')).toBe('snapshot');
    expect(query?.get('protected')).toBe('false');
    expect(query?.getAll('tag')).toEqual(['x', 'y']);
    expect(query?.get('sort_key')).toBe('created_at');
    expect(query?.get('sort_dir')).toBe('desc');
    expect(query?.has('name')).toBe(false);
  });

  it('an empty id list answers without a request', async () => {
    expect(await listImages(testApi(), { ids: [] })).toEqual({ images: [], nextMarker: null });
  });
});

describe('listAllImagesByIds', () => {
  it('makes one request per 100 ids and never one per row', async () => {
    const requested: string[][] = [];
    server.use(
      http.get(`${GLANCE}/v2/images`, ({ request }) => {
        const url = new URL(request.url);
        const ids = (url.searchParams.get('id') ?? '').replace(/^in:/, '').split(',');
        requested.push(ids);
        const found = ids.filter((id) => !id.endsWith('-gone')).map(imageWithId);
        const limit = Number(url.searchParams.get('limit'));
        // Glance emits `next` whenever it returned exactly `limit` rows.
        return HttpResponse.json({ images: found, ...(found.length === limit ? { next: `/v2/images?marker=${found.at(-1)?.['id'] as string}` } : {}) });
      }),
    );
    const ids = Array.from({ length: 250 }, (_, index) => `img-${index}${index % 50 === 7 ? '-gone' : ''}`);
    const images = await listAllImagesByIds(testApi(), [...ids, ...ids.slice(0, 10)]);
    expect(requested.map((chunk) => chunk.length)).toEqual([100, 100, 50]);
    expect(new Set(requested.flat()).size).toBe(250);
    expect(images).toHaveLength(245);
  });
});

describe('image calls', () => {
  it('getImage, deleteImage and getImageUsage', async () => {
    let deleted = '';
    server.use(
      http.get(`${GLANCE}/v2/images/:id`, () => HttpResponse.json(sampleRecord('glance/image-details-deactivate-response.json'))),
      http.delete(`${GLANCE}/v2/images/:id`, ({ params }) => {
        deleted = String(params['id']);
        return new HttpResponse(null, { status: 204 });
      }),
      http.get(`${GLANCE}/v2/info/usage`, () => HttpResponse.json(sampleRecord('glance/usage-response.json'))),
    );
    const api = testApi();
    expect((await getImage(api, '1bea47ed-f6a9-463b-b423-14b9cca9ad27')).status).toBe('deactivated');
    await deleteImage(api, 'img/1');
    expect(deleted).toBe('img/1');
    expect((await getImageUsage(api)).image_count_total).toEqual({ limit: 10, usage: 2 });
    server.use(http.get(`${GLANCE}/v2/info/usage`, () => HttpResponse.json({ usage: {} })));
    expect(await getImageUsage(api)).toEqual({});
  });

  it('updateImage sends JSON patch with Glance’s media type', async () => {
    let contentType: string | null = null;
    let body: unknown;
    server.use(
      http.patch(`${GLANCE}/v2/images/:id`, async ({ request }) => {
        contentType = request.headers.get('Content-Type');
        body = await request.json();
        return HttpResponse.json(sampleRecord('glance/image-update-response.json'));
      }),
    );
    const operations: ImagePatchOperation[] = [
      { op: 'replace', path: '/name', value: 'Fedora 17' },
      { op: 'replace', path: '/tags', value: ['fedora', 'beefy'] },
    ];
    const image = await updateImage(testApi(), '2b61ed2b-f800-4da0-99ff-396b742b8646', operations);
    expect(contentType).toBe(IMAGE_PATCH_CONTENT_TYPE);
    expect(body).toEqual(sample('glance/image-update-request.json'));
    expect(image.name).toBe('Fedora 17');
  });

  it('updateImage refuses a malformed patch before sending', async () => {
    const error = await openStackFailure(updateImage(testApi(), 'x', []));
    expect(error).toMatchObject({ kind: 'parse', service: 'image' });
  });

  it('reads Glance’s HTML and JSON (<br />) error bodies', async () => {
    const html =
      '<html>\n <head>\n  <title>403 Forbidden</title>\n </head>\n <body>\n  <h1>403 Forbidden</h1>\n  Image abc is protected and cannot be deleted.<br /><br />\n\n\n </body>\n</html>';
    server.use(
      http.delete(`${GLANCE}/v2/images/html`, () => new HttpResponse(html, { status: 403, headers: { 'Content-Type': 'text/html; charset=UTF-8' } })),
      http.delete(`${GLANCE}/v2/images/json`, () =>
        HttpResponse.json(
          { message: 'Image abc is protected and cannot be deleted.<br /><br />\n\n\n', code: '403 Forbidden', title: 'Forbidden' },
          { status: 403 },
        ),
      ),
      http.post(`${GLANCE}/v2/images`, () =>
        HttpResponse.json({ message: 'Attempted: 1, Maximum: 0<br /><br />', code: '413 Request Entity Too Large', title: 'Request Entity Too Large' }, { status: 413 }),
      ),
    );
    const api = testApi();
    const fromHtml = await openStackFailure(deleteImage(api, 'html'));
    expect(fromHtml).toMatchObject({ service: 'image', kind: 'http', status: 403, message: 'Image abc is protected and cannot be deleted.' });
    const fromJson = await openStackFailure(deleteImage(api, 'json'));
    expect(fromJson).toMatchObject({ status: 403, faultName: 'Forbidden', message: 'Image abc is protected and cannot be deleted.' });
    const quota = await openStackFailure(api.http('image').post('/v2/images', {}));
    expect(quota).toMatchObject({ status: 413, message: 'Attempted: 1, Maximum: 0' });
  });
});

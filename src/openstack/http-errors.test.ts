import { http, HttpResponse } from 'msw';
import { listVolumeSnapshots } from './cinder/snapshots';
import { listImages } from './glance/images';
import { listServers } from './nova/servers';
import { startMockServer } from './test-server';
import { openStackFailure, TEST_ENDPOINTS, testApi } from './test-support';

const server = startMockServer();

describe('errors without a service body', () => {
  it('a non-JSON 502 from a proxy still gives a readable message', async () => {
    server.use(
      http.get(`${TEST_ENDPOINTS.compute}/servers/detail`, () =>
        new HttpResponse('Bad Gateway: upstream nova-api is not answering', { status: 502, headers: { 'Content-Type': 'text/plain' } }),
      ),
      http.get(`${TEST_ENDPOINTS.image}/v2/images`, () =>
        new HttpResponse('<html><head><title>502 Bad Gateway</title></head><body><h1>502 Bad Gateway</h1></body></html>', {
          status: 502,
          headers: { 'Content-Type': 'text/html' },
        }),
      ),
      http.get(`${TEST_ENDPOINTS.volume}/snapshots/detail`, () => new HttpResponse(null, { status: 502, statusText: 'Bad Gateway' })),
    );
    const api = testApi();
    expect(await openStackFailure(listServers(api))).toMatchObject({
      service: 'compute',
      kind: 'http',
      status: 502,
      message: 'Bad Gateway: upstream nova-api is not answering',
    });
    expect(await openStackFailure(listImages(api))).toMatchObject({ service: 'image', status: 502, message: '502 Bad Gateway' });
    const empty = await openStackFailure(listVolumeSnapshots(api));
    expect(empty).toMatchObject({ service: 'volume', kind: 'http', status: 502 });
    expect(empty.message).toContain('Block Storage (Cinder) answered 502');
  });

  it('a network error is kind "network" with no status, naming the service', async () => {
    server.use(http.get(`${TEST_ENDPOINTS.image}/v2/images`, () => HttpResponse.error()));
    const error = await openStackFailure(listImages(testApi()));
    expect(error).toMatchObject({ service: 'image', kind: 'network', status: null });
    expect(error.message).toContain('Image (Glance)');
  });
});

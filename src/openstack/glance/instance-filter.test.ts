import { http, HttpResponse } from 'msw';
import { sampleRecord } from '../test-samples';
import { startMockServer } from '../test-server';
import { TEST_ENDPOINTS, testApi } from '../test-support';
import { listImages } from './images';

const GLANCE = TEST_ENDPOINTS.image;
const server = startMockServer();
const sampleImage = (sampleRecord('glance/images-list-response.json')['images'] as Record<string, unknown>[])[0];

describe('the instance_uuid filter', () => {
  it('asks Glance for one server’s snapshots server-side', async () => {
    let query: URLSearchParams | undefined;
    server.use(
      http.get(`${GLANCE}/v2/images`, ({ request }) => {
        query = new URL(request.url).searchParams;
        return HttpResponse.json({ images: [{ ...sampleImage, id: 'snap-1', instance_uuid: 'srv-1' }] });
      }),
    );
    const page = await listImages(testApi(), { instanceUuid: 'srv-1', sortKey: 'created_at', sortDir: 'desc' });
    expect(query?.get('instance_uuid')).toBe('srv-1');
    expect(page.images.map((image) => image.instance_uuid)).toEqual(['srv-1']);
  });
});

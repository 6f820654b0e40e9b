import { screen } from '@testing-library/react';
import { createMockCloud } from '@/mock-cloud';
import { renderApp } from '../../../../../tests/app-harness';
import { requestsMatching } from '../test/page';

/** What the view reads: Glance listings and usage, Cinder snapshots, volumes and quota, Nova's server names. */
const viewRequest = /GET .*(\/v2\/images\?|\/v2\/info\/usage|\/snapshots\/detail|\/volumes\/detail|\/os-quota-sets\/|\/servers\/detail)/;
const done = /^Read every snapshot/;

/** Opens the view over the seed plus `images` bulk snapshots, counting the requests in flight at once. */
async function openWith(images: number) {
  const cloud = createMockCloud();
  cloud.scenarios.withImages(images);
  // Glance's usage then counts the project's own images: the progress line reads against it.
  cloud.scenarios.setQuota('image', 'image_count_total', 100_000);
  const { server } = await renderApp({ route: '/project/images/storage', cloud });
  const open = new Set<string>();
  const seen = { peak: 0 };
  server.events.on('request:start', ({ requestId }) => {
    open.add(requestId);
    seen.peak = Math.max(seen.peak, open.size);
  });
  server.events.on('response:mocked', ({ requestId }) => open.delete(requestId));
  return { cloud, seen };
}

describe('Snapshot storage: requests', () => {
  it('reads 10 images with one page per listing: 7 requests', async () => {
    const { cloud, seen } = await openWith(10);
    expect(await screen.findByText(done, undefined, { timeout: 30_000 })).toHaveTextContent('Read every snapshot: 15 instance snapshots.');
    expect(requestsMatching(cloud.requestLog, /GET .*\/v2\/images\?/)).toHaveLength(2);
    expect(requestsMatching(cloud.requestLog, viewRequest)).toHaveLength(7);
    expect(seen.peak).toBeLessThanOrEqual(7);
  }, 60_000);

  it('reads 10,000 images in pages of 1,000 with a progress line: 17 requests, never more than 7 at once', async () => {
    const { cloud, seen } = await openWith(10_000);
    expect(await screen.findByText(/^Read [\d,]+ of at most 10,007 images/, undefined, { timeout: 60_000 })).toBeInTheDocument();
    const status = await screen.findByText(done, undefined, { timeout: 120_000 });
    expect(status).toHaveTextContent('Read every snapshot: 10,005 instance snapshots.');
    const glance = requestsMatching(cloud.requestLog, /GET .*\/v2\/images\?/);
    // image_type=snapshot: ten full pages and a last one of 5; bdm_v2=True: one page.
    expect(glance.filter((line) => line.includes('image_type=snapshot'))).toHaveLength(11);
    expect(glance.filter((line) => line.includes('bdm_v2=True'))).toHaveLength(1);
    expect(requestsMatching(cloud.requestLog, viewRequest)).toHaveLength(17);
    expect(seen.peak).toBeLessThanOrEqual(7);
  }, 180_000);
});

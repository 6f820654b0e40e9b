import { screen, waitFor, within } from '@testing-library/react';
import { createMockCloud } from '@/mock-cloud';
import { runBounded } from '@/lib/run-bounded';
import { deleteImage } from '@/openstack/glance/images';
import { createCloudApi } from '@/openstack/http';
import { DELETE_CONCURRENCY } from '@/pages/project/images/DeleteImagesDialog';
import { renderApp } from '../../tests/app-harness';

/**
 * `npm run bench:images-panel` (part of `npm run bench`), kept out of the unit tier because it
 * times things: the real Images panel in jsdom against the mock cloud. It prints figures for
 * the report and asserts only the request count and the bound on deletes in flight: what opening
 * the page costs, and how long a 40-image bulk delete takes against a cloud that answers every
 * request after 100 ms.
 */
const opened: Record<number, string[]> = {};

/** What the page asked: sign-in (Keystone, version discovery) left out. */
function pageRequests(log: ReadonlyArray<{ method: string; url: string }>): string[] {
  return log
    .map((entry) => `${entry.method} ${new URL(entry.url).pathname}${new URL(entry.url).search}`)
    .filter((line) => !line.includes('/identity/') && !/^GET \/(compute|volume)\/$/.test(line));
}

async function openWith(count: number) {
  const cloud = createMockCloud();
  cloud.scenarios.withImages(count);
  // Let the seed's saving snapshot settle, so no poll lands inside the measurement.
  cloud.advance(10 * 60_000);
  await renderApp({ route: '/project/images', cloud });
  await screen.findByText(/Displaying \d+ items/, undefined, { timeout: 10_000 });
  await waitFor(() => expect(screen.getByRole('table')).not.toHaveAttribute('aria-busy'));
  opened[count] = pageRequests(cloud.requestLog);
  return opened[count];
}

describe('Images panel: what it costs', () => {
  it('opens with 10 images', async () => {
    expect((await openWith(10)).length).toBeGreaterThan(0);
  });
  it('opens with 10,000 images', async () => {
    expect((await openWith(10_000)).length).toBeGreaterThan(0);
  });

  it('asks the same requests either way (no request per row, no full listing)', () => {
    console.info(`[images] opening the page: ${opened[10]?.length} request(s) with 10 images, ${opened[10_000]?.length} with 10,000:\n  ${opened[10_000]?.join('\n  ')}`);
    expect(opened[10_000]).toEqual(opened[10]);
  });

  it('deletes 40 images with at most N in flight, and reports the time', async () => {
    const cloud = createMockCloud();
    cloud.scenarios.withImages(40);
    const { user, server } = await renderApp({ route: '/project/images?name=bulk-image&limit=50', cloud });
    await screen.findByText('Displaying 40 items', undefined, { timeout: 10_000 });
    await user.click(screen.getByRole('checkbox', { name: 'Select all rows on this page' }));
    await user.click(screen.getByRole('button', { name: 'Delete Images' }));
    const dialog = await screen.findByRole('dialog');

    let inFlight = 0;
    let peak = 0;
    server.events.on('request:start', ({ request }) => {
      if (request.method === 'DELETE') peak = Math.max(peak, ++inFlight);
    });
    server.events.on('response:mocked', ({ request }) => {
      if (request.method === 'DELETE') inFlight -= 1;
    });
    cloud.scenarios.slowCloud(100);
    cloud.clearRequestLog();
    const started = performance.now();
    await user.click(within(dialog).getByRole('button', { name: 'Delete Images' }));
    await within(dialog).findByText('All 40 items were deleted.', undefined, { timeout: 20_000 });
    const elapsed = Math.round(performance.now() - started);
    const deletes = cloud.requestLog.filter((entry) => entry.method === 'DELETE').length;
    console.info(
      `[images] 40-image bulk delete at 100 ms per request: ${elapsed} ms at concurrency ${DELETE_CONCURRENCY} ` +
        `(peak ${peak} in flight, ${deletes} DELETEs) vs ${40 * 100} ms one by one.`,
    );
    expect(deletes).toBe(40);
    expect(peak).toBeLessThanOrEqual(DELETE_CONCURRENCY);
  });

  it('times the network alone: 40 deletes one by one vs at concurrency N (no UI)', async () => {
    const cloud = createMockCloud();
    const ids = cloud.scenarios.withImages(80);
    const { store } = await renderApp({ route: '/project/instances', cloud });
    const session = store.getState().session;
    if (!session) throw new Error('not signed in');
    const api = createCloudApi(session);
    cloud.scenarios.slowCloud(100);
    const oneByOne = ids.slice(0, 40);
    let started = performance.now();
    for (const id of oneByOne) await deleteImage(api, id);
    const sequential = Math.round(performance.now() - started);
    started = performance.now();
    const results = await runBounded(ids.slice(40), (id) => deleteImage(api, id), { concurrency: DELETE_CONCURRENCY });
    const bounded = Math.round(performance.now() - started);
    console.info(`[images] 40 DELETEs at 100 ms each, network only: ${sequential} ms one by one, ${bounded} ms at concurrency ${DELETE_CONCURRENCY}.`);
    expect(results.every((result) => result.ok)).toBe(true);
  });
});


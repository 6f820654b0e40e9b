import { screen, waitFor } from '@testing-library/react';
import { createMockCloud } from '@/mock-cloud';
import { seedIds } from '@/mock-cloud/seed/ids';
import { paths } from '@/paths';
import { renderApp } from '../../../../tests/app-harness';
import { fillRequired, launchButton, waitForLaunchEnabled } from '../launch/test/page';
import { cellUnder, requestsMatching, rowOf, waitForRow } from './test/page';

/** A settled demo cloud whose clock stands still: the new server stays in BUILD until the test moves it on. */
function stillCloud() {
  const now = Date.now();
  const cloud = createMockCloud({ now: () => now });
  cloud.advance(60_000);
  return cloud;
}

describe('Instances: a launched instance is watched through its own GET', () => {
  it('is read through GET /servers/{id} while it builds and turns Active from it, without a list refetch', async () => {
    const cloud = stillCloud();
    const { user, server, location } = await renderApp({
      cloud,
      route: paths.launch({ source: 'instance_snapshot', id: seedIds.images.web1SnapNightly }),
    });
    await fillRequired(user, { name: 'fresh-1' });
    await waitForLaunchEnabled();
    await user.click(launchButton());
    await waitFor(() => expect(location()).toBe(paths.instances));
    expect(cellUnder(await waitForRow('fresh-1'), 'Status')).toHaveTextContent('Build');
    const created = Object.values(cloud.db.compute.servers).find((item) => item.name === 'fresh-1');
    if (!created) throw new Error('not created');

    // From now on GET /servers/detail gets no answer; only the single-server reads do.
    const releaseList = cloud.scenarios.hold({ service: 'compute', method: 'GET', path: /\/servers\/detail$/ });
    const listAnswers: string[] = [];
    server.events.on('response:mocked', ({ request }) => {
      if (new URL(request.url).pathname.endsWith('/servers/detail')) listAnswers.push(request.url);
    });
    cloud.clearRequestLog();
    const singleReads = () => requestsMatching(cloud.requestLog, new RegExp(`^GET .*/servers/${created.id}$`)).length;
    const listReads = () => requestsMatching(cloud.requestLog, /^GET .*\/servers\/detail/);

    // While it builds, the watch asks for the one server again and again; the list is not read.
    await waitFor(() => expect(singleReads()).toBeGreaterThanOrEqual(3), { timeout: 10_000 });
    expect(listReads()).toEqual([]);
    expect(cellUnder(rowOf('fresh-1'), 'Status')).toHaveTextContent('Build');

    cloud.advance(60_000);
    await waitFor(() => expect(cellUnder(rowOf('fresh-1'), 'Status')).toHaveTextContent('Active'), { timeout: 5000 });
    expect(cellUnder(rowOf('fresh-1'), 'Task')).toHaveTextContent('None');
    expect(listAnswers).toEqual([]);
    expect(listReads()).toEqual([]);
    expect(await screen.findByText(/fresh-1/, { selector: '.toast__title' })).toBeInTheDocument();
    releaseList();
  }, 30_000);
});

import { screen, waitFor, within } from '@testing-library/react';
import { createMockCloud } from '@/mock-cloud';
import { renderApp } from '../../../../tests/app-harness';
import { expectNoAxeViolations } from '../../../../tests/axe';
import { cellUnder, requestsMatching, rowNames, rowOf, waitForNoImageNamesLoading, waitForRow } from './test/page';

/** A demo cloud where builder-1 has finished building, so nothing is moving. */
function settledCloud() {
  const cloud = createMockCloud();
  cloud.advance(60_000);
  return cloud;
}

describe('Instances panel: the list', () => {
  it('shows Horizon’s columns in words, a volume-backed server as such, and is axe clean', async () => {
    await renderApp({ route: '/project/instances' });
    const web = await waitForRow('web-1');
    await waitForNoImageNamesLoading();
    const headers = screen.getAllByRole('columnheader').map((cell) => cell.textContent?.replace(/[▲▼↕]/g, '').trim());
    expect(headers).toEqual(expect.arrayContaining(['Instance Name', 'Image Name', 'IP Address', 'Flavor', 'Key Pair', 'Status', 'Availability Zone', 'Task', 'Power State', 'Age']));
    expect(cellUnder(web, 'Image Name')).toHaveTextContent('cirros-0.6.2');
    expect(cellUnder(web, 'IP Address')).toHaveTextContent('10.0.0.11');
    expect(cellUnder(web, 'Flavor')).toHaveTextContent(/^m1\./);
    expect(cellUnder(web, 'Key Pair')).toHaveTextContent('demo-key');
    expect(cellUnder(web, 'Status')).toHaveTextContent('Active');
    expect(cellUnder(web, 'Availability Zone')).toHaveTextContent('nova');
    expect(cellUnder(web, 'Task')).toHaveTextContent('None');
    expect(cellUnder(web, 'Power State')).toHaveTextContent('Running');
    expect(cellUnder(rowOf('vol-app-1'), 'Image Name')).toHaveTextContent('Boots from volume');
    expect(cellUnder(rowOf('db-1'), 'Status')).toHaveTextContent('Shutoff');
    expect(cellUnder(rowOf('db-1'), 'Power State')).toHaveTextContent('Shut Down');
    expect(cellUnder(rowOf('builder-1'), 'Task')).toHaveTextContent('Spawning');
    expect(cellUnder(rowOf('broken-1'), 'Status')).toHaveTextContent('Error');
    // An instance in ERROR says why, in Nova's own words.
    expect(cellUnder(rowOf('broken-1'), 'Status')).toHaveTextContent('No valid host was found');
    await expectNoAxeViolations();
  });

  it('makes the same number of requests for 10 and for ~500 instances (no request per row)', async () => {
    async function requestsToOpen(extraServers: number): Promise<string[]> {
      const cloud = settledCloud();
      cloud.scenarios.withServers(extraServers);
      const view = await renderApp({ route: '/project/instances?limit=100', cloud });
      await waitFor(() => expect(rowNames()).toHaveLength(Math.min(7 + extraServers, 100)), { timeout: 8000 });
      await waitForNoImageNamesLoading();
      const lines = requestsMatching(cloud.requestLog, /\/(compute|image|volume|network)\/.+/);
      view.unmount();
      view.server.close();
      return lines;
    }
    const forTen = await requestsToOpen(3); // the demo's 7 + 3
    const forFiveHundred = await requestsToOpen(493); // 7 + 493
    console.info(`Instances page requests — 10 instances: ${forTen.length}, 500 instances: ${forFiveHundred.length}\n  ${forFiveHundred.join('\n  ')}`);
    expect(forFiveHundred.length).toBe(forTen.length);
    expect(requestsMatching([...forFiveHundred.map((line) => ({ method: '', url: line }))], /\/servers\/detail/)).toHaveLength(1);
    expect(forFiveHundred.filter((line) => /\/v2\/images\?.*id=in(%3A|:)/.test(line))).toHaveLength(1);
  });

  it('filters by name and status on the server side, with the filter in the URL', async () => {
    const { user, cloud, location } = await renderApp({ route: '/project/instances', cloud: settledCloud() });
    await waitForRow('web-1');
    await user.type(screen.getByLabelText('Instance Name contains'), 'web{Enter}');
    await waitFor(() => expect(rowNames()).toEqual(['web-1']));
    expect(location()).toContain('name=web');
    expect(requestsMatching(cloud.requestLog, /servers\/detail\?.*name=web/).length).toBeGreaterThan(0);
    await user.clear(screen.getByLabelText('Instance Name contains'));
    await user.type(screen.getByLabelText('Instance Name contains'), 'eb-{Enter}');
    await waitFor(() => expect(rowNames()).toEqual(['web-1']));

    await user.clear(screen.getByLabelText('Instance Name contains'));
    await user.click(screen.getByRole('button', { name: 'Filter' }));
    await user.selectOptions(screen.getByLabelText('Status'), 'SHUTOFF');
    await waitFor(() => expect(rowNames().sort()).toEqual(['db-1', 'vol-db-1']));
    expect(location()).toContain('status=SHUTOFF');
    expect(requestsMatching(cloud.requestLog, /servers\/detail\?.*status=SHUTOFF/).length).toBeGreaterThan(0);

    await user.click(screen.getByRole('button', { name: 'Clear filter' }));
    await waitForRow('web-1');
    expect(location()).toBe('/project/instances');
  });

  it('sorts on the server side and pages with markers, keeping both in the URL', async () => {
    const cloud = settledCloud();
    cloud.scenarios.withServers(25);
    const { user, location } = await renderApp({ route: '/project/instances', cloud });
    await waitForRow('web-1', 5000).catch(() => undefined);
    await waitFor(() => expect(rowNames()).toHaveLength(20));
    await user.click(screen.getByRole('button', { name: /^Instance Name/ }));
    await waitFor(() => expect(rowNames()[0]).toBe('broken-1'));
    expect(location()).toContain('sort=display_name%3Aasc');
    expect(screen.getByRole('columnheader', { name: /Instance Name/ })).toHaveAttribute('aria-sort', 'ascending');
    const firstPage = rowNames();
    expect([...firstPage].sort()).toEqual(firstPage);

    await user.click(screen.getByRole('button', { name: /Next/ }));
    await waitFor(() => expect(rowNames()).toHaveLength(12));
    expect(location()).toContain('marker=');
    expect(rowNames().at(-1)).toBe('worker-1');
    await user.click(screen.getByRole('button', { name: /Prev/ }));
    await waitFor(() => expect(rowNames()).toEqual(firstPage));
  });

  it('refreshes while an instance is moving and stops once all are stable', async () => {
    const cloud = createMockCloud();
    const { cloud: mock } = await renderApp({ route: '/project/instances', cloud });
    await waitForRow('builder-1');
    expect(screen.getByText(/Refreshing every few seconds/)).toBeInTheDocument();
    const polls = () => requestsMatching(mock.requestLog, /GET .*\/servers\/detail/).length;
    const before = polls();
    await waitFor(() => expect(polls()).toBeGreaterThan(before), { timeout: 4000 });

    mock.advance(60_000); // builder-1 finishes building
    await waitFor(() => expect(cellUnder(rowOf('builder-1'), 'Task')).toHaveTextContent('None'), { timeout: 4000 });
    expect(screen.queryByText(/Refreshing every few seconds/)).not.toBeInTheDocument();
    const settled = polls();
    await new Promise((resolve) => setTimeout(resolve, 2600));
    expect(polls()).toBe(settled);
  });

  it('has a Launch Instance button that opens the wizard', async () => {
    const { user, location } = await renderApp({ route: '/project/instances', cloud: settledCloud() });
    await user.click(await screen.findByRole('link', { name: 'Launch Instance' }));
    await waitFor(() => expect(location()).toBe('/project/launch'));
    expect(within(document.body).queryByText('Page not found')).not.toBeInTheDocument();
  });
});

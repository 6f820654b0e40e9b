import { screen, waitFor, within } from '@testing-library/react';
import { createMockCloud } from '@/mock-cloud';
import { seedIds } from '@/mock-cloud/seed/ids';
import { renderApp } from '../../../../tests/app-harness';
import { expectNoAxeViolations } from '../../../../tests/axe';
import { waitForRow } from './test/page';

describe('Instances: freshness', () => {
  it('says when the list was updated, and Refresh shows a change made elsewhere', async () => {
    const cloud = createMockCloud();
    cloud.advance(60_000);
    const { user } = await renderApp({ cloud });
    await waitForRow('web-1');
    expect(screen.getByText(/^Updated (now|\d+ seconds? ago)$/)).toBeInTheDocument();

    // Someone renames a server in another console.
    const server = cloud.db.compute.servers[seedIds.servers.web1];
    if (server) server.name = 'web-1-renamed';
    await user.click(screen.getByRole('button', { name: 'Refresh Instances' }));
    expect(await waitForRow('web-1-renamed')).toBeInTheDocument();
    expect(within(screen.getByRole('table')).queryByRole('rowheader', { name: 'web-1' })).not.toBeInTheDocument();
    await expectNoAxeViolations();
  });

  it('refreshes an instance page and its action log from their own controls', async () => {
    const cloud = createMockCloud();
    cloud.advance(60_000);
    const { user } = await renderApp({ cloud, route: `/project/instances/${seedIds.servers.web1}` });
    await screen.findByRole('table', { name: 'Action log of this instance' });
    cloud.clearRequestLog();
    await user.click(screen.getByRole('button', { name: 'Refresh action log' }));
    await waitFor(() => expect(cloud.requestLog.some((entry) => entry.url.includes('/os-instance-actions'))).toBe(true));
    await user.click(screen.getByRole('button', { name: 'Refresh details' }));
    await waitFor(() => expect(cloud.requestLog.some((entry) => entry.url.endsWith(`/servers/${seedIds.servers.web1}`))).toBe(true));
    expect(screen.getAllByText(/^Updated /).length).toBeGreaterThanOrEqual(2);
  });
});

import { screen, waitFor, within } from '@testing-library/react';
import { createMockCloud } from '@/mock-cloud';
import { seedIds } from '@/mock-cloud/seed/ids';
import { renderApp } from '../../../../tests/app-harness';
import { signInAgain } from '../../../../tests/sign-in-again';
import { requestsMatching, rowOf, serverActionRequest, waitForRow } from './test/page';
import { findDialog } from '../../../../tests/find-dialog';

describe('Power actions: an expired session', () => {
  it('Start refused with 401 says it was not done; Retry in the notice after signing in sends one start', async () => {
    const cloud = createMockCloud();
    cloud.advance(60_000);
    const { user } = await renderApp({ route: '/project/instances', cloud });
    await waitForRow('db-1');
    expect(cloud.db.compute.servers[seedIds.servers.db1]?.vm_state).toBe('stopped');

    cloud.scenarios.expireTokens();
    await user.click(within(rowOf('db-1')).getByRole('button', { name: 'More actions for db-1' }));
    await user.click(await screen.findByRole('menuitem', { name: /Start Instance/ }));
    await signInAgain(user);
    expect(await screen.findByText(/^Your session had ended, so this was not done/)).toBeInTheDocument();
    expect(cloud.db.compute.servers[seedIds.servers.db1]?.vm_state).toBe('stopped');

    cloud.clearRequestLog();
    await user.dblClick(screen.getByRole('button', { name: 'Retry' }));
    await waitFor(() => expect(requestsMatching(cloud.requestLog, serverActionRequest)).toHaveLength(1));
    expect(requestsMatching(cloud.requestLog, serverActionRequest)[0]).toContain(seedIds.servers.db1);
    expect(screen.queryByRole('button', { name: 'Retry' })).not.toBeInTheDocument();
  });

  it('Shut Off Instances refused with 401: the notice names them as not done, and Retry these stops exactly them, once each', async () => {
    const cloud = createMockCloud();
    cloud.advance(60_000);
    const { user } = await renderApp({ route: '/project/instances', cloud });
    await waitForRow('web-1');
    for (const name of ['web-1', 'vol-app-1']) await user.click(within(rowOf(name)).getByRole('checkbox', { name: `Select ${name}` }));
    const toolbar = screen.getByRole('toolbar', { name: 'Actions on selected instances' });
    await user.click(within(toolbar).getByRole('button', { name: 'Shut Off Instances' }));
    const dialog = await findDialog('Shut off 2 instances?');

    cloud.scenarios.expireTokens();
    await user.click(within(dialog).getByRole('button', { name: 'Shut Off Instances' }));
    await signInAgain(user);
    expect(await screen.findByText('Shut Off Instances: 0 accepted, 2 failed.')).toBeInTheDocument();
    expect(screen.getByText(/Not done, because the session had ended: (web-1, vol-app-1|vol-app-1, web-1)\./)).toBeInTheDocument();
    expect(cloud.db.compute.servers[seedIds.servers.web1]?.vm_state).toBe('active');

    cloud.clearRequestLog();
    await user.dblClick(screen.getByRole('button', { name: 'Retry these' }));
    expect(await screen.findByText('Shut Off Instances: 2 accepted, 0 failed.')).toBeInTheDocument();
    const stops = requestsMatching(cloud.requestLog, serverActionRequest);
    expect(stops).toHaveLength(2);
    expect(stops.filter((line) => line.includes(seedIds.servers.web1))).toHaveLength(1);
    expect(stops.filter((line) => line.includes(seedIds.servers.volApp1))).toHaveLength(1);
    expect(stops.some((line) => line.includes(seedIds.servers.db1))).toBe(false);
  });
});

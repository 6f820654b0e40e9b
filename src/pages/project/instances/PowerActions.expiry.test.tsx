import { screen, waitFor, within } from '@testing-library/react';
import { createMockCloud } from '@/mock-cloud';
import { seedIds } from '@/mock-cloud/seed/ids';
import { renderApp } from '../../../../tests/app-harness';
import { signInAgain } from '../../../../tests/sign-in-again';
import { requestsMatching, rowOf, serverActionRequest, waitForRow } from './test/page';

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
});

import { screen, waitFor, within } from '@testing-library/react';
import { createMockCloud } from '@/mock-cloud';
import { seedIds } from '@/mock-cloud/seed/ids';
import { renderApp } from '../../../../tests/app-harness';
import { signInAgain } from '../../../../tests/sign-in-again';
import { requestsMatching, rowOf, waitForRow } from './test/page';
import { findDialog } from '../../../../tests/find-dialog';

const serverDeletes = /DELETE .*\/servers\//;

describe('Delete Instances: an expired session', () => {
  it('lists the refused instances as not done; Retry these after signing in deletes exactly them, once each', async () => {
    const cloud = createMockCloud();
    cloud.advance(60_000);
    const { user } = await renderApp({ route: '/project/instances', cloud });
    await waitForRow('web-1');
    for (const name of ['db-1', 'vol-app-1']) await user.click(within(rowOf(name)).getByRole('checkbox', { name: `Select ${name}` }));
    const toolbar = screen.getByRole('toolbar', { name: 'Actions on selected instances' });
    await user.click(within(toolbar).getByRole('button', { name: 'Delete Instances' }));
    const dialog = await findDialog('Confirm Delete Instances');

    cloud.scenarios.expireTokens();
    await user.click(within(dialog).getByRole('button', { name: 'Delete Instances' }));
    expect(
      await within(dialog).findByText('Not done: the session ended before 2 items could be deleted. Sign in again, then choose Retry these:'),
    ).toBeInTheDocument();
    await signInAgain(user);
    expect(cloud.db.compute.servers[seedIds.servers.db1]?.task_state ?? null).toBeNull();

    cloud.clearRequestLog();
    await user.dblClick(within(dialog).getByRole('button', { name: 'Retry these' }));
    await waitFor(() => expect(dialog).toHaveTextContent('All 2 items were deleted.'));
    const deletes = requestsMatching(cloud.requestLog, serverDeletes);
    expect(deletes).toHaveLength(2);
    expect(deletes.filter((line) => line.includes(seedIds.servers.db1))).toHaveLength(1);
    expect(deletes.filter((line) => line.includes(seedIds.servers.volApp1))).toHaveLength(1);
    // The unselected instance was never touched.
    expect(deletes.some((line) => line.includes(seedIds.servers.web1))).toBe(false);
  });
});

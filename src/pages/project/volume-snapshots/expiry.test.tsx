import { screen, waitFor, within } from '@testing-library/react';
import { seedIds } from '@/mock-cloud/seed/ids';
import { signInAgain } from '../../../../tests/sign-in-again';
import { openList, rowOf, select } from './test/page';
import { findDialog } from '../../../../tests/find-dialog';

const ids = seedIds.volumeSnapshots;

function requests(log: ReadonlyArray<{ method: string; url: string }>, pattern: RegExp): string[] {
  return log.map((entry) => `${entry.method} ${entry.url}`).filter((line) => pattern.test(line));
}

describe('Volume Snapshots: an expired session loses nothing, and nothing is sent again unasked', () => {
  it('Create Volume refused with 401: the typed values stay, and Retry after signing in creates exactly one volume', async () => {
    const { user, cloud } = await openList();
    await user.click(within(rowOf('data-snap-2')).getByRole('button', { name: 'Create Volume' }));
    const dialog = await findDialog('Create Volume from data-snap-2');
    const name = within(dialog).getByLabelText('Name');
    const size = within(dialog).getByLabelText('Size (GiB)');
    await user.clear(name);
    await user.type(name, 'after-expiry');
    await user.clear(size);
    await user.type(size, '12');
    const created = () => Object.values(cloud.db.volume.volumes).filter((volume) => volume.name === 'after-expiry');

    cloud.scenarios.expireTokens();
    await user.click(within(dialog).getByRole('button', { name: 'Create Volume' }));
    expect(await within(dialog).findByText(/Your session had ended, so this was not done/)).toBeInTheDocument();
    await signInAgain(user);

    expect(created()).toHaveLength(0);
    expect(name).toHaveValue('after-expiry');
    expect(size).toHaveValue(12);
    cloud.clearRequestLog();
    await user.dblClick(within(dialog).getByRole('button', { name: 'Retry' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(requests(cloud.requestLog, /POST .*\/volumes$/)).toHaveLength(1);
    expect(created()).toHaveLength(1);
    expect(created()[0]?.size).toBe(12);
  });

  it('bulk delete refused with 401: Retry these deletes exactly the refused snapshots, once each; nothing unselected is touched', async () => {
    const { user, cloud } = await openList();
    await select(user, 'data-snap-2', 'vol-app-1-root-snap');
    await user.click(screen.getByRole('button', { name: 'Delete Volume Snapshots' }));
    const dialog = await findDialog('Confirm Delete Volume Snapshots');

    cloud.scenarios.expireTokens();
    await user.click(within(dialog).getByRole('button', { name: 'Delete Volume Snapshots' }));
    expect(
      await within(dialog).findByText('Not done: the session ended before 2 items could be deleted. Sign in again, then choose Retry these:'),
    ).toBeInTheDocument();
    await signInAgain(user);
    expect(cloud.db.volume.snapshots[ids.dataSnap2]?.status).toBe('available');

    cloud.clearRequestLog();
    await user.dblClick(within(dialog).getByRole('button', { name: 'Retry these' }));
    await within(dialog).findByText('All 2 items were deleted.', undefined, { timeout: 8000 });
    const deletes = requests(cloud.requestLog, /DELETE .*\/snapshots\//);
    expect(deletes).toHaveLength(2);
    expect(deletes.filter((line) => line.includes(ids.dataSnap2))).toHaveLength(1);
    expect(cloud.db.volume.snapshots[ids.dataSnap1]).toBeDefined();
  });
});

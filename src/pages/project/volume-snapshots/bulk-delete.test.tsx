import { screen, waitFor, within } from '@testing-library/react';
import { expectNoAxeViolations } from '../../../../tests/axe';
import { volumeRecord } from '@/mock-cloud/factories';
import { seedIds } from '@/mock-cloud/seed/ids';
import { paths } from '@/paths';
import { openList, rowOf, select } from './test/page';
import { findDialog } from '../../../../tests/find-dialog';

const ids = seedIds.volumeSnapshots;

describe('Volume Snapshots: bulk delete', () => {
  it('deletes what may go and skips, with the reason, a snapshot with a volume made from it and one in a group', async () => {
    const { user } = await openList();
    await select(user, 'data-snap-1', 'group-snap-1', 'data-snap-2', 'data-snap-err');
    expect(screen.getByText('4 selected')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Delete Volume Snapshots' }));

    const dialog = await findDialog('Confirm Delete Volume Snapshots');
    expect(within(dialog).getByText('You have selected 2 items. They will be deleted:')).toBeInTheDocument();
    expect(within(dialog).getByText('Volume restored-from-snap was created from it: delete that volume first.')).toBeInTheDocument();
    // The group snapshot in words, not its raw UUID.
    expect(within(dialog).getByText('It is part of a group snapshot: delete the group snapshot instead.')).toBeInTheDocument();
    expect(within(dialog).getByText('Deleted volume snapshots are not recoverable.')).toBeInTheDocument();
    await expectNoAxeViolations();

    await user.click(within(dialog).getByRole('button', { name: 'Delete Volume Snapshots' }));
    await within(dialog).findByText('Deleted 2 items:', undefined, { timeout: 8000 });
    expect(within(dialog).getByText('2 items were skipped:')).toBeInTheDocument();
    expect(dialog).toHaveAccessibleName('Delete results');
    await user.click(within(dialog).getByRole('button', { name: 'Close' }));
    await waitFor(() => expect(screen.queryByRole('rowheader', { name: /data-snap-2/ })).not.toBeInTheDocument());
    expect(screen.getByRole('rowheader', { name: /data-snap-1/ })).toBeInTheDocument();
  });

  it('warns that an instance snapshot will no longer launch without its volume snapshot', async () => {
    const { user } = await openList();
    await select(user, 'snapshot for vol-app-1-snap');
    await user.click(screen.getByRole('button', { name: 'Delete Volume Snapshots' }));
    const dialog = await findDialog('Confirm Delete Volume Snapshot');
    expect(within(dialog).getByText(/that image will no longer launch/)).toBeInTheDocument();
    expect(within(dialog).getByRole('link', { name: 'vol-app-1-snap' })).toHaveAttribute('href', paths.imageDetail(seedIds.images.volApp1Snap));
  });

  it('reports a partial failure with Cinder’s own words and deletes the rest', async () => {
    const { user, cloud } = await openList();
    cloud.scenarios.failNext({
      service: 'volume',
      method: 'DELETE',
      path: ids.dataSnap2,
      status: 403,
      body: { forbidden: { code: 403, message: "Policy doesn't allow volume:delete_snapshot to be performed." } },
    });
    await select(user, 'data-snap-2', 'vol-app-1-root-snap');
    await user.click(screen.getByRole('button', { name: 'Delete Volume Snapshots' }));
    const dialog = await findDialog();
    await user.click(within(dialog).getByRole('button', { name: 'Delete Volume Snapshots' }));
    await within(dialog).findByText('1 item could not be deleted:', undefined, { timeout: 8000 });
    expect(within(dialog).getByText(/Policy doesn't allow volume:delete_snapshot/)).toBeInTheDocument();
    expect(within(dialog).getByText('Deleted 1 item:')).toBeInTheDocument();
  });

  it('reports a delete Cinder accepted and then refused (back to available) as not deleted, with Cinder’s message', async () => {
    const { user, cloud } = await openList();
    // Someone else makes a volume from data-snap-2 after the page looked: only Cinder knows.
    const volumeId = 'e0e0e0e0-0000-4000-8000-000000000001';
    cloud.db.volume.volumes[volumeId] = volumeRecord({
      id: volumeId,
      name: 'made-elsewhere',
      size: 10,
      snapshot_id: ids.dataSnap2,
      project_id: seedIds.projects.demo,
      user_id: seedIds.users.demo,
      created_at: '2026-03-01T10:00:00.000000',
    });
    await select(user, 'data-snap-2');
    await user.click(screen.getByRole('button', { name: 'Delete Volume Snapshots' }));
    const dialog = await findDialog();
    await user.click(within(dialog).getByRole('button', { name: 'Delete Volume Snapshot' }));
    await within(dialog).findByText('1 item could not be deleted:', undefined, { timeout: 8000 });
    expect(
      within(dialog).getByText('Not deleted: Cinder put it back to Available. Cinder says: delete snapshot: Snapshot is busy.'),
    ).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Close' }));
    await waitFor(() => expect(within(rowOf('data-snap-2')).getByText('Available')).toBeInTheDocument());
  });
});

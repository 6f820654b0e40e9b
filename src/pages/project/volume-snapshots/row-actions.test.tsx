import { screen, waitFor, within } from '@testing-library/react';
import { seedIds } from '@/mock-cloud/seed/ids';
import { paths } from '@/paths';
import { openList, rowOf } from './test/page';
import { findDialog } from '../../../../tests/find-dialog';

const ids = seedIds.volumeSnapshots;

describe('Volume Snapshots: row actions', () => {
  it('Launch as Instance opens the wizard with the snapshot preset, only for a bootable volume', async () => {
    const { user, location } = await openList();
    await user.click(screen.getByRole('button', { name: 'More actions for data-snap-2' }));
    const blocked = screen.getByRole('menuitem', { name: /Launch as Instance/ });
    expect(blocked).toHaveAccessibleDescription(/vol-db-1-data is not bootable/);
    await user.keyboard('{Escape}');
    await user.click(screen.getByRole('button', { name: 'More actions for vol-app-1-root-snap' }));
    await user.click(screen.getByRole('menuitem', { name: 'Launch as Instance' }));
    await waitFor(() => expect(location()).toBe(paths.launch({ source: 'volume_snapshot', id: ids.volApp1RootSnap })));
  });

  it('Create Volume checks the size first, keeps the input on a quota refusal, then shows the new volume', async () => {
    const { user, cloud } = await openList();
    await user.click(within(rowOf('data-snap-2')).getByRole('button', { name: 'Create Volume' }));
    const dialog = await findDialog('Create Volume from data-snap-2');
    const size = within(dialog).getByLabelText('Size (GiB)');
    // One unit, as Cinder counts: GiB everywhere in the dialog, never GB.
    expect(dialog).toHaveTextContent('It must be at least 10 GiB.');
    expect(dialog.textContent).not.toMatch(/\bGB\b/);
    await user.clear(size);
    await user.type(size, '5');
    await user.click(within(dialog).getByRole('button', { name: 'Create Volume' }));
    expect(within(dialog).getByText('The volume must be at least 10 GiB, the size of the snapshot.')).toBeInTheDocument();

    const name = within(dialog).getByLabelText('Name');
    await user.clear(name);
    await user.type(name, 'restored-data');
    await user.clear(size);
    await user.type(size, '12');
    cloud.scenarios.failNext({
      service: 'volume',
      method: 'POST',
      path: /\/volumes$/,
      status: 413,
      body: { overLimit: { code: 413, message: 'VolumeSizeExceedsAvailableQuota: Requested volume or snapshot exceeds allowed gigabytes quota.', retryAfter: '0' } },
    });
    await user.click(within(dialog).getByRole('button', { name: 'Create Volume' }));
    expect(await within(dialog).findByText(/Quota exceeded: VolumeSizeExceedsAvailableQuota/)).toBeInTheDocument();
    expect(name).toHaveValue('restored-data');
    expect(size).toHaveValue(12);

    await user.click(within(dialog).getByRole('button', { name: 'Create Volume' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    await user.click(within(rowOf('data-snap-2')).getByRole('button', { name: 'Details of data-snap-2' }));
    expect(await screen.findByRole('link', { name: 'restored-data' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'More actions for data-snap-2' }));
    expect(screen.getByRole('menuitem', { name: /Delete Volume Snapshot/ })).toHaveAccessibleDescription(/Volume restored-data was created from it/);
  });

  it('Edit Snapshot renames it', async () => {
    const { user } = await openList();
    await user.click(screen.getByRole('button', { name: 'More actions for data-snap-2' }));
    await user.click(screen.getByRole('menuitem', { name: 'Edit Snapshot' }));
    const dialog = await findDialog('Edit Snapshot: data-snap-2');
    const name = within(dialog).getByLabelText('Name');
    await user.clear(name);
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    expect(within(dialog).getByText('Enter a name.')).toBeInTheDocument();
    await user.type(name, 'data-snap-renamed');
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    expect(await screen.findByRole('rowheader', { name: /data-snap-renamed/ })).toBeInTheDocument();
  });
});

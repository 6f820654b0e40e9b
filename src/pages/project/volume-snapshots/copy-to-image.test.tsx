import { screen, waitFor, within } from '@testing-library/react';
import { paths } from '@/paths';
import { renderApp } from '../../../../tests/app-harness';
import { findDialog } from '../../../../tests/find-dialog';

describe('Volume Snapshots: Copy to Image', () => {
  it('copies a volume snapshot to a new image, step by step, and leaves no temporary volume', async () => {
    const { user, cloud } = await renderApp({ route: paths.volumeSnapshots });
    await screen.findByRole('rowheader', { name: /data-snap-1/ }, { timeout: 20_000 });
    await waitFor(() => expect(screen.queryByText('Loading…', { selector: 'td *' })).not.toBeInTheDocument(), { timeout: 8000 });
    await user.click(screen.getByRole('button', { name: 'More actions for data-snap-1' }));
    await user.click(screen.getByRole('menuitem', { name: 'Copy to Image' }));
    const dialog = await findDialog('Copy to Image: data-snap-1', { timeout: 8000 });
    expect(await within(dialog).findByText(/volume snapshot data-snap-1 \(5 GiB\)/, undefined, { timeout: 8000 })).toBeInTheDocument();
    expect(within(dialog).getByLabelText('New image name')).toHaveValue('data-snap-1-copy');
    await user.click(within(dialog).getByRole('button', { name: 'Copy' }));

    // The form gives way to the steps once Cinder has accepted the volume.
    await screen.findByRole('list', { name: 'Progress of the copy' }, { timeout: 8000 });
    const progress = await findDialog('Copy to Image: data-snap-1');
    // The virtual clock runs on past each step: volume available, image active, volume deleted.
    cloud.advance(3000);
    await waitFor(() => expect(cloud.requestLog.some((entry) => entry.method === 'POST' && entry.url.endsWith('/action'))).toBe(true), { timeout: 8000 });
    cloud.advance(5000);
    await waitFor(() => expect(cloud.requestLog.some((entry) => entry.method === 'DELETE' && entry.url.includes('/volumes/'))).toBe(true), { timeout: 8000 });
    cloud.advance(3000);
    expect(await within(progress).findByText('Image data-snap-1-copy is ready.', undefined, { timeout: 8000 })).toBeInTheDocument();
    const copy = Object.values(cloud.db.image.images).find((image) => image.name === 'data-snap-1-copy');
    expect(copy).toMatchObject({ status: 'active', disk_format: 'qcow2' });
    expect(Object.values(cloud.db.volume.volumes).filter((volume) => volume.name?.startsWith('data-snap-1-copy-temp-'))).toEqual([]);
  }, 30_000);
});

import { screen, waitFor, within } from '@testing-library/react';
import { createMockCloud } from '@/mock-cloud';
import { seedIds } from '@/mock-cloud/seed/ids';
import { renderApp } from '../../../../tests/app-harness';
import { cellUnder, serverActionRequest, requestsMatching, rowOf, waitForRow } from './test/page';
import { findDialog } from '../../../../tests/find-dialog';

describe('Create Snapshot: success', () => {
  it('toasts a link, shows the task phases, and the snapshot goes queued → active on the Images list', async () => {
    // Lifecycles 3× slower than the demo (a snapshot takes ~30 s of cloud time), moved on with
    // advance(): the mock's clock also runs in real time, and a loaded machine must not outrun it.
    const cloud = createMockCloud({ timeScale: 3 });
    cloud.advance(200_000);
    const { user, location } = await renderApp({ cloud });
    await user.click(within(await waitForRow('web-1')).getByRole('button', { name: 'Create Snapshot' }));
    const dialog = await findDialog('Create Snapshot');
    const name = within(dialog).getByLabelText('Snapshot Name');
    await user.clear(name);
    await user.type(name, 'web-1-fresh');
    await user.click(within(dialog).getByRole('button', { name: 'Create Snapshot' }));

    const toast = await screen.findByText('Snapshot web-1-fresh is being created');
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    const image = Object.values(cloud.db.image.images).find((candidate) => candidate.name === 'web-1-fresh');
    expect(image?.status).toBe('queued');
    const link = within(toast.closest('.toast') as HTMLElement).getByRole('link', { name: 'View on Images' });
    expect(link).toHaveAttribute('href', `/project/images/${image?.id ?? ''}`);

    // The row follows Nova's task phases while the list polls.
    await waitFor(() => expect(cellUnder(rowOf('web-1'), 'Task')).toHaveTextContent('Snapshot pending'));
    expect(within(rowOf('web-1')).getByRole('button', { name: 'Create Snapshot' })).toHaveAttribute('aria-disabled', 'true');
    // A poll may land on either of two phases, as real time passes too; the row says for how long.
    cloud.advance(5000);
    await waitFor(() => expect(cellUnder(rowOf('web-1'), 'Task')).toHaveTextContent(/^(Snapshotting|Snapshot waiting to upload) · \d+ sec$/), { timeout: 4000 });
    cloud.advance(10_000);
    await waitFor(() => expect(cellUnder(rowOf('web-1'), 'Task')).toHaveTextContent('Uploading snapshot'), { timeout: 4000 });

    // On Images at once (the cache was seeded and lists invalidated), then active.
    await user.click(screen.getByRole('link', { name: 'Images' }));
    await waitFor(() => expect(location()).toBe('/project/images'));
    const row = (await screen.findByRole('rowheader', { name: 'web-1-fresh' }, { timeout: 5000 })).closest('tr') as HTMLElement;
    expect(within(row).getByText(/Saving|Queued/)).toBeInTheDocument();
    cloud.advance(30_000);
    await waitFor(() => expect(within(row).getByText('Active')).toBeInTheDocument(), { timeout: 5000 });
    expect(requestsMatching(cloud.requestLog, serverActionRequest)).toHaveLength(1);
  });

  it('shut off first: stops, waits, snapshots, waits for the upload, starts again, showing each step', async () => {
    const cloud = createMockCloud({ timeScale: 0.05 });
    cloud.advance(60_000);
    const { user } = await renderApp({ cloud });
    await user.click(within(await waitForRow('web-1')).getByRole('button', { name: 'Create Snapshot' }));
    const dialog = await findDialog('Create Snapshot');
    await user.click(within(dialog).getByRole('checkbox', { name: /Shut it off first/ }));
    await user.click(within(dialog).getByRole('button', { name: 'Create Snapshot' }));

    const steps = within(dialog).getByRole('region', { name: 'Progress' });
    for (const step of ['Shut off the instance', 'Wait until it is shut off', 'Create the snapshot', 'Wait until the snapshot is uploaded', 'Start the instance again']) {
      expect(within(steps).getByText(step)).toBeInTheDocument();
    }
    expect(within(dialog).getByText(/You can close this dialog/)).toBeInTheDocument();
    await screen.findByText(/Snapshot web-1-snapshot-.* is uploaded/, {}, { timeout: 15_000 });
    expect(within(steps).getAllByText('done')).toHaveLength(5);
    const actions = requestsMatching(cloud.requestLog, serverActionRequest);
    expect(actions).toHaveLength(3); // os-stop, createImage, os-start
    const server = cloud.db.compute.servers[seedIds.servers.web1];
    expect(server?.task_state === 'powering-on' || server?.vm_state === 'active').toBe(true);
    await user.click(within(dialog).getByRole('button', { name: 'Close' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  }, 30_000);

  it('shut off first goes on in the background when the dialog is closed, and ends with a toast', async () => {
    const cloud = createMockCloud({ timeScale: 0.05 });
    cloud.advance(60_000);
    const { user } = await renderApp({ cloud });
    await user.click(within(await waitForRow('web-1')).getByRole('button', { name: 'Create Snapshot' }));
    const dialog = await findDialog('Create Snapshot');
    await user.click(within(dialog).getByRole('checkbox', { name: /Shut it off first/ }));
    await user.click(within(dialog).getByRole('button', { name: 'Create Snapshot' }));
    await user.click(within(dialog).getByRole('button', { name: 'Close' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    await screen.findByText(/Snapshot web-1-snapshot-.* is uploaded/, {}, { timeout: 15_000 });
    expect(screen.getByText('web-1 was started again.')).toBeInTheDocument();
  }, 30_000);
});

import { screen, waitFor, within } from '@testing-library/react';
import { createMockCloud, type MockCloud } from '@/mock-cloud';
import { findDialog } from '../../../tests/find-dialog';
import { recordLiveRegions } from '../../../tests/live-recording';
import { renderApp } from '../../../tests/app-harness';

async function snapshotWeb1(cloud: MockCloud) {
  const app = await renderApp({ cloud });
  const { user } = app;
  const row = (await screen.findByRole('rowheader', { name: 'web-1' }, { timeout: 15_000 })).closest('tr') as HTMLElement;
  await user.click(within(row).getByRole('button', { name: 'Create Snapshot' }));
  const dialog = await findDialog('Create Snapshot');
  const name = within(dialog).getByLabelText('Snapshot Name');
  await user.clear(name);
  await user.type(name, 'web-1-fresh');
  await user.click(within(dialog).getByRole('button', { name: 'Create Snapshot' }));
  await screen.findByText('Snapshot web-1-fresh is being created');
  const image = Object.values(cloud.db.image.images).find((candidate) => candidate.name === 'web-1-fresh');
  if (!image) throw new Error('no snapshot made');
  // The user goes elsewhere: the end is told wherever they are.
  await user.click(screen.getByRole('link', { name: 'Snapshots' }));
  await waitFor(() => expect(app.location()).toBe('/project/snapshots'));
  return { ...app, imageId: image.id };
}

describe('Snapshot finished: told wherever the user is', () => {
  it('speaks the phases, then a toast on Volume Snapshots says it is active, with its time and a link', async () => {
    // 13× the demo's lifecycle: Nova's phases at 13 s, 39 s and 65 s, active after 130 s of cloud time.
    const cloud = createMockCloud({ timeScale: 13 });
    cloud.advance(200_000);
    const recording = recordLiveRegions();
    const { imageId } = await snapshotWeb1(cloud);

    cloud.advance(14_000);
    await waitFor(() => expect(recording.polite).toContain('web-1-fresh: snapshotting'), { timeout: 5000 });
    cloud.advance(26_000);
    await waitFor(() => expect(recording.polite).toContain('web-1-fresh: waiting to upload'), { timeout: 5000 });
    cloud.advance(26_000);
    await waitFor(() => expect(recording.polite).toContain('web-1-fresh: uploading'), { timeout: 5000 });
    cloud.advance(65_000);

    const title = await screen.findByText(/^web-1-fresh is active after 2 min 1?\d sec$/, {}, { timeout: 5000 });
    const toast = title.closest('.toast') as HTMLElement;
    expect(within(toast).getByRole('link', { name: 'View snapshot' })).toHaveAttribute('href', `/project/images/${imageId}`);
    expect(recording.polite.filter((text) => text.startsWith('web-1-fresh: '))).toEqual([
      'web-1-fresh: snapshotting',
      'web-1-fresh: waiting to upload',
      'web-1-fresh: uploading',
    ]);
    // Told once: the watch is over, so the cloud is not asked again.
    const asked = cloud.requestLog.filter((entry) => entry.url.endsWith(`/images/${imageId}`)).length;
    await new Promise((resolve) => setTimeout(resolve, 2500));
    expect(cloud.requestLog.filter((entry) => entry.url.endsWith(`/images/${imageId}`))).toHaveLength(asked);
    expect(screen.getAllByText(/web-1-fresh is active after/)).toHaveLength(1);
  }, 60_000);

  it('says so when Glance kills the upload and the snapshot vanishes', async () => {
    const cloud = createMockCloud({ timeScale: 13 });
    cloud.advance(200_000);
    const { imageId } = await snapshotWeb1(cloud);
    delete cloud.db.image.images[imageId];
    const title = await screen.findByText(/^web-1-fresh is gone after \d+ sec$/, {}, { timeout: 5000 });
    const toast = title.closest('.toast') as HTMLElement;
    expect(within(toast).getByText(/The cloud deleted the snapshot/)).toBeInTheDocument();
    expect(within(toast).getByRole('link', { name: 'View instance' })).toHaveAttribute('href', expect.stringMatching(/^\/project\/instances\//));
  }, 60_000);
});

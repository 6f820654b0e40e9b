import { screen, waitFor, within } from '@testing-library/react';
import { onTestFinished } from 'vitest';
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
  const created = (await screen.findByText('Snapshot web-1-fresh is being created')).closest('.toast') as HTMLElement;
  const image = Object.values(cloud.db.image.images).find((candidate) => candidate.name === 'web-1-fresh');
  if (!image) throw new Error('no snapshot made');
  return { ...app, imageId: image.id, created };
}

async function goToVolumeSnapshots(app: Awaited<ReturnType<typeof renderApp>>) {
  const { user } = app;
  // The user goes elsewhere: the end is told wherever they are.
  await user.click(screen.getByRole('link', { name: 'Snapshots' }));
  await waitFor(() => expect(app.location()).toBe('/project/snapshots'));
}

describe('Snapshot finished: told wherever the user is', () => {
  it('speaks the phases, then a toast on Volume Snapshots says it is active, with its time and a link', async () => {
    // 13× the demo's lifecycle: Nova's phases at 13 s, 39 s and 65 s, active after 130 s of cloud time.
    const cloud = createMockCloud({ timeScale: 13 });
    cloud.advance(200_000);
    const recording = recordLiveRegions();
    const app = await snapshotWeb1(cloud);
    const { imageId } = app;
    await goToVolumeSnapshots(app);

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
    const app = await snapshotWeb1(cloud);
    await goToVolumeSnapshots(app);
    // Gone from the cloud's records, as after Glance kills a failed upload.
    delete cloud.db.image.images[app.imageId];
    const title = await screen.findByText(/^web-1-fresh is gone after \d+ sec$/, {}, { timeout: 5000 });
    const toast = title.closest('.toast') as HTMLElement;
    expect(within(toast).getByText(/The cloud deleted the snapshot/)).toBeInTheDocument();
    expect(within(toast).getByRole('link', { name: 'View instance' })).toHaveAttribute('href', expect.stringMatching(/^\/project\/instances\//));
  }, 60_000);

  it('asks for browser notifications only from a control, then notifies while the tab is hidden', async () => {
    const shown: Array<{ title: string; body: string | undefined }> = [];
    const requestPermission = vi.fn<() => Promise<NotificationPermission>>(async () => {
      FakeNotification.permission = 'granted';
      return 'granted';
    });
    class FakeNotification {
      static permission: NotificationPermission = 'default';
      static requestPermission = requestPermission;
      onclick: (() => void) | null = null;
      constructor(title: string, options?: NotificationOptions) {
        shown.push({ title, body: options?.body });
      }
    }
    vi.stubGlobal('Notification', FakeNotification);
    onTestFinished(() => {
      vi.unstubAllGlobals();
      vi.restoreAllMocks();
    });

    const cloud = createMockCloud({ timeScale: 13 });
    cloud.advance(200_000);
    const app = await snapshotWeb1(cloud);
    expect(requestPermission).not.toHaveBeenCalled();
    const toggle = screen.getByRole('button', { name: 'Notify me when done', pressed: false });
    await app.user.click(within(app.created).getByRole('button', { name: 'Notify me when done' }));
    await waitFor(() => expect(requestPermission).toHaveBeenCalledOnce());
    await waitFor(() => expect(toggle).toHaveAttribute('aria-pressed', 'true'));
    expect(localStorage.getItem('snapshot-dashboard.notify')).toBe('on');

    vi.spyOn(document, 'visibilityState', 'get').mockReturnValue('hidden');
    // As a browser does when the tab is hidden (the Instances list stops polling then).
    document.dispatchEvent(new Event('visibilitychange', { bubbles: true }));
    cloud.advance(140_000);
    await screen.findByText(/^web-1-fresh is active after/, {}, { timeout: 5000 });
    expect(shown).toEqual([{ title: expect.stringMatching(/^web-1-fresh is active after 2 min 1?\d sec$/), body: undefined }]);
  }, 60_000);
});

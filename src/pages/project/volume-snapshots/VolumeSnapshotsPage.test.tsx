import { screen, waitFor, within } from '@testing-library/react';
import { http } from 'msw';
import { renderApp } from '../../../../tests/app-harness';
import { expectNoAxeViolations } from '../../../../tests/axe';
import { createMockCloud } from '@/mock-cloud';
import { seedIds } from '@/mock-cloud/seed/ids';
import { paths } from '@/paths';
import { openList, rowOf } from './test/page';

const ids = seedIds.volumeSnapshots;

describe('Volume Snapshots: the list', () => {
  it('shows Cinder’s snapshots, their volume, and the instance snapshot that needs them', async () => {
    await openList();
    expect(screen.getByRole('heading', { level: 1, name: 'Volume Snapshots' })).toBeInTheDocument();
    const backing = rowOf('snapshot for vol-app-1-snap');
    // The rows come first; the volume names and the instance snapshots fill in after.
    expect(await within(backing).findByRole('link', { name: 'vol-app-1-root' })).toHaveAttribute(
      'href',
      `/project/snapshots/volumes/${seedIds.volumes.volApp1Root}`,
    );
    expect(await within(backing).findByText('Part of instance snapshot')).toBeInTheDocument();
    expect(within(backing).getByRole('link', { name: 'vol-app-1-snap' })).toHaveAttribute('href', paths.imageDetail(seedIds.images.volApp1Snap));
    expect(within(rowOf('data-snap-err')).getByText('Error')).toBeInTheDocument();
    await expectNoAxeViolations();
  });

  it('sends the status filter to Cinder and keeps it in the URL', async () => {
    const { user, cloud, location } = await openList();
    cloud.clearRequestLog();
    await user.selectOptions(screen.getByLabelText('Status'), 'error');
    await waitFor(() => expect(screen.queryByRole('rowheader', { name: /data-snap-2/ })).not.toBeInTheDocument());
    expect(screen.getByRole('rowheader', { name: /data-snap-err/ })).toBeInTheDocument();
    expect(location()).toContain('status=error');
    expect(cloud.requestLog.some((entry) => entry.url.includes('/snapshots/detail?') && entry.url.includes('status=error'))).toBe(true);
  });
});

describe('Volume Snapshots: requests', () => {
  it('asks the same few requests for 10 or 2,000 snapshots: no request per row', async () => {
    const counts: Record<string, number>[] = [];
    for (const extra of [4, 1994]) {
      const cloud = createMockCloud();
      cloud.scenarios.withVolumeSnapshots(extra);
      const view = await renderApp({ route: paths.volumeSnapshots, cloud });
      cloud.clearRequestLog();
      await screen.findAllByRole('rowheader', { name: /bulk-snapshot/ });
      await waitFor(() => expect(screen.queryByText('Loading…', { selector: 'td *' })).not.toBeInTheDocument());
      const count: Record<string, number> = {};
      for (const entry of cloud.requestLog) {
        const path = new URL(entry.url).pathname.replace(/\/v3\/[^/]+/, '/v3/{project}');
        count[`${entry.method} ${path}`] = (count[`${entry.method} ${path}`] ?? 0) + 1;
      }
      counts.push(count);
      view.unmount();
      view.server.close();
    }
    expect(counts[0]).toEqual(counts[1]);
    console.info('requests to open the panel, 10 and 2,000 snapshots:', counts);
  });
});

describe('Volume Snapshots: a snapshot’s page and its volume’s page', () => {
  it('links the snapshot to the volume made from it, and that volume back to its source', async () => {
    const { user } = await renderApp({ route: paths.volumeSnapshotDetail(ids.dataSnap1) });
    expect(await screen.findByRole('heading', { level: 1, name: 'data-snap-1' })).toBeInTheDocument();
    await user.click(await screen.findByRole('link', { name: 'restored-from-snap' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Volume: restored-from-snap' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'a volume snapshot' })).toHaveAttribute('href', paths.volumeSnapshotDetail(ids.dataSnap1));
    await expectNoAxeViolations();
  });
});

describe('Volume Snapshots: first rows before the side lookups', () => {
  it('shows the rows while the volume names are still on their way, then fills them in', async () => {
    const cloud = createMockCloud({ timeScale: 0.1 });
    const view = await renderApp({ route: paths.volumeSnapshots, cloud });
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    view.server.use(
      // Answers nothing itself: once released, the mock cloud's own handler answers.
      http.get(/\/volumes\/detail/, async () => {
        await held;
      }),
    );
    const row = (await screen.findByRole('rowheader', { name: /^snapshot for vol-app-1-snap/ })).closest('tr') as HTMLElement;
    expect(within(row).getByText('Loading…')).toBeInTheDocument();
    const log = cloud.requestLog.map((entry) => new URL(entry.url).pathname);
    const list = log.findIndex((path) => path.endsWith('/snapshots/detail'));
    const sides = log.flatMap((path, index) => (path.endsWith('/volumes/detail') || path.endsWith('/v2/images') ? [index] : []));
    expect(list).toBeGreaterThanOrEqual(0);
    expect(sides.every((index) => index > list)).toBe(true);

    release();
    expect(await within(row).findByRole('link', { name: 'vol-app-1-root' })).toBeInTheDocument();
  });
});

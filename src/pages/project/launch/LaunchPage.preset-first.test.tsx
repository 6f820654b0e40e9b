import { screen, waitFor, within } from '@testing-library/react';
import type { SetupServer } from 'msw/node';
import { seedIds } from '@/mock-cloud/seed/ids';
import { paths } from '@/paths';
import { renderApp } from '../../../../tests/app-harness';
import { allocated, capturePostServers, fillRequired, goToStep, launchButton, settledCloud, waitForLaunchEnabled } from './test/page';

const ids = seedIds;
const imageListing = { service: 'image', method: 'GET', path: /^\/v2\/images$/ } as const;
const volumeListing = { service: 'volume', method: 'GET', path: /\/volumes\/detail$/ } as const;
const snapshotListing = { service: 'volume', method: 'GET', path: /\/snapshots\/detail$/ } as const;

/** Every answer the mock cloud gave, in order, as "METHOD path?query". */
function answers(server: SetupServer): string[] {
  const seen: string[] = [];
  server.events.on('response:mocked', ({ request }) => {
    const url = new URL(request.url);
    seen.push(`${request.method} ${url.pathname}${url.search}`);
  });
  return seen;
}

const isImageListing = (line: string) => line.startsWith('GET /image/v2/images?');
const isPostServers = (line: string) => /^POST \/compute\/v2\.1\/servers$/.test(line);

describe('Launch Instance from a preset: the item itself, not the whole catalogue', () => {
  it('an instance snapshot launches while the active-images listing has not answered', async () => {
    const cloud = settledCloud();
    const releaseImages = cloud.scenarios.hold(imageListing);
    const { user, server, location } = await renderApp({
      cloud,
      route: paths.launch({ source: 'instance_snapshot', id: ids.images.web1SnapNightly }),
    });
    const seen = answers(server);
    const posts = capturePostServers(server);
    await goToStep(user, 'Source');
    expect(await within(allocated()).findByText('web-1-snap-nightly')).toBeInTheDocument();
    await fillRequired(user);
    await waitForLaunchEnabled();
    await user.click(launchButton());
    await waitFor(() => expect(location()).toBe(paths.instances));

    expect(posts).toEqual([{ server: expect.objectContaining({ imageRef: ids.images.web1SnapNightly }) }]);
    // The listing was asked for, and is still unanswered when the server was created.
    expect(cloud.requestLog.some((entry) => entry.method === 'GET' && /\/image\/v2\/images\?/.test(entry.url))).toBe(true);
    expect(seen.filter(isPostServers)).toHaveLength(1);
    expect(seen.some(isImageListing)).toBe(false);
    releaseImages();
    await waitFor(() => expect(seen.some(isImageListing)).toBe(true));
    expect(seen.findIndex(isPostServers)).toBeLessThan(seen.findIndex(isImageListing));
  });

  it('a volume snapshot needs neither the volume nor the snapshot listing: its own GET and its volume’s', async () => {
    const cloud = settledCloud();
    const releases = [cloud.scenarios.hold(imageListing), cloud.scenarios.hold(volumeListing), cloud.scenarios.hold(snapshotListing)];
    const { user, server, location } = await renderApp({
      cloud,
      route: paths.launch({ source: 'volume_snapshot', id: ids.volumeSnapshots.volApp1RootSnap }),
    });
    const posts = capturePostServers(server);
    await goToStep(user, 'Source');
    expect(await screen.findByLabelText(/^Volume Size \(GB\)/)).toHaveValue(20);
    await fillRequired(user, { flavor: 'm1.small' });
    await waitForLaunchEnabled();
    await user.click(launchButton());
    await waitFor(() => expect(location()).toBe(paths.instances));
    expect(posts).toEqual([
      {
        server: expect.objectContaining({
          block_device_mapping_v2: [expect.objectContaining({ source_type: 'snapshot', uuid: ids.volumeSnapshots.volApp1RootSnap, volume_size: 20 })],
        }),
      },
    ]);
    for (const release of releases) release();
  });

  it('a volume-backed snapshot still waits for the Cinder snapshot listing (the volumes it recreates), not for the images', async () => {
    const cloud = settledCloud();
    const releaseImages = cloud.scenarios.hold(imageListing);
    const releaseSnapshots = cloud.scenarios.hold(snapshotListing);
    const { user } = await renderApp({
      cloud,
      route: paths.launch({ source: 'instance_snapshot', id: ids.images.volApp1Snap }),
    });
    await goToStep(user, 'Source');
    expect(await within(allocated()).findByText('vol-app-1-snap')).toBeInTheDocument();
    await fillRequired(user, { flavor: 'm1.small' });
    expect(launchButton()).toBeDisabled();
    expect(screen.getByRole('button', { name: 'wait until the Source step has loaded' })).toBeInTheDocument();

    releaseSnapshots();
    await waitForLaunchEnabled();
    await goToStep(user, 'Source');
    const recreated = screen.getByRole('region', { name: 'Volumes this snapshot recreates' });
    expect(within(recreated).getByRole('rowheader', { name: 'snapshot for vol-app-1-snap' })).toBeInTheDocument();
    expect(cloud.requestLog.filter((entry) => /\/image\/v2\/images\?/.test(entry.url))).toHaveLength(1);
    releaseImages();
  });
});

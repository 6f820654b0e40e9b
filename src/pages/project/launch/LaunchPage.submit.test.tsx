import { screen, waitFor, within } from '@testing-library/react';
import { seedIds } from '@/mock-cloud/seed/ids';
import { paths } from '@/paths';
import { renderApp } from '../../../../tests/app-harness';
import {
  capturePostServers,
  findCandidate,
  fillRequired,
  goToStep,
  launchButton,
  settledCloud,
  waitForLaunchEnabled,
} from './test/page';

const ids = seedIds;
const network = [{ uuid: ids.networks.privateNet }];

function serversNamed(cloud: ReturnType<typeof settledCloud>, name: string) {
  return Object.values(cloud.db.compute.servers).filter((server) => server.name === name);
}

describe('Launch Instance: the one POST /servers for each boot source', () => {
  it('Instance Snapshot (image-backed): imageRef = the snapshot; lands on Instances with the new instance in Build', async () => {
    const cloud = settledCloud();
    const { user, server, location } = await renderApp({
      cloud,
      route: paths.launch({ source: 'instance_snapshot', id: ids.images.web1SnapNightly }),
    });
    const posts = capturePostServers(server);
    await fillRequired(user);
    await waitForLaunchEnabled();
    await user.click(launchButton());
    await waitFor(() => expect(location()).toBe(paths.instances));
    expect(posts).toEqual([
      {
        server: {
          name: 'restored-1',
          flavorRef: ids.flavors.small,
          imageRef: ids.images.web1SnapNightly,
          min_count: 1,
          max_count: 1,
          networks: network,
          security_groups: [{ name: 'default' }],
        },
      },
    ]);
    expect(await screen.findByText('Launching instance “restored-1”')).toBeInTheDocument();
    const [created] = serversNamed(cloud, 'restored-1');
    expect(created?.image_id).toBe(ids.images.web1SnapNightly);
    const row = (await screen.findByRole('rowheader', { name: 'restored-1' })).closest('tr');
    expect(row && within(row).getByText('Build')).toBeInTheDocument();
  });

  it('Image with Create New Volume: one image → volume mapping with the size and delete flag', async () => {
    const cloud = settledCloud();
    const { user, server, location } = await renderApp({ cloud, route: paths.launch({ source: 'image', id: ids.images.ubuntu }) });
    const posts = capturePostServers(server);
    await goToStep(user, 'Source');
    await findCandidate('ubuntu-24.04');
    const createVolume = screen.getByRole('group', { name: 'Create New Volume' });
    await user.click(within(createVolume).getByRole('radio', { name: 'Yes' }));
    const size = screen.getByLabelText(/^Volume Size \(GB\)/);
    expect(size).toHaveValue(10);
    expect(screen.getByText('At least 10 GB: the size of the source and its minimum disk.')).toBeInTheDocument();
    await user.clear(size);
    await user.type(size, '12');
    await user.click(within(screen.getByRole('group', { name: 'Delete Volume on Instance Delete' })).getByRole('radio', { name: 'Yes' }));
    await fillRequired(user, { flavor: 'm1.small' });
    await waitForLaunchEnabled();
    await user.click(launchButton());
    await waitFor(() => expect(location()).toBe(paths.instances));
    expect(posts).toEqual([
      {
        server: expect.objectContaining({
          block_device_mapping_v2: [
            { source_type: 'image', destination_type: 'volume', uuid: ids.images.ubuntu, volume_size: 12, boot_index: 0, delete_on_termination: true },
          ],
        }),
      },
    ]);
    expect(posts[0]).not.toHaveProperty('server.imageRef');
    expect(serversNamed(cloud, 'restored-1')).toHaveLength(1);
  });

  it('Volume: a volume → volume mapping, and only one instance', async () => {
    const cloud = settledCloud();
    const { user, server, location } = await renderApp({ cloud, route: paths.launch({ source: 'volume', id: ids.volumes.spareBoot }) });
    const posts = capturePostServers(server);
    await goToStep(user, 'Details');
    const count = screen.getByLabelText(/^Count/);
    expect(count).toBeDisabled();
    expect(count).toHaveValue(1);
    expect(screen.getByText('A volume can boot only one instance.')).toBeInTheDocument();
    await fillRequired(user, { flavor: 'm1.tiny' });
    await waitForLaunchEnabled();
    await user.click(launchButton());
    await waitFor(() => expect(location()).toBe(paths.instances));
    expect(posts).toEqual([
      {
        server: expect.objectContaining({
          min_count: 1,
          max_count: 1,
          block_device_mapping_v2: [
            { source_type: 'volume', destination_type: 'volume', uuid: ids.volumes.spareBoot, boot_index: 0, delete_on_termination: false },
          ],
        }),
      },
    ]);
    expect(serversNamed(cloud, 'restored-1')).toHaveLength(1);
  });

  it('Volume Snapshot: a snapshot → volume mapping with its size', async () => {
    const cloud = settledCloud();
    const { user, server, location } = await renderApp({
      cloud,
      route: paths.launch({ source: 'volume_snapshot', id: ids.volumeSnapshots.volApp1RootSnap }),
    });
    const posts = capturePostServers(server);
    await fillRequired(user, { flavor: 'm1.small' });
    await waitForLaunchEnabled();
    await user.click(launchButton());
    await waitFor(() => expect(location()).toBe(paths.instances));
    expect(posts).toEqual([
      {
        server: expect.objectContaining({
          block_device_mapping_v2: [
            {
              source_type: 'snapshot',
              destination_type: 'volume',
              uuid: ids.volumeSnapshots.volApp1RootSnap,
              volume_size: 20,
              boot_index: 0,
              delete_on_termination: false,
            },
          ],
        }),
      },
    ]);
    expect(serversNamed(cloud, 'restored-1')).toHaveLength(1);
  });

  it("a volume-backed instance's snapshot: shows the volumes it recreates and boots by imageRef", async () => {
    const cloud = settledCloud();
    const { user, server, location } = await renderApp({
      cloud,
      route: paths.launch({ source: 'instance_snapshot', id: ids.images.volApp1Snap }),
    });
    const posts = capturePostServers(server);
    await goToStep(user, 'Source');
    const recreated = await screen.findByRole('region', { name: 'Volumes this snapshot recreates' });
    expect(within(recreated).getByRole('rowheader', { name: 'snapshot for vol-app-1-snap' })).toBeInTheDocument();
    expect(within(recreated).getByText('20 GB')).toBeInTheDocument();
    expect(screen.queryByRole('group', { name: 'Create New Volume' })).not.toBeInTheDocument();
    await fillRequired(user, { flavor: 'm1.small' });
    await waitForLaunchEnabled();
    await user.click(launchButton());
    await waitFor(() => expect(location()).toBe(paths.instances));
    expect(posts).toEqual([{ server: expect.objectContaining({ imageRef: ids.images.volApp1Snap }) }]);
    expect(posts[0]).not.toHaveProperty('server.block_device_mapping_v2');
  });
});

import { screen, waitFor, within } from '@testing-library/react';
import { seedIds } from '@/mock-cloud/seed/ids';
import { paths } from '@/paths';
import { renderApp } from '../../../../tests/app-harness';
import { expectNoAxeViolations } from '../../../../tests/axe';
import { allocated, candidateNames, findCandidate, goToStep, settledCloud } from './test/page';

const ids = seedIds;

describe('Launch Instance: entry points and their presets', () => {
  it('(a) from Instances: opens on Details, the boot source defaults to Image, and is axe clean', async () => {
    const { user } = await renderApp({ cloud: settledCloud(), route: paths.instances });
    await user.click(await screen.findByRole('link', { name: 'Launch Instance' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Launch Instance' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2, name: 'Details' })).toBeInTheDocument();
    await expectNoAxeViolations(document.body);
    await goToStep(user, 'Source');
    expect(screen.getByLabelText('Select Boot Source')).toHaveValue('image');
    await findCandidate('cirros-0.6.2');
    expect(within(allocated()).getByText('Select an item from Available items below.')).toBeInTheDocument();
    await expectNoAxeViolations(document.body);
  });

  it('(b) from Images on a snapshot: Instance Snapshot with that snapshot selected', async () => {
    const { user } = await renderApp({
      cloud: settledCloud(),
      route: paths.launch({ source: 'instance_snapshot', id: ids.images.web1SnapNightly }),
    });
    await goToStep(user, 'Source');
    expect(screen.getByLabelText('Select Boot Source')).toHaveValue('instance_snapshot');
    expect(await findCandidate('web-1-snap-nightly')).toBeChecked();
    expect(within(allocated()).getByText('web-1-snap-nightly')).toBeInTheDocument();
  });

  it('(b) from Images on an image: Image with that image selected', async () => {
    const { user } = await renderApp({ cloud: settledCloud(), route: paths.launch({ source: 'image', id: ids.images.ubuntu }) });
    await goToStep(user, 'Source');
    expect(screen.getByLabelText('Select Boot Source')).toHaveValue('image');
    expect(await findCandidate('ubuntu-24.04')).toBeChecked();
  });

  it('(c) from Volume Snapshots: Volume Snapshot with that snapshot selected', async () => {
    const { user } = await renderApp({
      cloud: settledCloud(),
      route: paths.launch({ source: 'volume_snapshot', id: ids.volumeSnapshots.volApp1RootSnap }),
    });
    await goToStep(user, 'Source');
    expect(screen.getByLabelText('Select Boot Source')).toHaveValue('volume_snapshot');
    expect(await findCandidate('vol-app-1-root-snap')).toBeChecked();
    expect(screen.getByLabelText(/^Volume Size \(GB\)/)).toHaveValue(20);
  });

  it('keeps the source type and says so plainly when the preset is not launchable', async () => {
    const cloud = settledCloud();
    const { user } = await renderApp({
      cloud,
      route: paths.launch({ source: 'volume_snapshot', id: ids.volumeSnapshots.dataSnapErr }),
    });
    await goToStep(user, 'Source');
    expect(await screen.findByText('“data-snap-err” cannot be launched: its status is Error. Choose another one below.')).toBeInTheDocument();
    expect(screen.getByLabelText('Select Boot Source')).toHaveValue('volume_snapshot');
    expect(within(allocated()).getByText('Select an item from Available items below.')).toBeInTheDocument();
  });

  it('says when the preset no longer exists', async () => {
    const { user } = await renderApp({
      cloud: settledCloud(),
      route: paths.launch({ source: 'instance_snapshot', id: '00000000-0000-4000-8000-000000000000' }),
    });
    await goToStep(user, 'Source');
    expect(
      await screen.findByText(
        'The Instance Snapshot you chose (ID 00000000-0000-4000-8000-000000000000) no longer exists. Choose another one below.',
      ),
    ).toBeInTheDocument();
    expect(screen.getByLabelText('Select Boot Source')).toHaveValue('instance_snapshot');
  });

  it('waits for a snapshot that is still saving, then selects it once active', async () => {
    const cloud = settledCloud();
    const image = cloud.db.image.images[ids.images.web1SnapNightly];
    if (image) image.status = 'saving';
    const { user } = await renderApp({ cloud, route: paths.launch({ source: 'instance_snapshot', id: ids.images.web1SnapNightly }) });
    await goToStep(user, 'Source');
    expect(await screen.findByText(/“web-1-snap-nightly” is not ready yet \(status: Saving\)/)).toBeInTheDocument();
    if (image) image.status = 'active';
    await waitFor(() => expect(screen.getByRole('radio', { name: 'Select web-1-snap-nightly' })).toBeChecked(), { timeout: 6000 });
    expect(screen.queryByText(/is not ready yet/)).not.toBeInTheDocument();
  });

  it('says when a snapshot was taken from a volume that is not bootable', async () => {
    const { user } = await renderApp({
      cloud: settledCloud(),
      route: paths.launch({ source: 'volume_snapshot', id: ids.volumeSnapshots.dataSnap2 }),
    });
    await goToStep(user, 'Source');
    expect(await screen.findByText(/“data-snap-2” was taken from a volume that is not bootable/)).toBeInTheDocument();
    expect(candidateNames()).not.toContain('data-snap-2');
  });
});

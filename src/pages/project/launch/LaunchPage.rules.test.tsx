import { screen, waitFor, within } from '@testing-library/react';
import { seedIds } from '@/mock-cloud/seed/ids';
import { paths } from '@/paths';
import { renderApp } from '../../../../tests/app-harness';
import { expectNoAxeViolations } from '../../../../tests/axe';
import { candidateNames, fillRequired, findCandidate, goToStep, launchButton, settledCloud } from './test/page';

const ids = seedIds;
const demo = ids.projects.demo;

function usedCores(cloud: ReturnType<typeof settledCloud>): number {
  return Object.values(cloud.db.compute.servers)
    .filter((server) => server.project_id === demo)
    .reduce((sum, server) => sum + server.flavor.vcpus, 0);
}

function usedInstances(cloud: ReturnType<typeof settledCloud>): number {
  return Object.values(cloud.db.compute.servers).filter((server) => server.project_id === demo).length;
}

describe('Launch Instance: candidates of each source', () => {
  it('lists only what can boot, for each of the four sources', async () => {
    const { user } = await renderApp({ cloud: settledCloud(), route: paths.launch() });
    await goToStep(user, 'Source');
    await findCandidate('cirros-0.6.2');
    expect(candidateNames()).toEqual(['cirros-0.6.2', 'project-tools', 'ubuntu-24.04']);

    const select = screen.getByLabelText('Select Boot Source');
    await user.selectOptions(select, 'instance_snapshot');
    await findCandidate('web-1-snap-nightly');
    expect(candidateNames()).toEqual(['db-1-snap-old', 'vol-app-1-snap', 'web-1-snap-golden', 'web-1-snap-inflight', 'web-1-snap-nightly']);

    await user.selectOptions(select, 'volume');
    await findCandidate('spare-boot');
    expect(candidateNames()).toEqual(['restored-from-snap', 'spare-boot']);

    await user.selectOptions(select, 'volume_snapshot');
    await findCandidate('data-snap-1');
    expect(candidateNames()).toEqual(['data-snap-1', 'group-snap-1', 'snapshot for vol-app-1-snap', 'vol-app-1-root-snap']);

    await user.type(screen.getByRole('searchbox', { name: 'Filter by name or ID' }), 'vol-app');
    expect(candidateNames()).toEqual(['snapshot for vol-app-1-snap', 'vol-app-1-root-snap']);
    await expectNoAxeViolations(document.body);
  });

  it('enforces the minimum volume size and says why Launch is disabled', async () => {
    const { user } = await renderApp({ cloud: settledCloud(), route: paths.launch({ source: 'instance_snapshot', id: ids.images.web1SnapNightly }) });
    await goToStep(user, 'Source');
    await findCandidate('web-1-snap-nightly');
    await user.click(within(screen.getByRole('group', { name: 'Create New Volume' })).getByRole('radio', { name: 'Yes' }));
    const size = screen.getByLabelText(/^Volume Size \(GB\)/);
    expect(size).toHaveValue(20);
    await user.clear(size);
    await user.type(size, '19');
    expect(screen.getByText('Enter a whole number of GB, at least 20.')).toBeInTheDocument();
    await fillRequired(user);
    expect(launchButton()).toBeDisabled();
    expect(launchButton()).toHaveAccessibleDescription(/make the volume at least 20 GB \(Source\)/);
  });
});

describe('Launch Instance: flavors and quota', () => {
  it('disables flavors too small for the source, and lets a volume boot ignore the flavor disk', async () => {
    const { user } = await renderApp({ cloud: settledCloud(), route: paths.launch({ source: 'instance_snapshot', id: ids.images.web1SnapNightly }) });
    await goToStep(user, 'Flavor');
    const tiny = await screen.findByRole('radio', { name: 'Select flavor m1.tiny' });
    await waitFor(() => expect(tiny).toBeDisabled());
    expect(tiny).toHaveAccessibleDescription('Root disk 1 GB is below the source’s 20 GB');
    expect(screen.getByRole('radio', { name: 'Select flavor m1.small' })).toBeEnabled();
    expect(screen.getByText('This source needs a flavor with at least 20 GB of root disk.')).toBeInTheDocument();
    await goToStep(user, 'Source');
    await user.click(within(screen.getByRole('group', { name: 'Create New Volume' })).getByRole('radio', { name: 'Yes' }));
    await goToStep(user, 'Flavor');
    expect(screen.getByRole('radio', { name: 'Select flavor m1.tiny' })).toBeEnabled();
  });

  it('disables flavors over the vCPU quota and moves the quota bars with the choices', async () => {
    const cloud = settledCloud();
    cloud.scenarios.setQuota('compute', 'cores', usedCores(cloud) + 2);
    const { user } = await renderApp({ cloud, route: paths.launch({ source: 'image', id: ids.images.cirros }) });
    await goToStep(user, 'Flavor');
    const large = await screen.findByRole('radio', { name: 'Select flavor m1.large' });
    await waitFor(() => expect(large).toBeDisabled());
    expect(large).toHaveAccessibleDescription('Needs 4 VCPUs, 2 left in your quota');
    await user.click(screen.getByRole('radio', { name: 'Select flavor m1.medium' }));
    const vcpus = screen.getByRole('meter', { name: 'VCPUs' });
    expect(vcpus).toHaveAttribute('aria-valuetext', expect.stringMatching(new RegExp(`^${usedCores(cloud) + 2} of ${usedCores(cloud) + 2}`)));
    await goToStep(user, 'Details');
    const count = screen.getByLabelText(/^Count/);
    await user.clear(count);
    await user.type(count, '2');
    await goToStep(user, 'Flavor');
    expect(screen.getByRole('radio', { name: 'Select flavor m1.medium' })).toBeDisabled();
    expect(launchButton()).toHaveAccessibleDescription(/fit the quota for VCPUs: this launch needs 4, 2 left/);
  });

  it('blocks a count over the instance quota, saying so', async () => {
    const cloud = settledCloud();
    cloud.scenarios.setQuota('compute', 'instances', usedInstances(cloud) + 1);
    const { user } = await renderApp({ cloud, route: paths.launch({ source: 'image', id: ids.images.cirros }) });
    await fillRequired(user, { flavor: 'm1.tiny' });
    await waitFor(() => expect(launchButton()).toBeEnabled());
    await goToStep(user, 'Details');
    const count = screen.getByLabelText(/^Count/);
    await user.clear(count);
    await user.type(count, '2');
    expect(launchButton()).toBeDisabled();
    expect(launchButton()).toHaveAccessibleDescription(/fit the quota for Instances: this launch needs 2, 1 left/);
    expect(screen.getByRole('meter', { name: 'Instances' })).toHaveAttribute('aria-valuetext', expect.stringMatching(/over by 1/i));
  });

  it('blocks a volume over the gigabytes quota', async () => {
    const cloud = settledCloud();
    // Cinder counts snapshots against the gigabytes quota too.
    const usedGb = [...Object.values(cloud.db.volume.volumes), ...Object.values(cloud.db.volume.snapshots)]
      .filter((item) => item.project_id === demo)
      .reduce((sum, item) => sum + item.size, 0);
    cloud.scenarios.setQuota('volume', 'gigabytes', usedGb + 10);
    const { user } = await renderApp({ cloud, route: paths.launch({ source: 'volume_snapshot', id: ids.volumeSnapshots.volApp1RootSnap }) });
    await fillRequired(user);
    await waitFor(() => expect(launchButton()).toHaveAccessibleDescription(/fit the quota for Volume Storage: this launch needs 20 GB, 10 GB left/));
    expect(launchButton()).toBeDisabled();
  });
});

describe('Launch Instance: requirements', () => {
  it('lists what is missing and opens the step that fixes it', async () => {
    const { user } = await renderApp({ cloud: settledCloud(), route: paths.launch() });
    await findCandidateOrWait();
    expect(launchButton()).toBeDisabled();
    for (const reason of [/^To launch:/, /enter an instance name \(Details\)/, /choose a boot source item \(Source\)/, /choose a flavor \(Flavor\)/]) {
      expect(launchButton()).toHaveAccessibleDescription(reason);
    }
    await user.click(screen.getByRole('button', { name: 'choose a flavor (Flavor)' }));
    expect(screen.getByRole('heading', { level: 2, name: 'Flavor' })).toHaveFocus();
  });
});

async function findCandidateOrWait() {
  await waitFor(() => expect(launchButton()).toHaveAccessibleDescription(/choose at least one network/));
}

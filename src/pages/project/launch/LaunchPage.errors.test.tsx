import { screen, waitFor, within } from '@testing-library/react';
import { seedIds } from '@/mock-cloud/seed/ids';
import { paths } from '@/paths';
import { renderApp } from '../../../../tests/app-harness';
import { capturePostServers, fillRequired, goToStep, launchButton, settledCloud, waitForLaunchEnabled } from './test/page';

const ids = seedIds;
const route = paths.launch({ source: 'instance_snapshot', id: ids.images.web1SnapNightly });

describe('Launch Instance: errors and repeated clicks', () => {
  it("shows Nova's refusal in plain words and keeps everything entered; the next try launches", async () => {
    const cloud = settledCloud();
    cloud.scenarios.failNext({
      service: 'compute',
      method: 'POST',
      path: /\/servers$/,
      status: 403,
      body: { forbidden: { code: 403, message: 'Quota exceeded for instances: Requested 1, but already used 10 of 10 instances' } },
    });
    const { user, server, location } = await renderApp({ cloud, route });
    const posts = capturePostServers(server);
    await fillRequired(user, { name: 'keep-me' });
    await waitForLaunchEnabled();
    await user.click(launchButton());
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The instance was not launched. Nothing you entered was lost.');
    expect(alert).toHaveTextContent('Quota exceeded for instances: Requested 1, but already used 10 of 10 instances');
    expect(location()).toBe(route);
    expect(screen.getByRole('checkbox', { name: 'Select network private-net' })).toBeChecked();
    await goToStep(user, 'Details');
    expect(screen.getByLabelText(/^Instance Name/)).toHaveValue('keep-me');
    await goToStep(user, 'Flavor');
    expect(screen.getByRole('radio', { name: 'Select flavor m1.small' })).toBeChecked();

    await user.click(launchButton());
    await waitFor(() => expect(location()).toBe(paths.instances));
    expect(posts).toHaveLength(2);
    expect(Object.values(cloud.db.compute.servers).filter((item) => item.name === 'keep-me')).toHaveLength(1);
  });

  it('a double click launches once', async () => {
    const cloud = settledCloud();
    cloud.scenarios.slowCloud(150);
    const before = Object.keys(cloud.db.compute.servers).length;
    const { user, server, location } = await renderApp({ cloud, route });
    const posts = capturePostServers(server);
    await fillRequired(user, { name: 'once' });
    await waitForLaunchEnabled();
    await user.dblClick(launchButton());
    await waitFor(() => expect(location()).toBe(paths.instances), { timeout: 8000 });
    expect(posts).toHaveLength(1);
    expect(Object.keys(cloud.db.compute.servers)).toHaveLength(before + 1);
  });

  it('the new instance moves from Build to Active on Instances', async () => {
    const cloud = settledCloud();
    const { user, location } = await renderApp({ cloud, route });
    await fillRequired(user, { name: 'goes-active' });
    await waitForLaunchEnabled();
    await user.click(launchButton());
    await waitFor(() => expect(location()).toBe(paths.instances));
    const row = () => screen.getByRole('rowheader', { name: 'goes-active' }).closest('tr') as HTMLElement;
    await screen.findByRole('rowheader', { name: 'goes-active' });
    expect(within(row()).getByText('Build')).toBeInTheDocument();
    cloud.advance(30_000);
    await waitFor(() => expect(within(row()).getByText('Active')).toBeInTheDocument(), { timeout: 8000 });
  });

  it('an instance that fails to build ends in Error on Instances', async () => {
    const cloud = settledCloud();
    cloud.scenarios.failNextServerBuild({ message: 'No valid host was found.' });
    const { user, location } = await renderApp({ cloud, route });
    await fillRequired(user, { name: 'goes-wrong' });
    await waitForLaunchEnabled();
    await user.click(launchButton());
    await waitFor(() => expect(location()).toBe(paths.instances));
    await screen.findByRole('rowheader', { name: 'goes-wrong' });
    cloud.advance(30_000);
    const row = () => screen.getByRole('rowheader', { name: 'goes-wrong' }).closest('tr') as HTMLElement;
    await waitFor(() => expect(within(row()).getByText('Error')).toBeInTheDocument(), { timeout: 8000 });
  });
});

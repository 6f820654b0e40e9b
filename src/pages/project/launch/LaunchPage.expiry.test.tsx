import { screen, waitFor } from '@testing-library/react';
import { seedIds } from '@/mock-cloud/seed/ids';
import { paths } from '@/paths';
import { renderApp } from '../../../../tests/app-harness';
import { signInAgain } from '../../../../tests/sign-in-again';
import { capturePostServers, fillRequired, goToStep, launchButton, settledCloud, waitForLaunchEnabled } from './test/page';

const route = paths.launch({ source: 'instance_snapshot', id: seedIds.images.web1SnapNightly });

describe('Launch Instance: an expired session loses nothing', () => {
  it('Launch refused with 401: everything stays, nothing is sent again unasked, and Retry makes exactly one POST /servers', async () => {
    const cloud = settledCloud();
    const { user, server, location } = await renderApp({ cloud, route });
    const posts = capturePostServers(server);
    await fillRequired(user, { name: 'after-expiry' });
    await waitForLaunchEnabled();
    const named = () => Object.values(cloud.db.compute.servers).filter((item) => item.name === 'after-expiry');

    cloud.scenarios.expireTokens();
    await user.click(launchButton());
    expect(await screen.findByText(/^Your session had ended, so this was not done/)).toBeInTheDocument();
    expect(posts).toHaveLength(1);
    await signInAgain(user);

    // The wizard is as it was, and nothing was sent again on its own.
    // (Lists refused meanwhile load again on their own: reading is safe to repeat.)
    expect(location()).toBe(route);
    expect(await screen.findByRole('checkbox', { name: 'Select network private-net' }, { timeout: 5000 })).toBeChecked();
    expect(posts).toHaveLength(1);
    expect(named()).toHaveLength(0);

    await user.dblClick(screen.getByRole('button', { name: 'Retry' }));
    await waitFor(() => expect(location()).toBe(paths.instances));
    expect(posts).toHaveLength(2);
    expect(named()).toHaveLength(1);
  });

  it('keeps what was typed on every step through the sign-in', async () => {
    const cloud = settledCloud();
    const { user } = await renderApp({ cloud, route });
    await fillRequired(user, { name: 'typed-before' });
    await waitForLaunchEnabled();
    cloud.scenarios.expireTokens();
    await user.click(launchButton());
    await signInAgain(user);
    await goToStep(user, 'Details');
    expect(screen.getByLabelText(/^Instance Name/)).toHaveValue('typed-before');
    await goToStep(user, 'Flavor');
    expect(await screen.findByRole('radio', { name: 'Select flavor m1.small' }, { timeout: 5000 })).toBeChecked();
    expect(Object.values(cloud.db.compute.servers).filter((item) => item.name === 'typed-before')).toHaveLength(0);
  });
});

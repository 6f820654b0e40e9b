import { screen, waitFor } from '@testing-library/react';
import { createMockCloud } from '@/mock-cloud';
import { paths } from '@/paths';
import { renderApp } from '../../../../tests/app-harness';
import { goToStep, settledCloud } from './test/page';

describe('Launch Instance: loading, empty and error states', () => {
  it("a listing that fails says so in the service's words and can be tried again", async () => {
    const cloud = settledCloud();
    cloud.scenarios.failNext({ service: 'compute', method: 'GET', path: '/flavors/detail', status: 503 });
    const { user } = await renderApp({ cloud, route: paths.launch() });
    await goToStep(user, 'Flavor');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(/Compute|Nova/);
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('radio', { name: 'Select flavor m1.small' })).toBeInTheDocument();
  });

  it('an empty project says what is missing, and a cloud without networks needs none', async () => {
    const { user } = await renderApp({ cloud: createMockCloud({ seed: 'empty' }), route: paths.launch() });
    await goToStep(user, 'Source');
    expect(await screen.findByText('There are no active images to boot from.')).toBeInTheDocument();
    await goToStep(user, 'Networks');
    await waitFor(() => expect(screen.getByText('This project has no networks: the instance starts without one.')).toBeInTheDocument());
    expect(screen.getByRole('button', { name: 'Launch Instance' })).not.toHaveAccessibleDescription(/network/);
  });
});

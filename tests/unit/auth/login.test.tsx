import { screen, waitFor, within } from '@testing-library/react';
import { createMockCloud } from '@/mock-cloud';
import { renderApp } from '../../app-harness';
import { findDialog } from '../../find-dialog';

describe('login', () => {
  it('shows the demo login prefilled and signs in to the page asked for', async () => {
    const { user, location } = await renderApp({ signedIn: false, route: '/project/images' });
    expect(await screen.findByRole('heading', { name: 'Log in' })).toBeInTheDocument();
    expect(location()).toBe('/auth/login?next=%2Fproject%2Fimages');
    expect(screen.getByLabelText('User Name')).toHaveValue('demo');
    expect(screen.getByLabelText('Password')).toHaveValue('demo');
    expect(screen.getByLabelText('Project')).toHaveValue('demo');
    expect(screen.getByLabelText('Domain')).toHaveValue('Default');
    expect(screen.getByText(/This is a demo cloud/)).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Sign In' }));
    await waitFor(() => expect(location()).toBe('/project/images'));
    expect(await screen.findByRole('navigation', { name: 'Main navigation' })).toBeInTheDocument();
  });

  it('refuses a wrong password in plain words and keeps what was typed', async () => {
    const { user } = await renderApp({ signedIn: false });
    const password = await screen.findByLabelText('Password');
    await user.clear(password);
    await user.type(password, 'wrong');
    await user.clear(screen.getByLabelText('User Name'));
    await user.type(screen.getByLabelText('User Name'), 'demo');
    await user.click(screen.getByRole('button', { name: 'Sign In' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(/user name, password, domain or project is wrong/);
    expect(screen.getByLabelText('User Name')).toHaveValue('demo');
    expect(screen.getByLabelText('Password')).toHaveValue('wrong');
  });

  it('checks required fields before calling Keystone', async () => {
    const cloud = createMockCloud();
    const { user } = await renderApp({ signedIn: false, cloud });
    await user.clear(await screen.findByLabelText('User Name'));
    await user.clear(screen.getByLabelText('Project'));
    cloud.clearRequestLog();
    await user.click(screen.getByRole('button', { name: 'Sign In' }));
    expect(screen.getByText('User Name is required.')).toBeInTheDocument();
    expect(screen.getByText('Project is required.')).toBeInTheDocument();
    expect(screen.getByLabelText('User Name')).toHaveAttribute('aria-invalid', 'true');
    expect(cloud.requestLog).toHaveLength(0);
  });

  it('says so when Keystone cannot be reached', async () => {
    const cloud = createMockCloud();
    const { user } = await renderApp({ signedIn: false, cloud });
    cloud.scenarios.offline(true);
    await user.click(await screen.findByRole('button', { name: 'Sign In' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(/did not answer/);
  });

  it('says so when Keystone answers something unreadable', async () => {
    const cloud = createMockCloud();
    const { user } = await renderApp({ signedIn: false, cloud });
    cloud.scenarios.failNext({ service: 'identity', method: 'POST', path: '/v3/auth/tokens', status: 201, body: { token: { nonsense: true } } });
    await user.click(await screen.findByRole('button', { name: 'Sign In' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(/cannot read/);
  });

  it('when the token expires, signs in again over the page and stays on it', async () => {
    // An empty project: nothing is in transition, so nothing polls and the next request is the user's.
    const cloud = createMockCloud({ seed: 'empty' });
    const { user, location } = await renderApp({ cloud, route: '/project/snapshots' });
    expect(await screen.findByRole('navigation', { name: 'Main navigation' })).toBeInTheDocument();
    cloud.scenarios.expireTokens();
    // Every call now answers 401; opening another panel makes one.
    await user.click(screen.getByRole('link', { name: 'Images' }));
    const modal = await findDialog('Sign in again');
    expect(within(modal).getByText(/Your session has ended/)).toBeInTheDocument();
    expect(location()).toBe('/project/images');
    await user.click(within(modal).getByRole('button', { name: 'Sign In' }));
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Sign in again' })).not.toBeInTheDocument());
    expect(location()).toBe('/project/images');
  });

  it('a reload after the token expired starts at the login page and comes back to the same page', async () => {
    const cloud = createMockCloud({ seed: 'empty' });
    const { user, location } = await renderApp({ cloud, signedIn: false, route: '/auth/login?next=%2Fproject%2Fimages&reason=expired' });
    expect(await screen.findByText(/Your session has ended/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Sign In' }));
    await waitFor(() => expect(location()).toBe('/project/images'));
  });

  it('signs out by revoking the token with Keystone', async () => {
    const cloud = createMockCloud();
    const { user, location, store } = await renderApp({ cloud });
    const token = store.getState().session?.token;
    const header = await screen.findByRole('group', { name: /User menu for demo/ });
    await user.click(within(header).getByRole('button', { name: 'Sign Out' }));
    expect(await screen.findByText('You have signed out.')).toBeInTheDocument();
    expect(location()).toBe('/auth/login?reason=signed-out');
    await waitFor(() =>
      expect(cloud.requestLog.some((entry) => entry.method === 'DELETE' && entry.url.endsWith('/identity/v3/auth/tokens'))).toBe(true),
    );
    const check = await fetch(`${cloud.authUrl}/auth/tokens`, { headers: { 'X-Auth-Token': token ?? '', 'X-Subject-Token': token ?? '' } });
    expect(check.status).toBe(401);
  });
});

import { screen, waitFor } from '@testing-library/react';
import { renderApp } from '../../app-harness';

// The payloads of issue 12 finding 2: each crashed the app with the router's default error page.
const payloads = ['%2F%5Cevil.example%2Fx', '%2F%09%2Fevil.example%2Fx', '%2F%0A%2Fevil.example%2Fx', '%2F%5C%2Fevil.example%2Fx'];

describe('a crafted return link', () => {
  it.each(payloads)('next=%s signs in to the default page, not a crash', async (payload) => {
    const { user, location } = await renderApp({ signedIn: false, route: `/auth/login?next=${payload}` });
    await user.click(await screen.findByRole('button', { name: 'Sign In' }));
    await waitFor(() => expect(location()).toBe('/project/instances'));
    expect(await screen.findByRole('navigation', { name: 'Main navigation' })).toBeInTheDocument();
    expect(screen.queryByText(/Unexpected Application Error/)).not.toBeInTheDocument();
    expect(screen.queryByText(/External navigation/)).not.toBeInTheDocument();
  });
});

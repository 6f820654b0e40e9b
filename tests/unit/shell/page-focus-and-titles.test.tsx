import { screen, waitFor, within } from '@testing-library/react';
import { renderApp } from '../../app-harness';

function mainNav() {
  return screen.getByRole('navigation', { name: 'Main navigation' });
}

async function expectFocusOnHeading(name: string | RegExp) {
  const heading = await screen.findByRole('heading', { level: 1, name }, { timeout: 15_000 });
  await waitFor(() => expect(heading).toHaveFocus());
}

describe('Shell: focus and document titles after navigation', () => {
  it('the login page is titled, starts on Sign In when all is filled, and signing in puts focus on the panel’s heading', async () => {
    const { user, location } = await renderApp({ route: '/project/images', signedIn: false });
    const signIn = await screen.findByRole('button', { name: 'Sign In' });
    await waitFor(() => expect(document.title).toBe('Log in – Snapshot Dashboard'));
    await waitFor(() => expect(signIn).toHaveFocus());

    await user.click(signIn);
    await expectFocusOnHeading('Images');
    expect(location()).toBe('/project/images');
    await waitFor(() => expect(document.title).toBe('Images – demo – Snapshot Dashboard'));
  }, 60_000);

  it('a fresh load leaves focus alone; sidebar links, detail links and Launch put it on the new heading, each with its own title', async () => {
    const { user } = await renderApp({ route: '/project/instances' });
    await screen.findByRole('heading', { level: 1, name: 'Instances' });
    await waitFor(() => expect(document.title).toBe('Instances – demo – Snapshot Dashboard'));
    expect(document.body).toHaveFocus();

    await user.click(within(mainNav()).getByRole('link', { name: 'Images' }));
    await expectFocusOnHeading('Images');
    await waitFor(() => expect(document.title).toBe('Images – demo – Snapshot Dashboard'));

    await user.click(await screen.findByRole('link', { name: 'cirros-0.6.2' }));
    await expectFocusOnHeading('cirros-0.6.2');
    await waitFor(() => expect(document.title).toBe('cirros-0.6.2 – demo – Snapshot Dashboard'));

    await user.click(within(mainNav()).getByRole('link', { name: 'Snapshots' }));
    await expectFocusOnHeading('Volume Snapshots');
    await waitFor(() => expect(document.title).toBe('Volume Snapshots – demo – Snapshot Dashboard'));

    await user.click(within(mainNav()).getByRole('link', { name: 'Instances' }));
    await expectFocusOnHeading('Instances');
    await user.click(screen.getByRole('link', { name: 'Launch Instance' }));
    await expectFocusOnHeading('Launch Instance');
    await waitFor(() => expect(document.title).toBe('Launch Instance – demo – Snapshot Dashboard'));
  }, 90_000);

  it('titles follow the language', async () => {
    const { user } = await renderApp({ route: '/project/images' });
    await screen.findByRole('heading', { level: 1, name: 'Images' });
    await user.selectOptions(screen.getAllByRole('combobox', { name: 'Language' })[0]!, 'pl');
    await screen.findByRole('heading', { level: 1, name: 'Obrazy' });
    await waitFor(() => expect(document.title).toBe('Obrazy – demo – Panel migawek'));
  });
});

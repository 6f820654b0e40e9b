import { screen, waitFor, within } from '@testing-library/react';
import { renderApp } from '../../app-harness';

describe('Shell: the Menu button of narrow screens', () => {
  it('names the navigation it folds, opens on it, closes with Escape back on the button, and closes when a link is taken', async () => {
    const { user, location } = await renderApp({ route: '/project/images' });
    await screen.findByRole('heading', { level: 1, name: 'Images' });
    const menu = screen.getByRole('button', { name: 'Menu' });
    const nav = screen.getByRole('navigation', { name: 'Main navigation' });
    expect(menu).toHaveAttribute('aria-controls', nav.id);
    expect(menu).toHaveAttribute('aria-expanded', 'false');

    await user.click(menu);
    expect(menu).toHaveAttribute('aria-expanded', 'true');
    await waitFor(() => expect(within(nav).getByRole('link', { name: 'Instances' })).toHaveFocus());
    await user.keyboard('{Escape}');
    expect(menu).toHaveAttribute('aria-expanded', 'false');
    expect(menu).toHaveFocus();

    await user.click(menu);
    await user.click(within(nav).getByRole('link', { name: 'Snapshots' }));
    expect(menu).toHaveAttribute('aria-expanded', 'false');
    const heading = await screen.findByRole('heading', { level: 1, name: 'Volume Snapshots' }, { timeout: 15_000 });
    await waitFor(() => expect(heading).toHaveFocus());
    expect(location()).toBe('/project/snapshots');
  }, 60_000);

  it('the colour theme choice is in the header, remembered in this browser', async () => {
    const { user } = await renderApp({ route: '/project/images' });
    const theme = await screen.findByRole('combobox', { name: 'Colour theme' });
    expect(theme).toHaveValue('system');
    await user.selectOptions(theme, 'dark');
    expect(document.documentElement.dataset['theme']).toBe('dark');
    expect(localStorage.getItem('snapshot-dashboard.theme')).toBe('dark');
    await user.selectOptions(theme, 'system');
    expect(document.documentElement.dataset['theme']).toBeUndefined();
  });
});

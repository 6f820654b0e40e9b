import { screen, waitFor, within } from '@testing-library/react';
import { createMockCloud } from '@/mock-cloud';
import { recordLiveRegions } from '../../../tests/live-recording';
import { renderApp } from '../../../tests/app-harness';

describe('Power actions: the state the server settles in is spoken', () => {
  it('says "db-1 is now running" once a Start from the row menu has finished, and no toast for it', async () => {
    const cloud = createMockCloud();
    cloud.advance(60_000);
    const recording = recordLiveRegions();
    const { user } = await renderApp({ route: '/project/instances', cloud });
    const row = (await screen.findByRole('rowheader', { name: 'db-1' }, { timeout: 15_000 })).closest('tr') as HTMLElement;
    await user.click(within(row).getByRole('button', { name: 'More actions for db-1' }));
    const menu = await screen.findByRole('menu');
    await user.click(within(menu).getByRole('menuitem', { name: /Start Instance/ }));
    const dialog = screen.queryByRole('dialog');
    if (dialog) await user.click(within(dialog).getByRole('button', { name: /Start Instance/ }));

    cloud.advance(60_000);
    await waitFor(() => expect(recording.polite).toContain('db-1 is now running'), { timeout: 10_000 });
    expect(screen.queryByText('db-1 is now running', { selector: '.toast__title' })).not.toBeInTheDocument();
  }, 60_000);
});

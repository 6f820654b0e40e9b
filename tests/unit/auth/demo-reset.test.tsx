import { screen, waitFor, within } from '@testing-library/react';
import { vi } from 'vitest';
import { renderApp } from '../../app-harness';
import { findDialog } from '../../find-dialog';

describe('Reset demo cloud', () => {
  it('asks first, and Cancel leaves the demo cloud as it is', async () => {
    const resetDemo = vi.fn<() => Promise<void>>(() => Promise.resolve());
    const { user } = await renderApp({ signedIn: false, resetDemo });
    await user.click(await screen.findByRole('button', { name: 'Reset demo cloud' }));

    const dialog = await findDialog('Reset the demo cloud?');
    expect(dialog).toHaveAccessibleDescription(/goes back to its first state/);
    expect(within(dialog).getByRole('button', { name: 'Cancel' })).toHaveFocus();
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(resetDemo).not.toHaveBeenCalled();
    // The dialog is fetched on the first click; closing it still gives focus back to its button.
    await waitFor(() => expect(screen.getByRole('button', { name: 'Reset demo cloud' })).toHaveFocus());
  });

  it('resets once confirmed and says so', async () => {
    const resetDemo = vi.fn<() => Promise<void>>(() => Promise.resolve());
    const { user } = await renderApp({ signedIn: false, resetDemo });
    await user.click(await screen.findByRole('button', { name: 'Reset demo cloud' }));
    const dialog = await findDialog('Reset the demo cloud?');
    await user.click(within(dialog).getByRole('button', { name: 'Reset demo cloud' }));

    expect(await screen.findByRole('status')).toHaveTextContent('The demo cloud is back to its first state.');
    expect(resetDemo).toHaveBeenCalledTimes(1);
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });
});

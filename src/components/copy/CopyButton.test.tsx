import { screen, waitFor } from '@testing-library/react';
import { vi } from 'vitest';
import { renderWithProviders } from '../../../tests/render';
import { Time } from '../Time';
import { CopyableId } from './CopyableId';

describe('CopyableId', () => {
  it('copies by keyboard and says "Copied" in a live region', async () => {
    const { user } = renderWithProviders(<CopyableId id="8f6c-42" />);
    await user.tab();
    expect(screen.getByRole('button', { name: 'Copy ID' })).toHaveFocus();
    await user.keyboard('{Enter}');
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('Copied'));
    expect(await navigator.clipboard.readText()).toBe('8f6c-42');
  });

  it('says how to copy by hand when the browser refuses', async () => {
    const { user } = renderWithProviders(<CopyableId id="8f6c-42" label="Copy owner ID" />);
    const refuse = vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValueOnce(new Error('denied'));
    await user.click(screen.getByRole('button', { name: 'Copy owner ID' }));
    await waitFor(() =>
      expect(screen.getByRole('status')).toHaveTextContent('Could not copy; select the ID and copy it by hand.'),
    );
    refuse.mockRestore();
  });
});

describe('Time', () => {
  it('shows an age with the exact time on hover, and reads Cinder’s zone-less times as UTC', () => {
    renderWithProviders(<Time value="2020-03-01T10:00:00.000000" show="age" />);
    const time = screen.getByText(/ago$/);
    expect(time).toHaveAttribute('dateTime', '2020-03-01T10:00:00.000000Z');
    expect(time).toHaveAttribute('title', expect.stringContaining('2020'));
  });

  it('shows the exact time in details, and a dash when there is none', () => {
    renderWithProviders(
      <>
        <Time value="2020-03-01T10:00:00Z" />
        <Time value={null} />
      </>,
    );
    expect(screen.getByText(/2020/)).not.toHaveAttribute('title');
    expect(screen.getByText('—')).toBeInTheDocument();
  });
});

import { act, screen } from '@testing-library/react';
import { vi } from 'vitest';
import { renderWithProviders } from '../../../tests/render';
import { RefreshControl, type RefreshableQuery } from './RefreshControl';

function aQuery(overrides: Partial<RefreshableQuery> = {}): RefreshableQuery {
  return { dataUpdatedAt: Date.now(), isFetching: false, refetch: vi.fn<() => Promise<unknown>>(() => Promise.resolve()), ...overrides };
}

/** One tick at a time: each tick schedules the next once React has rendered it. */
function passSeconds(seconds: number) {
  for (let second = 0; second < seconds; second += 1) act(() => void vi.advanceTimersByTime(1000));
}

describe('RefreshControl', () => {
  afterEach(() => vi.useRealTimers());

  it('says how long ago the data came, and the age ticks by itself', () => {
    vi.useFakeTimers({ now: new Date('2026-03-01T12:00:00Z'), toFake: ['Date', 'setTimeout', 'clearTimeout'] });
    renderWithProviders(<RefreshControl query={aQuery({ dataUpdatedAt: Date.now() - 5000 })} label="Refresh Instances" />);
    expect(screen.getByText('Updated 5 seconds ago')).toBeInTheDocument();
    passSeconds(10);
    expect(screen.getByText('Updated 15 seconds ago')).toBeInTheDocument();
    passSeconds(45);
    expect(screen.getByText('Updated 1 minute ago')).toBeInTheDocument();
  });

  it('refetches the query and the lookups beside it on click, and not again while one is on its way', async () => {
    const main = aQuery();
    const side = aQuery();
    const first = renderWithProviders(<RefreshControl query={main} also={[side]} label="Refresh Volume Snapshots" />);
    await first.user.click(screen.getByRole('button', { name: 'Refresh Volume Snapshots' }));
    expect(main.refetch).toHaveBeenCalledTimes(1);
    expect(side.refetch).toHaveBeenCalledTimes(1);
    first.unmount();

    const second = renderWithProviders(<RefreshControl query={main} also={[{ ...side, isFetching: true }]} label="Refresh Volume Snapshots" />);
    const busy = screen.getByRole('button', { name: 'Refresh Volume Snapshots' });
    expect(busy).toHaveAttribute('aria-busy', 'true');
    await second.user.click(busy);
    expect(main.refetch).toHaveBeenCalledTimes(1);
  });

  it('shows no age before the first answer', () => {
    renderWithProviders(<RefreshControl query={aQuery({ dataUpdatedAt: 0 })} label="Refresh Images" />);
    expect(screen.queryByText(/Updated/)).not.toBeInTheDocument();
  });
});

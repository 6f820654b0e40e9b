import { focusManager, QueryObserver } from '@tanstack/react-query';
import { vi } from 'vitest';
import { createQueryClient, FRESH_MS } from './query-client';

describe('query client: refetch on focus, throttled', () => {
  afterEach(() => {
    focusManager.setFocused(undefined);
    vi.useRealTimers();
  });

  it('refetches what is shown when the window regains focus, but not more than once per FRESH_MS', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    const client = createQueryClient();
    client.mount();
    const fetcher = vi.fn<() => Promise<string>>(() => Promise.resolve('rows'));
    const observer = new QueryObserver(client, { queryKey: ['servers'], queryFn: fetcher });
    const unsubscribe = observer.subscribe(() => undefined);
    await vi.waitFor(() => expect(fetcher).toHaveBeenCalledTimes(1));

    focusManager.setFocused(false);
    focusManager.setFocused(true);
    await Promise.resolve();
    expect(fetcher).toHaveBeenCalledTimes(1);

    vi.advanceTimersByTime(FRESH_MS + 1);
    focusManager.setFocused(false);
    focusManager.setFocused(true);
    await vi.waitFor(() => expect(fetcher).toHaveBeenCalledTimes(2));
    unsubscribe();
    client.unmount();
    client.clear();
  });
});

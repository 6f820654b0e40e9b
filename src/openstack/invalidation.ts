import type { QueryClient } from '@tanstack/react-query';

const running = new WeakMap<QueryClient, Map<string, number>>();

function counts(client: QueryClient): Map<string, number> {
  let map = running.get(client);
  if (!map) {
    map = new Map();
    running.set(client, map);
  }
  return map;
}

/**
 * The one invalidation rule of a mutation that may run many times at once (a bulk delete): the
 * caches are refreshed when the last run in flight settles, so 40 deletes cost one list reload,
 * not 40, while a single run refreshes at once. `batch` names the mutation (its key, joined).
 */
export const settleBatch = {
  /** From `onMutate`: one more run in flight. */
  start(client: QueryClient, batch: string): void {
    const map = counts(client);
    map.set(batch, (map.get(batch) ?? 0) + 1);
  },
  /**
   * From `onSettled`: one fewer; the last one refreshes. The refresh is not awaited: the mutation
   * (and a bulk run's summary) is done when the cloud answered, not one list round trip later.
   */
  end(client: QueryClient, batch: string, refresh: () => Promise<unknown>): void {
    const map = counts(client);
    const left = Math.max(0, (map.get(batch) ?? 1) - 1);
    map.set(batch, left);
    if (left === 0) void refresh().catch(() => undefined);
  },
};

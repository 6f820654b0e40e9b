export type BoundedResult<T, R> = { item: T; ok: true; value: R } | { item: T; ok: false; error: unknown };

export interface RunBoundedOptions<T, R> {
  /** Most workers in flight at once (at least 1). */
  concurrency: number;
  /** Called after each item settles, in completion order. */
  onSettled?(done: number, total: number, result: BoundedResult<T, R>): void;
}

/**
 * Runs `worker` over `items` with at most `concurrency` in flight.
 * Results come back in input order; a failure is recorded and the rest carry on.
 */
export async function runBounded<T, R>(
  items: readonly T[],
  worker: (item: T, index: number) => Promise<R>,
  { concurrency, onSettled }: RunBoundedOptions<T, R>,
): Promise<Array<BoundedResult<T, R>>> {
  const total = items.length;
  const results: Array<BoundedResult<T, R>> = [];
  const limit = Math.max(1, Math.min(Math.floor(concurrency) || 1, total));
  let next = 0;
  let done = 0;

  async function lane(): Promise<void> {
    while (next < total) {
      const index = next;
      next += 1;
      const item = items[index] as T;
      let result: BoundedResult<T, R>;
      try {
        // Promise.resolve().then(...) so a worker that throws synchronously is a failure, not a crash.
        const value = await Promise.resolve().then(() => worker(item, index));
        result = { item, ok: true, value };
      } catch (error) {
        result = { item, ok: false, error };
      }
      results[index] = result;
      done += 1;
      onSettled?.(done, total, result);
    }
  }

  await Promise.all(Array.from({ length: limit }, lane));
  return results;
}

import { runBounded } from './run-bounded';
import { deferred } from '../../tests/deferred';

const tick = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

describe('runBounded', () => {
  it('never runs more than `concurrency` workers at once', async () => {
    let inFlight = 0;
    let peak = 0;
    const items = Array.from({ length: 23 }, (_, index) => index);
    await runBounded(
      items,
      async (item) => {
        inFlight += 1;
        peak = Math.max(peak, inFlight);
        await new Promise((resolve) => setTimeout(resolve, (item * 7) % 5));
        inFlight -= 1;
        return item;
      },
      { concurrency: 4 },
    );
    expect(peak).toBe(4);
    expect(inFlight).toBe(0);
  });

  it('starts the next item as soon as one settles', async () => {
    const gates = [deferred<string>(), deferred<string>(), deferred<string>()];
    const started: number[] = [];
    const run = runBounded(
      gates,
      (gate, index) => {
        started.push(index);
        return gate.promise;
      },
      { concurrency: 2 },
    );
    await tick();
    expect(started).toEqual([0, 1]);
    gates[1]?.resolve('b');
    await tick();
    expect(started).toEqual([0, 1, 2]);
    gates[0]?.resolve('a');
    gates[2]?.resolve('c');
    const results = await run;
    expect(results.map((result) => (result.ok ? result.value : null))).toEqual(['a', 'b', 'c']);
  });

  it('keeps input order, records failures and carries on', async () => {
    const progress: Array<[number, number, boolean]> = [];
    const results = await runBounded(
      ['a', 'b', 'c', 'd', 'e'],
      async (item) => {
        // Later items finish first: order must still follow the input.
        await new Promise((resolve) => setTimeout(resolve, item === 'a' ? 20 : 1));
        if (item === 'c') throw new Error('c is protected');
        if (item === 'd') throw new Error('sync-looking failure');
        return item.toUpperCase();
      },
      { concurrency: 3, onSettled: (done, total, result) => progress.push([done, total, result.ok]) },
    );
    expect(results.map((result) => result.item)).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(results[0]).toEqual({ item: 'a', ok: true, value: 'A' });
    expect(results[2]).toMatchObject({ item: 'c', ok: false });
    expect(results[2]?.ok === false && (results[2].error as Error).message).toBe('c is protected');
    expect(results[4]).toEqual({ item: 'e', ok: true, value: 'E' });
    expect(progress.map(([done]) => done)).toEqual([1, 2, 3, 4, 5]);
    expect(progress.every(([, total]) => total === 5)).toBe(true);
    expect(progress.filter(([, , ok]) => !ok)).toHaveLength(2);
  });

  it('treats a worker that throws synchronously as a failure', async () => {
    const results = await runBounded(
      [1, 2],
      (item) => {
        if (item === 1) throw new Error('boom');
        return Promise.resolve(item);
      },
      { concurrency: 1 },
    );
    expect(results.map((result) => result.ok)).toEqual([false, true]);
  });

  it('handles an empty list and a silly concurrency', async () => {
    expect(await runBounded([], async () => 1, { concurrency: 5 })).toEqual([]);
    const results = await runBounded([1, 2, 3], async (item) => item * 2, { concurrency: 0 });
    expect(results.map((result) => result.ok && result.value)).toEqual([2, 4, 6]);
  });
});

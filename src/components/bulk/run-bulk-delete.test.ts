import { runBulkDelete } from './use-bulk-delete';

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('runBulkDelete', () => {
  it('never sends more than the bound at once, and a failure is recorded while the rest carry on', async () => {
    let active = 0;
    let peak = 0;
    const deleteOne = async (n: number) => {
      active += 1;
      peak = Math.max(peak, active);
      await pause(5);
      active -= 1;
      if (n === 3) throw new Error('no');
    };
    const results = await runBulkDelete([1, 2, 3, 4, 5, 6, 7], { deleteOne, concurrency: 2 }, () => {});
    expect(peak).toBe(2);
    expect(results.map((result) => result.ok)).toEqual([true, true, false, true, true, true, true]);
    expect(results[2]).toMatchObject({ ok: false, error: new Error('no') });
  });

  it('waits for each accepted delete to settle without holding a lane, and counts progress when settled', async () => {
    const progress: number[] = [];
    let settling = 0;
    let peakSettling = 0;
    const settleOne = async (n: number) => {
      settling += 1;
      peakSettling = Math.max(peakSettling, settling);
      await pause(20);
      settling -= 1;
      if (n === 2) throw new Error('refused');
    };
    const results = await runBulkDelete([1, 2, 3, 4], { deleteOne: async () => pause(1), settleOne, concurrency: 1 }, (done) => progress.push(done));
    expect(peakSettling).toBeGreaterThan(1);
    expect(results.map((result) => result.ok)).toEqual([true, false, true, true]);
    expect(progress).toEqual([1, 2, 3, 4]);
  });
});

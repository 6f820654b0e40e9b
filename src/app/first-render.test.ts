import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { firstRenderReady } from './first-render';
import { deferred } from '../../tests/deferred';

/** Whether `promise` has settled after the pending microtasks ran. */
async function isDone(promise: Promise<unknown>): Promise<boolean> {
  let done = false;
  void promise.then(() => {
    done = true;
  });
  await vi.advanceTimersByTimeAsync(0);
  return done;
}

describe('the first render', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('runs as soon as the code is ready when the rows came first', async () => {
    const code = deferred();
    const ready = firstRenderReady(code.promise, Promise.resolve(), 200);
    expect(await isDone(ready)).toBe(false);
    code.resolve();
    expect(await isDone(ready)).toBe(true);
  });

  it('waits for rows that arrive shortly after the code, and runs on their arrival', async () => {
    const code = deferred();
    const data = deferred();
    const ready = firstRenderReady(code.promise, data.promise, 200);
    code.resolve();
    await vi.advanceTimersByTimeAsync(50);
    expect(await isDone(ready)).toBe(false);
    data.resolve();
    expect(await isDone(ready)).toBe(true);
  });

  it('does not wait longer than the grace for slow rows: the page shows its loading state', async () => {
    const code = deferred();
    const ready = firstRenderReady(code.promise, new Promise(() => undefined), 200);
    await vi.advanceTimersByTimeAsync(1000);
    expect(await isDone(ready)).toBe(false);
    code.resolve();
    await vi.advanceTimersByTimeAsync(199);
    expect(await isDone(ready)).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(await isDone(ready)).toBe(true);
  });

  it('runs at once when the first read failed: the page shows the error itself', async () => {
    const data = deferred();
    const ready = firstRenderReady(Promise.resolve(), data.promise, 200);
    data.reject(new Error('Glance is down'));
    expect(await isDone(ready)).toBe(true);
  });
});

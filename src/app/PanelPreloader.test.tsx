import { QueryClient, QueryClientProvider, useQuery } from '@tanstack/react-query';
import { act, render, waitFor } from '@testing-library/react';
import { useState } from 'react';
import { PanelPreloader } from './PanelPreloader';
import { mainPanelModules, panelModules } from './panel-modules';
import { FALLBACK_DELAY_MS, schedulePanelPreload, type IdleEnv } from './panel-preload';

/** A window whose idle callbacks and timers run when the test says. */
function fakeEnv(withIdle: boolean) {
  const pending = new Map<number, () => void>();
  const delays: number[] = [];
  let next = 1;
  const add = (run: () => void) => {
    pending.set(next, run);
    return next++;
  };
  const env: IdleEnv = {
    setTimeout: (run, ms) => {
      delays.push(ms);
      return add(run);
    },
    clearTimeout: (handle) => void pending.delete(handle),
    ...(withIdle ? { requestIdleCallback: (run: () => void) => add(run), cancelIdleCallback: (handle: number) => void pending.delete(handle) } : {}),
  };
  const flush = () => {
    const runs = [...pending.values()];
    pending.clear();
    for (const run of runs) run();
  };
  return { env, flush, pending, delays };
}

function countingLoaders(n: number) {
  const calls = Array.from({ length: n }, () => 0);
  const loaders = calls.map((_, index) => () => {
    calls[index] = (calls[index] ?? 0) + 1;
    return Promise.resolve();
  });
  return { calls, loaders };
}

describe('schedulePanelPreload', () => {
  it('loads every panel in the next idle moment, once per page load', () => {
    const { env, flush } = fakeEnv(true);
    const { calls, loaders } = countingLoaders(3);
    schedulePanelPreload(loaders, env);
    expect(calls).toEqual([0, 0, 0]);
    flush();
    expect(calls).toEqual([1, 1, 1]);
    schedulePanelPreload(loaders, env);
    flush();
    expect(calls).toEqual([1, 1, 1]);
  });

  it('falls back to a timer without idle callbacks (Safari), and a cancel before it fires loads nothing', () => {
    const { env, flush, delays } = fakeEnv(false);
    const { calls, loaders } = countingLoaders(2);
    const cancel = schedulePanelPreload(loaders, env);
    expect(delays).toEqual([FALLBACK_DELAY_MS]);
    cancel();
    flush();
    expect(calls).toEqual([0, 0]);
    schedulePanelPreload(loaders, env);
    flush();
    expect(calls).toEqual([1, 1]);
  });

  it('a failed download is left to the router (no unhandled rejection)', async () => {
    const { env, flush } = fakeEnv(true);
    const failing = vi.fn<() => Promise<unknown>>(() => Promise.reject(new Error('offline')));
    schedulePanelPreload([failing], env);
    flush();
    await Promise.resolve();
    expect(failing).toHaveBeenCalledTimes(1);
  });
});

describe('PanelPreloader', () => {
  it('waits for the first screen’s reads to be answered, then preloads in an idle moment', async () => {
    const { env, flush, pending } = fakeEnv(true);
    const { calls, loaders } = countingLoaders(1);
    const client = new QueryClient();
    let answer: (value: string) => void = () => {};
    function FirstScreen() {
      const [started] = useState(() => new Promise<string>((resolve) => (answer = resolve)));
      useQuery({ queryKey: ['first'], queryFn: () => started });
      return null;
    }
    const view = render(
      <QueryClientProvider client={client}>
        <PanelPreloader loaders={loaders} env={env} />
      </QueryClientProvider>,
    );
    // Nothing read yet (the sign-in page): nothing scheduled.
    expect(pending.size).toBe(0);
    view.rerender(
      <QueryClientProvider client={client}>
        <PanelPreloader loaders={loaders} env={env} />
        <FirstScreen />
      </QueryClientProvider>,
    );
    await waitFor(() => expect(client.isFetching()).toBe(1));
    await act(async () => {});
    expect(pending.size).toBe(0);
    await act(async () => answer('done'));
    await waitFor(() => expect(pending.size).toBe(1));
    flush();
    expect(calls).toEqual([1]);
  });

  it('the main panels are the navigation’s four and Launch', () => {
    expect(mainPanelModules).toEqual([panelModules.instances, panelModules.images, panelModules.volumeSnapshots, panelModules.policies, panelModules.launch]);
  });
});

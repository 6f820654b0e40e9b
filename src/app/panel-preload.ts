/** What the preload needs of the window: an idle callback where there is one (Safari has none), else a timer. */
export interface IdleEnv {
  requestIdleCallback?: (run: () => void, options?: { timeout: number }) => number;
  cancelIdleCallback?: (handle: number) => void;
  setTimeout(run: () => void, ms: number): number;
  clearTimeout(handle: number): void;
}

/** Windows (page loads) whose panels were fetched already. */
const preloaded = new WeakSet<object>();

/** Without an idle callback, wait this long instead. */
export const FALLBACK_DELAY_MS = 1000;
/** An idle callback runs by then even on a busy page. */
export const IDLE_TIMEOUT_MS = 5000;

/**
 * Fetches the panels' chunks when the browser is next idle, once per page load (`env`). Returns a
 * cancel for a preload that has not started yet: more work came in, the next quiet moment will do.
 */
export function schedulePanelPreload(loaders: ReadonlyArray<() => Promise<unknown>>, env: IdleEnv): () => void {
  if (preloaded.has(env)) return () => {};
  const run = () => {
    if (preloaded.has(env)) return;
    preloaded.add(env);
    // A failed download is tried again by the router on navigation, as without the preload.
    for (const load of loaders) void load().catch(() => undefined);
  };
  const { requestIdleCallback, cancelIdleCallback } = env;
  if (requestIdleCallback && cancelIdleCallback) {
    const handle = requestIdleCallback.call(env, run, { timeout: IDLE_TIMEOUT_MS });
    return () => cancelIdleCallback.call(env, handle);
  }
  const handle = env.setTimeout(run, FALLBACK_DELAY_MS);
  return () => env.clearTimeout(handle);
}

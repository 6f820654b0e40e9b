/**
 * Runs `work` once the page is idle (at the latest after `timeoutMs`), or soon where the browser
 * has no idle callbacks. Returns the cancel.
 */
export function whenIdle(work: () => void, timeoutMs: number): () => void {
  if (typeof requestIdleCallback === 'function') {
    const idle = requestIdleCallback(work, { timeout: timeoutMs });
    return () => cancelIdleCallback(idle);
  }
  const timer = setTimeout(work, Math.min(timeoutMs, 200));
  return () => clearTimeout(timer);
}

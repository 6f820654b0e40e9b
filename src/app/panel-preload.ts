/** Loaders started in this page load (a module is downloaded once; the router then finds it ready). */
const started = new WeakSet<() => Promise<unknown>>();

/**
 * Fetches a panel's chunk ahead of a navigation that is about to happen: the pointer or the
 * keyboard is on its link, or an operation just started whose end that panel shows. Once per
 * page load; a failed download may be tried again (the router would try it on navigation anyway).
 * Nothing is fetched on speculation: a page load costs only what its own panel needs.
 */
export function preloadPanel(load: () => Promise<unknown>): void {
  if (started.has(load)) return;
  started.add(load);
  void load().catch(() => started.delete(load));
}

const heldHere = new Set<string>();

/**
 * Runs `work` only if no other holder (this tab or another) is working on the same plan, and
 * returns undefined without running it otherwise. The Web Locks API frees a lock when its tab
 * closes or reloads, so a plan is never stuck behind a dead tab. Where the API is missing
 * (old browsers, jsdom) the guard covers this tab only.
 */
export async function withPlanLock<T>(name: string, work: () => Promise<T>): Promise<T | undefined> {
  const locks = globalThis.navigator?.locks;
  if (locks) {
    return locks.request(`snapshot-dashboard:${name}`, { ifAvailable: true }, async (lock) => (lock ? work() : undefined));
  }
  if (heldHere.has(name)) return undefined;
  heldHere.add(name);
  try {
    return await work();
  } finally {
    heldHere.delete(name);
  }
}

// @ts-check
/**
 * The log lines of a run's events, one per event, naming the replica that did it:
 * `[policies] replica=<id> run=<id> policy=<id> slot=<iso> <what>`. Ids, phases and image ids
 * only: never a name a user typed, a token or a secret.
 */

/** @typedef {import('../../src/policy-engine/index.mjs').Run} Run */

/**
 * @param {{ replica: string, run: string, policy: string, slot: string, what: string }} event
 */
export function runEventLine({ replica, run, policy, slot, what }) {
  return `[policies] replica=${replica} run=${run} policy=${policy} slot=${slot} ${what}`;
}

/**
 * What one step changed, in a few words ('' when nothing did): the targets found, each instance's
 * phase change (with the snapshot it got), the snapshots retention deleted.
 * @param {Run} before
 * @param {Run} after
 */
export function stepSummary(before, after) {
  /** @type {string[]} */
  const parts = [];
  if (!before.targetsResolvedAt && after.targetsResolvedAt) parts.push(`targets=${after.items.length}`);
  for (const item of after.items) {
    const was = before.items.find((candidate) => candidate.instanceId === item.instanceId);
    if (was && was.phase === item.phase) continue;
    const got = item.snapshotId && item.snapshotId !== was?.snapshotId ? ` snapshot=${item.snapshotId}` : '';
    const outcome = item.phase === 'done' && item.outcome ? ` ${item.outcome}` : '';
    parts.push(`instance=${item.instanceId} ${was?.phase ?? 'new'}->${item.phase}${got}${outcome}`);
  }
  for (const gone of after.deleted.slice(before.deleted.length)) parts.push(`deleted=${gone.imageId}`);
  return parts.join(', ');
}

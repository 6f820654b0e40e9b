// @ts-check
/**
 * A stored policy as the API shows it (policySchema): the input, its times, the next run, a summary
 * of the newest run and the credential's id and expiry, never its secret.
 */
import { nextRuns, summarizeRun } from '../../src/policy-engine/index.mjs';

/** @typedef {import('../../src/policy-engine/index.mjs').Policy} Policy */
/** @typedef {import('../../src/policy-engine/index.mjs').PolicyInput} PolicyInput */
/** @typedef {import('../../src/policy-engine/index.mjs').Run} Run */
/** @typedef {import('./store.mjs').PolicyRow} PolicyRow */

/**
 * @param {Date | null} date
 * @returns {string | null}
 */
export function isoOrNull(date) {
  return date ? new Date(date).toISOString() : null;
}

/**
 * When slots are counted from: the newest claimed slot, unless the schedule was changed or resumed
 * after it (then from that moment, so a pause or an edit does not cause a catch-up run).
 * @param {PolicyRow} row
 * @returns {Date | null} the last slot that still counts
 */
export function countingLastSlot(row) {
  return row.last_slot && row.last_slot.getTime() >= row.schedule_since.getTime() ? row.last_slot : null;
}

/**
 * @param {PolicyRow} row
 * @param {Run | null} lastRun
 * @param {Date} now
 * @returns {Policy}
 */
export function policyView(row, lastRun, now) {
  const input = /** @type {PolicyInput} */ (/** @type {unknown} */ (row.body));
  const last = countingLastSlot(row);
  const after = last && last.getTime() > now.getTime() ? last : now;
  const next = input.enabled ? (nextRuns(input.schedule, input.timeZone, after, 1)[0] ?? null) : null;
  return {
    ...input,
    id: row.id,
    projectId: row.project_id,
    createdAt: new Date(row.created_at).toISOString(),
    updatedAt: new Date(row.updated_at).toISOString(),
    nextRunAt: isoOrNull(next),
    lastRun: lastRun ? summarizeRun(lastRun) : null,
    credential: { id: row.credential_id, expiresAt: isoOrNull(row.credential_expires_at) },
  };
}

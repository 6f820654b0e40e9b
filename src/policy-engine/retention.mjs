// @ts-check
/**
 * Which of a policy's snapshots retention deletes. Only images whose dashboard_policy_id is this
 * policy are considered (a hand-made snapshot never is), a protected one never goes, and per
 * instance the newest active snapshot always stays, so a newer failed one cannot cost the last good
 * backup. An active snapshot stays when either rule keeps it: among the newest `keepLast`, or
 * younger than `maxAgeDays` (like restic's --keep-last with --keep-within). Snapshots that failed
 * (Glance `killed`) are deleted: they can never be used.
 */
import { imageInstanceId } from './port.mjs';
import { POLICY_ID_PROPERTY } from './schema.mjs';

/** @typedef {import('./port.mjs').PortImage} PortImage */

const DAY_MS = 24 * 60 * 60 * 1000;
const FAILED_STATUSES = new Set(['killed']);

/**
 * @param {PortImage} a
 * @param {PortImage} b
 */
function newestFirst(a, b) {
  return Date.parse(b.created_at) - Date.parse(a.created_at) || b.id.localeCompare(a.id);
}

/**
 * @template {PortImage} I
 * @param {object} input
 * @param {string} input.policyId
 * @param {readonly I[]} input.images any images; those of other policies or none are ignored
 * @param {number | null} input.keepLast
 * @param {number | null} input.maxAgeDays
 * @param {Date} input.now
 * @param {string} [input.instanceId] only this instance's snapshots
 * @returns {I[]} the images to delete, oldest first
 */
export function retentionVictims({ policyId, images, keepLast, maxAgeDays, now, instanceId }) {
  /** @type {Map<string, I[]>} */
  const byInstance = new Map();
  for (const image of images) {
    if (image[POLICY_ID_PROPERTY] !== policyId) continue;
    const instance = imageInstanceId(image) ?? '';
    if (instanceId !== undefined && instance !== instanceId) continue;
    const group = byInstance.get(instance) ?? [];
    group.push(image);
    byInstance.set(instance, group);
  }
  /** @type {I[]} */
  const victims = [];
  for (const group of byInstance.values()) {
    const active = group.filter((image) => image.status === 'active').sort(newestFirst);
    active.forEach((image, index) => {
      const keptByCount = keepLast !== null && index < keepLast;
      const keptByAge = maxAgeDays !== null && now.getTime() - Date.parse(image.created_at) < maxAgeDays * DAY_MS;
      if (index > 0 && !keptByCount && !keptByAge && !image.protected) victims.push(image);
    });
    for (const image of group) {
      if (FAILED_STATUSES.has(image.status) && !image.protected) victims.push(image);
    }
  }
  return victims.sort((a, b) => newestFirst(b, a));
}

import type { Policy, PolicyRun } from '@/openstack/policies/api';

const movingMs = 3_000;
const idleMaxMs = 60_000;

/**
 * Poll only what is moving: every few seconds while a run is going, else shortly after the soonest
 * next run is due (so its result shows up without a reload), at most once a minute; never while idle.
 */
export function policyRefetchInterval(policies: readonly Policy[] | undefined, runs?: readonly PolicyRun[], now: number = Date.now()): number | false {
  if (!policies) return false;
  if (policies.some((p) => p.lastRun?.state === 'running') || runs?.some((r) => r.endedAt === null)) return movingMs;
  const due = policies.flatMap((p) => (p.enabled && p.nextRunAt ? [Date.parse(p.nextRunAt)] : [])).filter(Number.isFinite);
  if (due.length === 0) return false;
  return Math.min(idleMaxMs, Math.max(movingMs, Math.min(...due) - now + 1_000));
}

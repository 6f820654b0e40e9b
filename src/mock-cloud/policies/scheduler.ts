import { advanceRun, startRun, summarizeRun } from '@/policy-engine/run.mjs';
import { dueSlot, nextRuns } from '@/policy-engine/schedule.mjs';
import type { CloudCore } from '../core';
import type { PolicyRunRecord, StoredPolicy } from '../db';
import { nextId } from '../ids';
import { mockRunPort, policyAuth } from './port';

/** How many steps one request may move a run: enough to pass every step that needs no waiting. */
const stepsPerTick = 25;
/** Runs kept per policy (the API lists the newest 20 by default). */
const keptRuns = 100;

function unfinished(stored: StoredPolicy): PolicyRunRecord | undefined {
  const last = stored.runs.at(-1);
  return last && last.endedAt === null ? last : undefined;
}

function lastScheduledSlot(stored: StoredPolicy): Date | null {
  for (let i = stored.runs.length - 1; i >= 0; i -= 1) {
    const run = stored.runs[i];
    if (run && run.trigger === 'schedule') return new Date(run.slot);
  }
  return null;
}

/** Moves a run as far as it goes without the clock moving; the caller stores it after every step. */
async function drive(core: CloudCore, stored: StoredPolicy, run: PolicyRunRecord): Promise<void> {
  const auth = policyAuth(core, stored.userId, stored.policy.projectId);
  if (!auth) return;
  const port = mockRunPort(core, auth);
  let current = run;
  for (let step = 0; step < stepsPerTick && current.endedAt === null; step += 1) {
    const next = await advanceRun(port, stored.policy, current);
    const moved = JSON.stringify(next) !== JSON.stringify(current);
    replaceRun(stored, next);
    current = next;
    if (!moved) break;
  }
}

function replaceRun(stored: StoredPolicy, run: PolicyRunRecord): void {
  const index = stored.runs.findIndex((r) => r.id === run.id);
  if (index >= 0) stored.runs[index] = run;
  else stored.runs.push(run);
  if (stored.runs.length > keptRuns) stored.runs.splice(0, stored.runs.length - keptRuns);
  stored.policy.lastRun = summarizeRun(run);
}

/**
 * Starts a run now (a manual one, or the due slot) and drives it. Returns the run as it started,
 * before any step: what the dashboard server answers to POST …/run (it drives runs in the background).
 */
export async function beginRun(core: CloudCore, stored: StoredPolicy, slot: Date, trigger: 'schedule' | 'manual'): Promise<PolicyRunRecord> {
  const run = startRun(stored.policy, slot, trigger, new Date(core.clock.now()), { id: nextId(core.db, 'policy-run') });
  replaceRun(stored, run);
  await drive(core, stored, run);
  return run;
}

function refreshNextRun(core: CloudCore, stored: StoredPolicy): void {
  const { policy } = stored;
  const next = policy.enabled ? nextRuns(policy.schedule, policy.timeZone, new Date(core.clock.now()), 1)[0] : undefined;
  policy.nextRunAt = next ? next.toISOString() : null;
}

/**
 * The mock's scheduler, run lazily before requests (no timers, like every lifecycle here): resumes
 * unfinished runs, then starts the one due slot of each enabled policy (one catch-up, never one per missed slot).
 */
export async function tickPolicies(core: CloudCore): Promise<void> {
  const now = new Date(core.clock.now());
  for (const stored of Object.values(core.db.policy.policies)) {
    const open = unfinished(stored);
    if (open) await drive(core, stored, open);
    if (stored.policy.enabled && !unfinished(stored)) {
      const slot = dueSlot(stored.policy.schedule, stored.policy.timeZone, {
        lastSlot: lastScheduledSlot(stored),
        since: new Date(stored.since),
        now,
      });
      if (slot) await beginRun(core, stored, slot, 'schedule');
    }
    refreshNextRun(core, stored);
  }
}

/** One tick at a time: requests arrive concurrently, and a slot must never be claimed twice. */
export function createPolicyTicker(core: CloudCore): () => Promise<void> {
  let chain: Promise<void> = Promise.resolve();
  return () => {
    const next = chain.then(() => tickPolicies(core));
    chain = next.catch((error: unknown) => console.error('[mock-cloud] policy tick failed', error));
    return chain;
  };
}

export { refreshNextRun };

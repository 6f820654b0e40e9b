// @ts-check
/**
 * The scheduler in the server process: every few seconds it claims the slots that are due (one row
 * per policy and slot, so a slot never runs twice) and drives every unfinished run a step at a time
 * with the engine's advanceRun, saving the run after each step. After a restart the runs that had
 * not ended are simply driven on from their last saved step.
 */
import { advanceRun, dueSlot, runSchema, startRun } from '../../src/policy-engine/index.mjs';
import { createCloudPort } from './cloud-port.mjs';
import { countingLastSlot, policyView } from './view.mjs';

/** @typedef {import('../../src/policy-engine/index.mjs').Run} Run */
/** @typedef {import('../../src/policy-engine/index.mjs').PolicyInput} PolicyInput */

/**
 * @typedef {object} SchedulerOptions
 * @property {import('./store.mjs').PolicyStore} store
 * @property {ReturnType<typeof import('./run-session.mjs').createRunSessions>} sessions
 * @property {import('./http-json.mjs').SendJson} sendJson
 * @property {() => Date} [now]
 * @property {number} [tickMs] how often due slots are looked for (5 s)
 * @property {number} [stepMs] the pause between two steps of a run (2 s)
 * @property {(line: string) => void} [log]
 */

/**
 * @param {number} ms
 */
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** @param {SchedulerOptions} options */
export function createScheduler(options) {
  const { store, sessions, sendJson } = options;
  const now = options.now ?? (() => new Date());
  const tickMs = options.tickMs ?? 5000;
  const stepMs = options.stepMs ?? 2000;
  const log = options.log ?? ((line) => console.log(line));
  /** @type {Map<string, Promise<void>>} */
  const active = new Map();
  /** @type {ReturnType<typeof setInterval> | null} */
  let timer = null;
  let stopping = false;
  /** @type {Promise<void> | null} */
  let ticking = null;

  /**
   * Drives a run to its end, a step at a time. Each step starts from the run as saved (never from a
   * copy a tick read earlier), so no step is ever made twice.
   * @param {string} policyId
   * @param {string} runId
   */
  const drive = async (policyId, runId) => {
    for (;;) {
      if (stopping) return;
      const saved = await store.getRun(runId);
      const row = await store.getPolicy(policyId, null);
      if (!saved || !row) return;
      const run = runSchema.parse(saved);
      if (run.endedAt) return;
      const port = createCloudPort({ sendJson, session: sessions.forPolicy(row), now });
      const next = await advanceRun(port, policyView(row, null, now()), run);
      if (!(await store.saveRun(next))) return;
      if (next.endedAt) {
        log(`Snapshot policy ${policyId}: run ${next.id} ${next.state}.`);
        return;
      }
      await sleep(stepMs);
    }
  };

  /**
   * @param {string} policyId
   * @param {string} runId
   */
  const follow = (policyId, runId) => {
    if (active.has(runId) || stopping) return;
    const going = drive(policyId, runId)
      .catch((error) => {
        // Tried again on the next tick, from the last saved step.
        log(`Snapshot policy ${policyId}: run ${runId} stopped: ${error instanceof Error ? error.message : String(error)}`);
      })
      .finally(() => active.delete(runId));
    active.set(runId, going);
  };

  const tickOnce = async () => {
    const unfinished = await store.unfinishedRuns();
    const busy = new Set(unfinished.map((row) => row.policy_id));
    for (const row of unfinished) follow(row.policy_id, row.id);
    const at = now();
    for (const row of await store.enabledPolicies()) {
      // A run still going is not overlapped: the slot waits and is caught up (once) when it ends.
      if (busy.has(row.id)) continue;
      const input = /** @type {PolicyInput} */ (/** @type {unknown} */ (row.body));
      const slot = dueSlot(input.schedule, input.timeZone, { lastSlot: countingLastSlot(row), since: row.schedule_since, now: at });
      if (!slot) continue;
      const run = startRun({ id: row.id }, slot, 'schedule', at);
      if (await store.claimSlot(row.id, run)) follow(row.id, run.id);
    }
  };

  let again = false;
  /** @returns {Promise<void>} */
  const tick = () => {
    if (stopping) return ticking ?? Promise.resolve();
    if (ticking) {
      // Asked during a tick (a manual run was just stored): look once more when it ends.
      again = true;
      return ticking;
    }
    ticking = tickOnce()
      .catch((error) => log(`Snapshot policies: the scheduler's tick failed: ${error instanceof Error ? error.message : String(error)}`))
      .finally(() => {
        ticking = null;
        if (again) {
          again = false;
          void tick();
        }
      });
    return ticking;
  };

  return {
    /** Resumes unfinished runs and starts ticking. */
    start() {
      stopping = false;
      timer = setInterval(() => void tick(), tickMs);
      return tick();
    },
    /** Looks for work now (a manual run was asked for). */
    wake: tick,
    /** Stops ticking and waits for the steps in flight to be saved. */
    async stop() {
      stopping = true;
      if (timer) clearInterval(timer);
      timer = null;
      await ticking;
      await Promise.all(active.values());
    },
    /** How many runs are being driven now (for tests). */
    activeRuns: () => active.size,
  };
}

// @ts-check
/**
 * The scheduler in each server process (replica): every few seconds it claims the slots that are
 * due (one row per policy and slot, so a slot never runs twice, whichever replica looks first) and
 * drives the runs it holds a step at a time with the engine's advanceRun, saving the run after each
 * step.
 *
 * Several replicas share one PostgreSQL. The replica that claims a slot holds a lease on the run's
 * row; it renews the lease while it works (every third of its length, and again before each step)
 * and each save is fenced by the lease's token. A replica that dies stops renewing: once the lease
 * has expired another replica takes the run over (bumping the token, so a late write of the old
 * holder never lands) and drives it on from its last saved step; a snapshot already requested is
 * found by the run's image properties and adopted, not requested again (see advanceRun).
 *
 * Why leases on the run rows rather than advisory locks or a job library: a session advisory lock
 * is tied to one connection, so a pool, a restarted PostgreSQL or a proxy in between loses or keeps
 * it without the replica knowing, and it cannot fence a late write; a lease is data in the row the
 * run already lives in, visible (who holds what, until when), checked by every write in the same
 * statement, and the same SQL works on the embedded PGlite. A job library (pg-boss, graphile-worker)
 * would bring its own schema and retry semantics around a run that already resumes itself step by
 * step, and would not run on PGlite.
 */
import { performance } from 'node:perf_hooks';
import { advanceRun, dueSlot, runSchema, startRun } from '../../src/policy-engine/index.mjs';
import { createCloudPort } from './cloud-port.mjs';
import { leaseGuardedPort } from './lease-guard.mjs';
import { runEventLine, stepSummary } from './run-log.mjs';
import { countingLastSlot, policyView } from './view.mjs';

/** @typedef {import('../../src/policy-engine/index.mjs').Run} Run */
/** @typedef {import('../../src/policy-engine/index.mjs').PolicyInput} PolicyInput */
/** @typedef {import('./store.mjs').Lease} Lease */

/**
 * @typedef {object} SchedulerOptions
 * @property {import('./store.mjs').PolicyStore} store
 * @property {ReturnType<typeof import('./run-session.mjs').createRunSessions>} sessions
 * @property {import('./http-json.mjs').SendJson} sendJson
 * @property {string} replicaId this process's name in leases and logs
 * @property {number} [leaseSeconds] how long a run stays with a replica that stopped renewing (60)
 * @property {boolean} [sole] the only process on its database (the embedded one): runs a crashed
 *   earlier process held are resumed at once, without waiting for their leases to run out
 * @property {() => Date} [now]
 * @property {number} [tickMs] how often due slots and orphaned runs are looked for (5 s)
 * @property {number} [stepMs] the pause between two steps of a run (2 s)
 * @property {(line: string) => void} [log]
 */

/** Runs one replica takes over per tick: the others get the rest. */
const TAKE_OVER_LIMIT = 10;

/**
 * @param {number} ms
 */
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** @param {unknown} error */
const words = (error) => (error instanceof Error ? error.message : String(/** @type {{ message?: unknown }} */ (error)?.message ?? error));

/** @param {SchedulerOptions} options */
export function createScheduler(options) {
  const { store, sessions, sendJson, replicaId } = options;
  const now = options.now ?? (() => new Date());
  const tickMs = options.tickMs ?? 5000;
  const stepMs = options.stepMs ?? 2000;
  const leaseSeconds = options.leaseSeconds ?? 60;
  const leaseMs = leaseSeconds * 1000;
  const log = options.log ?? ((line) => console.log(line));
  /**
   * The runs this replica holds, with the lease it holds each by and until when (on this process's
   * monotonic clock, counted from the start of the last renewal that succeeded).
   * @type {Map<string, { policyId: string, slot: string, lease: Lease, validUntil: number, lost: boolean, going: Promise<void> }>}
   */
  const held = new Map();
  /** @type {ReturnType<typeof setInterval> | null} */
  let timer = null;
  /** @type {ReturnType<typeof setInterval> | null} */
  let heartbeat = null;
  let stopping = false;
  /** @type {Promise<void> | null} */
  let ticking = null;

  /**
   * @param {{ policyId: string, slot: string }} run
   * @param {string} runId
   * @param {string} what
   */
  const event = (run, runId, what) => log(runEventLine({ replica: replicaId, run: runId, policy: run.policyId, slot: run.slot, what }));

  /**
   * Renews one held lease; marks it lost when the database says another replica has it (or it ran
   * out). A failing database is not a loss: the lease simply runs down while it fails.
   * @param {string} runId
   * @returns {Promise<boolean>} whether the lease is still held
   */
  const renew = async (runId) => {
    const entry = held.get(runId);
    if (!entry || entry.lost) return false;
    const asked = performance.now();
    try {
      if (await store.renewLease(runId, entry.lease, leaseSeconds)) {
        entry.validUntil = asked + leaseMs;
        return true;
      }
      entry.lost = true;
      event(entry, runId, 'lease lost: it ran out, or another replica took the run over, or the run was deleted');
      return false;
    } catch (error) {
      event(entry, runId, `could not renew the lease: ${words(error)}`);
      return performance.now() < entry.validUntil;
    }
  };

  /**
   * Drives a held run to its end, a step at a time. Each step starts from the run as saved (never
   * from a copy read earlier), so no step is ever made twice.
   * @param {string} runId
   */
  const drive = async (runId) => {
    for (;;) {
      const entry = held.get(runId);
      if (!entry || stopping || entry.lost) return;
      if (!(await renew(runId))) return;
      const saved = await store.getRun(runId);
      const row = await store.getPolicy(entry.policyId, null);
      if (!saved || !row) return;
      const run = runSchema.parse(saved);
      if (run.endedAt) return;
      const guard = leaseGuardedPort(createCloudPort({ sendJson, session: sessions.forPolicy(row), now }), () => {
        // Never act on the cloud in the last fifth of the lease: another replica may take over then.
        const current = held.get(runId);
        return Boolean(current && !current.lost && performance.now() < current.validUntil - leaseMs / 5);
      });
      const next = await advanceRun(guard.port, policyView(row, null, now()), run);
      if (guard.refused()) {
        event(entry, runId, 'step dropped: the lease ran low before the cloud was asked');
        return;
      }
      if (!(await store.saveRun(next, entry.lease))) {
        entry.lost = true;
        event(entry, runId, 'step not saved: the run is no longer held by this replica');
        return;
      }
      const change = stepSummary(run, next);
      if (change) event(entry, runId, change);
      if (next.endedAt) {
        event(entry, runId, `ended ${next.state}`);
        return;
      }
      await sleep(stepMs);
    }
  };

  /**
   * @param {string} runId
   * @param {string} policyId
   * @param {string} slot
   * @param {Lease} lease
   */
  const follow = (runId, policyId, slot, lease) => {
    if (held.has(runId)) return;
    /** @type {{ policyId: string, slot: string, lease: Lease, validUntil: number, lost: boolean, going: Promise<void> }} */
    const entry = { policyId, slot, lease, validUntil: performance.now() + leaseMs, lost: false, going: Promise.resolve() };
    held.set(runId, entry);
    entry.going = drive(runId)
      .catch((error) => {
        // Driven on from the last saved step: by this replica once the lease is given back below,
        // or by another one once it expires.
        event(entry, runId, `stopped: ${words(error)}`);
      })
      .then(async () => {
        held.delete(runId);
        if (!entry.lost) await store.releaseLease(runId, lease).catch(() => undefined);
      });
  };

  const tickOnce = async () => {
    const taken = await store.takeOverRuns(replicaId, leaseSeconds, [...held.keys()], TAKE_OVER_LIMIT, options.sole ?? false);
    for (const row of taken) {
      if (stopping) {
        await store.releaseLease(row.id, { owner: replicaId, token: row.lease_token });
        continue;
      }
      const saved = await store.getRun(row.id);
      const slot = typeof saved?.['slot'] === 'string' ? saved['slot'] : '';
      event({ policyId: row.policy_id, slot }, row.id, `took over${row.previous_owner ? ` from ${row.previous_owner}` : ''}`);
      follow(row.id, row.policy_id, slot, { owner: replicaId, token: row.lease_token });
    }
    if (stopping) return;
    const busy = new Set(await store.policiesWithUnfinishedRuns());
    const at = now();
    for (const row of await store.enabledPolicies()) {
      // A run still going is not overlapped: the slot waits and is caught up (once) when it ends.
      if (busy.has(row.id)) continue;
      const input = /** @type {PolicyInput} */ (/** @type {unknown} */ (row.body));
      const slot = dueSlot(input.schedule, input.timeZone, { lastSlot: countingLastSlot(row), since: row.schedule_since, now: at });
      if (!slot) continue;
      const run = startRun({ id: row.id }, slot, 'schedule', at);
      if (await store.claimSlot(row.id, run, { owner: replicaId, seconds: leaseSeconds })) {
        event(run, run.id, 'claimed');
        follow(run.id, row.id, run.slot, { owner: replicaId, token: 1 });
      }
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
      .catch((error) => log(`[policies] replica=${replicaId} the scheduler's tick failed: ${words(error)}`))
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
    /** Takes over unfinished runs nobody holds and starts ticking. */
    start() {
      stopping = false;
      timer = setInterval(() => void tick(), tickMs);
      heartbeat = setInterval(() => {
        for (const runId of held.keys()) void renew(runId);
      }, leaseMs / 3);
      return tick();
    },
    /** Looks for work now (a manual run was asked for). */
    wake: tick,
    /** Stops ticking, waits for the steps in flight to be saved and gives the held runs back. */
    async stop() {
      stopping = true;
      if (timer) clearInterval(timer);
      timer = null;
      await ticking;
      await Promise.all([...held.values()].map((entry) => entry.going));
      if (heartbeat) clearInterval(heartbeat);
      heartbeat = null;
    },
    /** How many runs are being driven now (for tests). */
    activeRuns: () => held.size,
    /** The ids of the runs this replica holds now (for /healthz). */
    heldRuns: () => [...held.keys()],
    replicaId,
  };
}

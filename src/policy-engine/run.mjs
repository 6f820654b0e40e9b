// @ts-check
/**
 * The run executor, shared by the server's scheduler and the mock cloud. A run is plain data and
 * every step returns a new one: the caller stores it after each `advanceRun` and calls again (after
 * a short pause) until `endedAt` is set; after a restart it simply calls `advanceRun` on the stored
 * run. Each call moves every item being worked on one step; at most `concurrency` instances are
 * worked on at once.
 *
 * Per instance: pending → (stopping →) snapshotting → waiting → (starting →) retention → done.
 * The first call lists the targets and checks the image quota; an instance that is busy, in error
 * or over the quota is skipped with the reason. With consistency `shutoff` an ACTIVE instance is
 * stopped first and started again afterwards, even when its snapshot failed (one found shut off
 * stays shut off). Creating a snapshot
 * first looks for one this run already made of the instance (a restart between Nova's answer and
 * the store keeps no trace otherwise), so a resumed run never snapshots an instance twice.
 * Retention runs per instance once its new snapshot is active, never after a failed one; with a
 * port that can delete Cinder snapshots it also deletes those a pruned volume-backed snapshot holds.
 */
import { imageInstanceId, imageVolumeSnapshotIds, portErrorMessage, serverTaskState } from './port.mjs';
import { retentionVictims } from './retention.mjs';
import { snapshotName } from './names.mjs';
import { POLICY_ID_PROPERTY, POLICY_INSTANCE_PROPERTY, POLICY_NAME_PROPERTY, POLICY_RUN_PROPERTY } from './schema.mjs';
import { missingTargetIds, policyTargets } from './targets.mjs';

/** @typedef {import('./schema.mjs').Policy} Policy */
/** @typedef {import('./schema.mjs').Run} Run */
/** @typedef {import('./schema.mjs').RunItem} RunItem */
/** @typedef {import('./schema.mjs').RunItemPhase} RunItemPhase */
/** @typedef {import('./schema.mjs').RunItemReason} RunItemReason */
/** @typedef {import('./schema.mjs').RunSummary} RunSummary */
/** @typedef {import('./schema.mjs').RunTrigger} RunTrigger */
/** @typedef {import('./schema.mjs').DeletedSnapshot} DeletedSnapshot */
/** @typedef {import('./port.mjs').RunPort} RunPort */
/** @typedef {import('./port.mjs').PortServer} PortServer */

/** What a run reads of its policy. */
/** @typedef {Pick<Policy, 'id' | 'name' | 'targets' | 'timeZone' | 'retention' | 'consistency' | 'namePattern'>} RunPolicy */

/**
 * @typedef {object} RunOptions
 * @property {number} [concurrency] instances worked on at once (3)
 * @property {number} [stopTimeoutMs] how long an instance may take to shut off (10 min)
 * @property {number} [snapshotTimeoutMs] how long a snapshot may take to become active (60 min)
 * @property {number} [startTimeoutMs] how long an instance may take to start (10 min)
 */

const MINUTE = 60_000;
const DEFAULTS = { concurrency: 3, stopTimeoutMs: 10 * MINUTE, snapshotTimeoutMs: 60 * MINUTE, startTimeoutMs: 10 * MINUTE };
const GONE_IMAGE_STATUSES = new Set(['killed', 'deleted', 'pending_delete', 'deactivated']);

/** A random v4 UUID; crypto.randomUUID is missing on plain-HTTP pages, getRandomValues is not. */
function randomId() {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x40;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = [...bytes].map((byte) => byte.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/**
 * A new run, before any call to the cloud.
 * @param {Pick<Policy, 'id'>} policy
 * @param {Date} slot the scheduled time it is for (a manual run: when it was asked for)
 * @param {RunTrigger} trigger
 * @param {Date} now
 * @param {{ id?: string }} [options] id: the run's id (a random UUID)
 * @returns {Run}
 */
export function startRun(policy, slot, trigger, now, options = {}) {
  return {
    id: options.id ?? randomId(),
    policyId: policy.id,
    slot: slot.toISOString(),
    trigger,
    state: 'running',
    startedAt: now.toISOString(),
    endedAt: null,
    targetsResolvedAt: null,
    message: null,
    items: [],
    deleted: [],
  };
}

/**
 * @param {string} instanceId
 * @param {string} instanceName
 * @returns {RunItem}
 */
function newItem(instanceId, instanceName) {
  return {
    instanceId,
    instanceName,
    phase: 'pending',
    outcome: null,
    reason: null,
    snapshotId: null,
    snapshotName: null,
    message: null,
    startedAt: null,
    endedAt: null,
    phaseStartedAt: null,
    restart: false,
  };
}

/**
 * @param {RunItem} item
 * @param {RunItemReason} reason
 * @param {string | null} message
 * @param {string} at
 * @returns {RunItem}
 */
function skip(item, reason, message, at) {
  return { ...item, phase: 'done', outcome: 'skipped', reason, message, startedAt: item.startedAt ?? at, endedAt: at, phaseStartedAt: at };
}

/**
 * @param {RunItem} item
 * @param {RunItemPhase} phase
 * @param {string} at
 * @returns {RunItem}
 */
function moveTo(item, phase, at) {
  return { ...item, phase, phaseStartedAt: at };
}

/**
 * The item failed; an instance the run shut off is started again first.
 * @param {RunItem} item
 * @param {RunItemReason} reason
 * @param {string | null} message
 * @param {string} at
 * @returns {RunItem}
 */
function fail(item, reason, message, at) {
  const failed = { ...item, outcome: /** @type {const} */ ('failed'), reason, message };
  if (item.restart) return moveTo(failed, 'starting', at);
  return { ...moveTo(failed, 'done', at), endedAt: at };
}

/**
 * @param {RunItem} item
 * @param {string} at
 * @returns {RunItem}
 */
function succeed(item, at) {
  return { ...moveTo(item, 'done', at), outcome: item.outcome ?? 'succeeded', endedAt: at };
}

/**
 * Why a server cannot be snapshotted now, or null.
 * @param {PortServer} server
 * @returns {{ reason: RunItemReason, message: string | null } | null}
 */
function unfitReason(server) {
  if (server.status === 'ERROR') return { reason: 'instance-error', message: null };
  const task = serverTaskState(server);
  if (task) return { reason: 'instance-busy', message: task };
  return null;
}

/**
 * The first step: list the targets, check them and the quota.
 * @param {RunPort} port
 * @param {RunPolicy} policy
 * @param {Run} run
 * @param {string} at
 * @returns {Promise<Run>}
 */
async function resolveTargets(port, policy, run, at) {
  let servers;
  try {
    servers = await port.listServers();
  } catch (error) {
    return { ...run, state: 'failed', endedAt: at, targetsResolvedAt: at, message: portErrorMessage(error) };
  }
  // The quota is a courtesy check: a cloud that does not report it still refuses with its own words.
  /** @type {number | null} */
  let left = null;
  try {
    left = (await port.snapshotQuota()).left;
  } catch {
    left = null;
  }
  const items = policyTargets(policy, servers).map((server) => {
    const item = newItem(server.id, server.name);
    const unfit = unfitReason(server);
    if (unfit) return skip(item, unfit.reason, unfit.message, at);
    if (left !== null) {
      if (left <= 0) return skip(item, 'over-quota', null, at);
      left -= 1;
    }
    return item;
  });
  for (const id of missingTargetIds(policy, servers)) items.push(skip(newItem(id, id), 'instance-not-found', null, at));
  return { ...run, targetsResolvedAt: at, items };
}

/**
 * @typedef {object} StepContext
 * @property {RunPort} port
 * @property {RunPolicy} policy
 * @property {Run} run
 * @property {Date} now
 * @property {string} at now as ISO
 * @property {Required<RunOptions>} options
 */

/**
 * @param {RunItem} item
 * @param {StepContext} context
 * @param {number} limitMs
 */
function timedOut(item, context, limitMs) {
  return item.phaseStartedAt !== null && context.now.getTime() - Date.parse(item.phaseStartedAt) >= limitMs;
}

/**
 * @param {RunItem} item
 * @param {StepContext} context
 * @returns {Promise<RunItem>}
 */
async function stepPending(item, { port, policy, at }) {
  let server;
  try {
    server = await port.getServer(item.instanceId);
  } catch (error) {
    return fail({ ...item, startedAt: at }, 'snapshot-failed', portErrorMessage(error), at);
  }
  if (!server) return skip(item, 'instance-not-found', null, at);
  const unfit = unfitReason(server);
  if (unfit) return skip(item, unfit.reason, unfit.message, at);
  const started = { ...item, instanceName: server.name, startedAt: at };
  if (policy.consistency === 'shutoff' && server.status === 'ACTIVE') {
    try {
      await port.stopServer(item.instanceId);
    } catch (error) {
      return fail(started, 'stop-failed', portErrorMessage(error), at);
    }
    return { ...moveTo(started, 'stopping', at), restart: true };
  }
  return moveTo(started, 'snapshotting', at);
}

/**
 * @param {RunItem} item
 * @param {StepContext} context
 * @returns {Promise<RunItem>}
 */
async function stepStopping(item, context) {
  const { port, at } = context;
  let server;
  try {
    server = await port.getServer(item.instanceId);
  } catch (error) {
    if (timedOut(item, context, context.options.stopTimeoutMs)) return fail(item, 'stop-failed', portErrorMessage(error), at);
    return item;
  }
  if (!server) return fail({ ...item, restart: false }, 'instance-not-found', null, at);
  if (server.status === 'SHUTOFF' && !serverTaskState(server)) return moveTo(item, 'snapshotting', at);
  if (server.status === 'ERROR') return fail({ ...item, restart: false }, 'instance-error', null, at);
  if (timedOut(item, context, context.options.stopTimeoutMs)) return fail(item, 'stop-failed', null, at);
  return item;
}

/**
 * @param {RunItem} item
 * @param {StepContext} context
 * @returns {Promise<RunItem>}
 */
async function stepSnapshotting(item, { port, policy, run, at }) {
  try {
    const made = (await port.listPolicyImages(policy.id)).find(
      (image) => image[POLICY_RUN_PROPERTY] === run.id && imageInstanceId(image) === item.instanceId,
    );
    if (made) return { ...moveTo(item, 'waiting', at), snapshotId: made.id, snapshotName: made.name ?? item.snapshotName };
    const name = snapshotName(policy.namePattern, {
      instance: item.instanceName,
      instanceId: item.instanceId,
      policy: policy.name,
      at: new Date(run.slot),
      timeZone: policy.timeZone,
    });
    const imageId = await port.createSnapshot(item.instanceId, name, {
      [POLICY_ID_PROPERTY]: policy.id,
      [POLICY_NAME_PROPERTY]: policy.name,
      [POLICY_RUN_PROPERTY]: run.id,
      [POLICY_INSTANCE_PROPERTY]: item.instanceId,
    });
    return { ...moveTo(item, 'waiting', at), snapshotId: imageId, snapshotName: name };
  } catch (error) {
    return fail(item, 'snapshot-failed', portErrorMessage(error), at);
  }
}

/**
 * @param {RunItem} item
 * @param {StepContext} context
 * @returns {Promise<RunItem>}
 */
async function stepWaiting(item, context) {
  const { port, at } = context;
  const overdue = timedOut(item, context, context.options.snapshotTimeoutMs);
  let image;
  try {
    image = item.snapshotId === null ? null : await port.getImage(item.snapshotId);
  } catch (error) {
    return overdue ? fail(item, 'snapshot-failed', portErrorMessage(error), at) : item;
  }
  if (!image || GONE_IMAGE_STATUSES.has(image.status)) return fail(item, 'snapshot-failed', null, at);
  if (image.status === 'active') return moveTo(item, item.restart ? 'starting' : 'retention', at);
  return overdue ? fail(item, 'snapshot-failed', null, at) : item;
}

/**
 * @param {RunItem} item
 * @param {StepContext} context
 * @returns {Promise<RunItem>}
 */
async function stepStarting(item, context) {
  const { port, at } = context;
  const overdue = timedOut(item, context, context.options.startTimeoutMs);
  /** @param {string | null} message */
  const startFailed = (message) => ({
    ...moveTo(item, 'done', at),
    restart: false,
    outcome: /** @type {const} */ ('failed'),
    // A snapshot failure stays the reason: it happened first.
    reason: item.outcome === 'failed' ? item.reason : /** @type {const} */ ('start-failed'),
    message: item.outcome === 'failed' ? item.message : message,
    endedAt: at,
  });
  let server;
  try {
    server = await port.getServer(item.instanceId);
  } catch (error) {
    return overdue ? startFailed(portErrorMessage(error)) : item;
  }
  if (!server || server.status === 'ERROR') return startFailed(null);
  const busy = serverTaskState(server) !== null;
  if (server.status === 'ACTIVE' && !busy) {
    const started = { ...item, restart: false };
    return item.outcome === 'failed' ? { ...moveTo(started, 'done', at), endedAt: at } : moveTo(started, 'retention', at);
  }
  if (overdue) return startFailed(null);
  if (server.status === 'SHUTOFF' && !busy) {
    try {
      await port.startServer(item.instanceId);
    } catch (error) {
      return startFailed(portErrorMessage(error));
    }
  }
  return item;
}

/**
 * @param {RunItem} item
 * @param {StepContext} context
 * @returns {Promise<{ item: RunItem, deleted: DeletedSnapshot[] }>}
 */
async function stepRetention(item, { port, policy, now, at }) {
  /** @type {DeletedSnapshot[]} */
  const deleted = [];
  /** @type {string | null} */
  let problem = null;
  try {
    const victims = retentionVictims({
      policyId: policy.id,
      images: await port.listPolicyImages(policy.id),
      keepLast: policy.retention.keepLast,
      maxAgeDays: policy.retention.maxAgeDays,
      now,
      instanceId: item.instanceId,
    });
    for (const victim of victims) {
      try {
        // The volume snapshots first: if Cinder refuses one (a volume was made from it), the image
        // stays as its record and the next run tries again.
        for (const snapshotId of port.deleteVolumeSnapshot ? imageVolumeSnapshotIds(victim) : []) {
          await port.deleteVolumeSnapshot?.(snapshotId);
        }
        await port.deleteImage(victim.id);
        deleted.push({ imageId: victim.id, name: victim.name ?? '', instanceId: item.instanceId });
      } catch (error) {
        problem ??= portErrorMessage(error);
      }
    }
  } catch (error) {
    problem = portErrorMessage(error);
  }
  const done = succeed(item, at);
  return { item: problem === null ? done : { ...done, reason: 'retention-failed', message: problem }, deleted };
}

/**
 * One step of one item.
 * @param {RunItem} item
 * @param {StepContext} context
 * @returns {Promise<{ item: RunItem, deleted: DeletedSnapshot[] }>}
 */
async function stepItem(item, context) {
  switch (item.phase) {
    case 'pending':
      return { item: await stepPending(item, context), deleted: [] };
    case 'stopping':
      return { item: await stepStopping(item, context), deleted: [] };
    case 'snapshotting':
      return { item: await stepSnapshotting(item, context), deleted: [] };
    case 'waiting':
      return { item: await stepWaiting(item, context), deleted: [] };
    case 'starting':
      return { item: await stepStarting(item, context), deleted: [] };
    case 'retention':
      return stepRetention(item, context);
    case 'done':
      return { item, deleted: [] };
  }
}

/**
 * The run's state once every item is done (else unchanged).
 * @param {Run} run
 * @param {string} at
 * @returns {Run}
 */
function settle(run, at) {
  if (run.endedAt || run.items.some((item) => item.phase !== 'done')) return run;
  const succeeded = run.items.filter((item) => item.outcome === 'succeeded').length;
  /** @type {Run['state']} */
  let state = 'partial';
  if (succeeded === run.items.length) state = 'succeeded';
  else if (succeeded === 0) state = 'failed';
  return { ...run, state, endedAt: at };
}

/**
 * Moves a run on by one step (see the module comment) and returns the new run; a finished run comes
 * back as it is. Never throws for the cloud's errors: they end up in the run.
 * @param {RunPort} port
 * @param {RunPolicy} policy
 * @param {Run} run
 * @param {RunOptions} [options]
 * @returns {Promise<Run>}
 */
export async function advanceRun(port, policy, run, options = {}) {
  if (run.endedAt) return run;
  const now = port.now();
  const at = now.toISOString();
  if (!run.targetsResolvedAt) return settle(await resolveTargets(port, policy, run, at), at);
  /** @type {StepContext} */
  const context = { port, policy, run, now, at, options: { ...DEFAULTS, ...options } };
  const working = run.items.flatMap((item, index) => (item.phase !== 'pending' && item.phase !== 'done' ? [index] : []));
  const waiting = run.items.flatMap((item, index) => (item.phase === 'pending' ? [index] : []));
  const chosen = [...working, ...waiting.slice(0, Math.max(0, context.options.concurrency - working.length))];
  const steps = await Promise.all(chosen.map((index) => stepItem(/** @type {RunItem} */ (run.items[index]), context)));
  const items = [...run.items];
  const deleted = [...run.deleted];
  steps.forEach((step, position) => {
    items[/** @type {number} */ (chosen[position])] = step.item;
    deleted.push(...step.deleted);
  });
  return settle({ ...run, items, deleted }, at);
}

/**
 * Calls `advanceRun` for as long as each call changes the run (and at most `maxSteps` times),
 * handing every new run to `persist` before the next call: what a caller does when it gets a turn
 * (a scheduler tick, a request to the mock cloud). Stops when the run ends or waits on the cloud.
 * @param {RunPort} port
 * @param {RunPolicy} policy
 * @param {Run} run
 * @param {RunOptions & { persist?: (run: Run) => void | Promise<void>, maxSteps?: number }} [options]
 * @returns {Promise<Run>}
 */
export async function advanceRunWhileMoving(port, policy, run, options = {}) {
  const { persist, maxSteps = 50, ...runOptions } = options;
  let current = run;
  for (let step = 0; step < maxSteps && !current.endedAt; step += 1) {
    const next = await advanceRun(port, policy, current, runOptions);
    if (JSON.stringify(next) === JSON.stringify(current)) break;
    current = next;
    await persist?.(current);
  }
  return current;
}

/**
 * What a policy shows of a run.
 * @param {Run} run
 * @returns {RunSummary}
 */
export function summarizeRun(run) {
  /** @param {RunItem['outcome']} outcome */
  const count = (outcome) => run.items.filter((item) => item.outcome === outcome && item.phase === 'done').length;
  return {
    id: run.id,
    slot: run.slot,
    trigger: run.trigger,
    state: run.state,
    startedAt: run.startedAt,
    endedAt: run.endedAt,
    succeeded: count('succeeded'),
    failed: count('failed'),
    skipped: count('skipped'),
  };
}

import type { MockDb, Plan, PlanKind } from './db';
import { planKey } from './db/plans';
import { nextId } from './ids';
import { isoMicros, isoSeconds } from './time';

const messageTtlMs = 30 * 24 * 3600 * 1000;

/** Starts (or replaces) the lifecycle of one resource. Offsets are already scaled by the caller. */
export function schedule(db: MockDb, plan: Plan): void {
  plan.steps.sort((a, b) => a.at - b.at);
  db.meta.plans[planKey(plan.kind, plan.id)] = plan;
}

export function cancelPlan(db: MockDb, kind: PlanKind, id: string): void {
  delete db.meta.plans[planKey(kind, id)];
}

/** Applies every step due by `now`, oldest first, so cross-resource effects happen in time order. */
export function settle(db: MockDb, now: number): void {
  for (;;) {
    let dueKey: string | undefined;
    let dueAt = Number.POSITIVE_INFINITY;
    for (const [key, plan] of Object.entries(db.meta.plans)) {
      const step = plan.steps[0];
      if (!step) continue;
      const at = plan.startedAt + step.at;
      if (at <= now && at < dueAt) {
        dueAt = at;
        dueKey = key;
      }
    }
    if (dueKey === undefined) return;
    const plan = db.meta.plans[dueKey];
    if (!plan) return;
    const alive = applyNextStep(db, plan, dueAt);
    if (!alive || plan.steps.length === 0) delete db.meta.plans[dueKey];
  }
}

function applyNextStep(db: MockDb, plan: Plan, at: number): boolean {
  switch (plan.kind) {
    case 'server': {
      const step = plan.steps.shift();
      const server = db.compute.servers[plan.id];
      if (!step || !server) return false;
      Object.assign(server, step.set);
      server.updated = isoSeconds(at);
      if (step.effect === 'server-launched') server.launched_at = isoSeconds(at);
      if (step.effect === 'server-gone') {
        removeServer(db, plan.id, at);
        return false;
      }
      return true;
    }
    case 'image': {
      const step = plan.steps.shift();
      const image = db.image.images[plan.id];
      if (!step || !image) return false;
      Object.assign(image, step.set);
      image.updated_at = isoSeconds(at);
      return true;
    }
    case 'volume': {
      const step = plan.steps.shift();
      const volume = db.volume.volumes[plan.id];
      if (!step || !volume) return false;
      Object.assign(volume, step.set);
      volume.updated_at = isoMicros(at);
      if (step.effect === 'volume-gone') {
        delete db.volume.volumes[plan.id];
        return false;
      }
      return true;
    }
    case 'snapshot': {
      const step = plan.steps.shift();
      const snapshot = db.volume.snapshots[plan.id];
      if (!step || !snapshot) return false;
      Object.assign(snapshot, step.set);
      snapshot.updated_at = isoMicros(at);
      if (step.effect === 'snapshot-delete') return finishSnapshotDelete(db, plan.id, at);
      return true;
    }
  }
}

/** Cinder's volume manager: SnapshotIsBusy puts the snapshot back to available and records a user message. */
function finishSnapshotDelete(db: MockDb, id: string, at: number): boolean {
  const snapshot = db.volume.snapshots[id];
  if (!snapshot) return false;
  const busy = Object.values(db.volume.volumes).some((v) => v.snapshot_id === id);
  if (!busy) {
    delete db.volume.snapshots[id];
    return false;
  }
  snapshot.status = 'available';
  const messageId = nextId(db, 'message');
  db.volume.messages[messageId] = {
    id: messageId,
    project_id: snapshot.project_id,
    message_level: 'ERROR',
    user_message: 'delete snapshot: Snapshot is busy.',
    resource_type: 'VOLUME_SNAPSHOT',
    resource_uuid: id,
    event_id: 'VOLUME_VOLUME_SNAPSHOT_010_015',
    request_id: `req-${nextId(db, 'request')}`,
    created_at: isoMicros(at),
    guaranteed_until: isoMicros(at + messageTtlMs),
  };
  return false;
}

/** Nova's terminate: ports go, volumes marked delete_on_termination go (unless Cinder refuses), others detach. */
function removeServer(db: MockDb, id: string, at: number): void {
  const server = db.compute.servers[id];
  if (!server) return;
  for (const port of Object.values(db.network.ports)) {
    if (port.device_id === id) delete db.network.ports[port.id];
  }
  for (const attached of server.volumes_attached) {
    const volume = db.volume.volumes[attached.id];
    if (!volume) continue;
    volume.attachments = volume.attachments.filter((a) => a.server_id !== id);
    volume.updated_at = isoMicros(at);
    const hasSnapshots = Object.values(db.volume.snapshots).some((s) => s.volume_id === volume.id);
    if (attached.delete_on_termination && !hasSnapshots) {
      delete db.volume.volumes[volume.id];
      cancelPlanSilently(db, volume.id);
    } else if (volume.attachments.length === 0) {
      volume.status = 'available';
    }
  }
  delete db.compute.servers[id];
}

function cancelPlanSilently(db: MockDb, volumeId: string): void {
  delete db.meta.plans[planKey('volume', volumeId)];
}

import { scaled } from '../core';
import type { VolumeSnapshot } from '../db';
import { snapshotRecord } from '../factories';
import type { Ctx } from '../http/context';
import { badRequest, notFound } from '../http/errors';
import { isRecord, stringMap } from '../http/input';
import { json } from '../http/respond';
import { nextId } from '../ids';
import { schedule } from '../lifecycle';
import { volumeQuotaError } from '../ops/usage';
import { isoMicros } from '../time';
import { snapshotView } from '../views/cinder';
import { cinderList } from './cinder-list';

function mine(ctx: Ctx): VolumeSnapshot[] {
  return Object.values(ctx.db.volume.snapshots).filter((s) => s.project_id === ctx.auth.project.id);
}

export function findSnapshot(ctx: Ctx): VolumeSnapshot {
  const id = ctx.param('snapshot_id');
  const snapshot = ctx.db.volume.snapshots[id];
  if (!snapshot || snapshot.project_id !== ctx.auth.project.id) throw notFound(`Snapshot ${id} could not be found.`);
  return snapshot;
}

export function listSnapshots(ctx: Ctx, detail: boolean): Response {
  return cinderList(ctx, {
    items: mine(ctx),
    filters: { name: (s) => s.name, status: (s) => s.status, volume_id: (s) => s.volume_id },
    sortKeys: ['created_at', 'updated_at', 'id', 'name', 'status', 'size', 'volume_id'],
    field: (s, key) => (s as unknown as Record<string, unknown>)[key],
    collection: 'snapshots',
    linksPath: detail ? 'snapshots/detail' : 'snapshots',
    view: (s) => snapshotView(ctx, s, detail),
  });
}

export async function createSnapshot(ctx: Ctx): Promise<Response> {
  const body = await ctx.json();
  const req = isRecord(body) ? body['snapshot'] : undefined;
  if (!isRecord(req)) throw badRequest("Missing required element 'snapshot' in request body.");
  const volumeId = typeof req['volume_id'] === 'string' ? req['volume_id'] : '';
  const volume = ctx.db.volume.volumes[volumeId];
  if (!volume || volume.project_id !== ctx.auth.project.id) throw notFound(`Volume ${volumeId} could not be found.`);
  const force = req['force'] === true || req['force'] === 'true' || req['force'] === 'True';
  const inUseOk = force || ctx.mv >= 66;
  if (!(volume.status === 'available' || (volume.status === 'in-use' && inUseOk))) {
    throw badRequest(`Invalid volume: Volume ${volume.id} status must be available, but current status is: ${volume.status}.`);
  }
  const quota = volumeQuotaError(ctx.db, ctx.auth.project.id, { snapshots: 1, gigabytes: volume.size });
  if (quota) throw quota;
  const metadata = stringMap(req['metadata']);
  if (metadata === null) throw badRequest('Invalid input received: metadata values must be strings');
  const id = nextId(ctx.db, 'snapshot');
  const snapshot = snapshotRecord({
    id,
    name: typeof req['name'] === 'string' ? req['name'] : null,
    description: typeof req['description'] === 'string' ? req['description'] : null,
    volume_id: volume.id,
    size: volume.size,
    project_id: ctx.auth.project.id,
    user_id: ctx.auth.user.id,
    created_at: isoMicros(ctx.now),
    updated_at: null,
    status: 'creating',
    progress: '0%',
    metadata,
  });
  ctx.db.volume.snapshots[id] = snapshot;
  schedule(ctx.db, { kind: 'snapshot', id, startedAt: ctx.now, steps: [{ at: scaled(ctx.core, 2000), set: { status: 'available', progress: '100%' } }] });
  // Cinder's extended snapshot attributes (progress, project_id) extend show and detail only.
  return json({ snapshot: snapshotView(ctx, snapshot, false) }, 202);
}

export async function updateSnapshot(ctx: Ctx): Promise<Response> {
  const snapshot = findSnapshot(ctx);
  const body = await ctx.json();
  const req = isRecord(body) ? body['snapshot'] : undefined;
  if (!isRecord(req)) throw badRequest("Missing required element 'snapshot' in request body.");
  const name = req['name'] ?? req['display_name'];
  const description = req['description'] ?? req['display_description'];
  if (typeof name === 'string' || name === null) snapshot.name = name;
  if (typeof description === 'string' || description === null) snapshot.description = description;
  snapshot.updated_at = isoMicros(ctx.now);
  return json({ snapshot: snapshotView(ctx, snapshot, false) });
}

/** 202 and `deleting`; two seconds later it is gone — or back to `available` if volumes were made from it. */
export function deleteSnapshot(ctx: Ctx): Response {
  const snapshot = findSnapshot(ctx);
  if (!['available', 'error'].includes(snapshot.status) || snapshot.group_snapshot_id !== null) {
    throw badRequest('Invalid snapshot: Volume Snapshot status must be available or error and must not be part of a group.');
  }
  snapshot.status = 'deleting';
  snapshot.updated_at = isoMicros(ctx.now);
  schedule(ctx.db, { kind: 'snapshot', id: snapshot.id, startedAt: ctx.now, steps: [{ at: scaled(ctx.core, 2000), effect: 'snapshot-delete' }] });
  return new Response(null, { status: 202 });
}

import { scaled } from '../core';
import type { Volume } from '../db';
import { defaultVolumeType } from '../db/volume';
import { volumeImageMetadata, volumeRecord } from '../factories';
import type { Ctx } from '../http/context';
import { badRequest, notFound } from '../http/errors';
import { isRecord, stringMap, type Json } from '../http/input';
import { json } from '../http/respond';
import { nextId } from '../ids';
import { cancelPlan, schedule } from '../lifecycle';
import { canSeeImage } from '../ops/image-access';
import { volumeQuotaError } from '../ops/usage';
import { GiB, isoMicros } from '../time';
import { volumeBrief, volumeView } from '../views/cinder';
import { cinderList } from './cinder-list';

function findVolume(ctx: Ctx): Volume {
  const id = ctx.param('volume_id');
  const volume = ctx.db.volume.volumes[id];
  if (!volume || volume.project_id !== ctx.auth.project.id) throw notFound(`Volume ${id} could not be found.`);
  return volume;
}

export function listVolumes(ctx: Ctx, detail: boolean): Response {
  return cinderList(ctx, {
    items: Object.values(ctx.db.volume.volumes).filter((v) => v.project_id === ctx.auth.project.id),
    // resource_filters.json's volume keys, plus snapshot_id so "volumes made from this snapshot" is one call.
    filters: {
      name: (v) => v.name,
      status: (v) => v.status,
      bootable: (v) => (v.bootable ? 'true' : 'false'),
      availability_zone: (v) => v.availability_zone,
      size: (v) => v.size,
      snapshot_id: (v) => v.snapshot_id,
      source_volid: (v) => v.source_volid,
    },
    sortKeys: ['created_at', 'updated_at', 'id', 'name', 'status', 'size', 'bootable', 'availability_zone'],
    field: (v, key) => (v as unknown as Record<string, unknown>)[key],
    collection: 'volumes',
    linksPath: detail ? 'volumes/detail' : 'volumes',
    view: (v) => (detail ? volumeView(ctx, v) : volumeBrief(ctx, v)),
  });
}

export function showVolume(ctx: Ctx): Response {
  return json({ volume: volumeView(ctx, findVolume(ctx)) });
}

function sourceOf(ctx: Ctx, req: Json, size: number | null): Partial<Volume> & { size: number } {
  const db = ctx.db;
  const project = ctx.auth.project.id;
  if (typeof req['snapshot_id'] === 'string') {
    const snapshot = db.volume.snapshots[req['snapshot_id']];
    if (!snapshot || snapshot.project_id !== project) throw notFound(`Snapshot ${req['snapshot_id']} could not be found.`);
    if (snapshot.status !== 'available') throw badRequest("Invalid snapshot: Originating snapshot status must be one of 'available' values");
    const wanted = size ?? snapshot.size;
    if (wanted < snapshot.size) {
      throw badRequest(`Invalid input received: Volume size '${wanted}'GB cannot be smaller than the snapshot size ${snapshot.size}GB. They must be >= original snapshot size.`);
    }
    const source = db.volume.volumes[snapshot.volume_id];
    return { size: wanted, snapshot_id: snapshot.id, bootable: source?.bootable ?? false, image_metadata: source?.image_metadata ?? null };
  }
  if (typeof req['source_volid'] === 'string') {
    const source = db.volume.volumes[req['source_volid']];
    if (!source || source.project_id !== project) throw notFound(`Volume ${req['source_volid']} could not be found.`);
    const wanted = size ?? source.size;
    if (wanted < source.size) throw badRequest(`Invalid input received: Volume size '${wanted}'GB cannot be smaller than original volume size  ${source.size}GB. They must be >= original volume size.`);
    return { size: wanted, source_volid: source.id, bootable: source.bootable, image_metadata: source.image_metadata };
  }
  const imageRef = req['imageRef'] ?? req['image_id'];
  if (typeof imageRef === 'string') {
    const image = db.image.images[imageRef];
    if (!image || !canSeeImage(image, ctx.auth)) throw badRequest('Invalid image identifier or unable to access requested image.');
    if (image.status !== 'active') throw badRequest(`Invalid input received: Image ${image.id} is not active.`);
    if (size === null) throw badRequest("Invalid input received: Volume size must be specified when creating from an image.");
    const imageGb = Math.ceil((image.size ?? 0) / GiB);
    if (size < imageGb) throw badRequest(`Invalid input received: Size of specified image ${imageGb}GB is larger than volume size ${size}GB.`);
    if (size < image.min_disk) throw badRequest(`Invalid input received: Volume size ${size}GB cannot be smaller than the image minDisk size ${image.min_disk}GB.`);
    return { size, bootable: true, image_metadata: volumeImageMetadata(image) };
  }
  if (size === null) throw badRequest("Invalid input received: Volume size 'None' must be an integer and greater than 0");
  return { size };
}

export async function createVolume(ctx: Ctx): Promise<Response> {
  const body = await ctx.json();
  const req = isRecord(body) ? body['volume'] : undefined;
  if (!isRecord(req)) throw badRequest("Missing required element 'volume' in request body.");
  const rawSize = req['size'];
  const size = rawSize === undefined || rawSize === null ? null : Number(rawSize);
  if (size !== null && (!Number.isInteger(size) || size <= 0)) {
    throw badRequest(`Invalid input received: Volume size '${String(rawSize)}' must be an integer and greater than 0`);
  }
  const type = req['volume_type'];
  if (type !== undefined && type !== null && type !== defaultVolumeType.name && type !== defaultVolumeType.id) {
    throw notFound(`Volume type with name ${String(type)} could not be found.`);
  }
  const source = sourceOf(ctx, req, size);
  const quota = volumeQuotaError(ctx.db, ctx.auth.project.id, { volumes: 1, gigabytes: source.size });
  if (quota) throw quota;
  const metadata = stringMap(req['metadata']);
  if (metadata === null) throw badRequest('Invalid input received: metadata values must be strings');
  const id = nextId(ctx.db, 'volume');
  const volume = volumeRecord({
    ...source,
    id,
    name: typeof req['name'] === 'string' ? req['name'] : null,
    description: typeof req['description'] === 'string' ? req['description'] : null,
    project_id: ctx.auth.project.id,
    user_id: ctx.auth.user.id,
    created_at: isoMicros(ctx.now),
    updated_at: null,
    status: 'creating',
    metadata,
  });
  ctx.db.volume.volumes[id] = volume;
  // From an image, Cinder's volume manager shows `downloading` while it copies the image data.
  const fromImage = typeof req['imageRef'] === 'string' || typeof req['image_id'] === 'string';
  schedule(ctx.db, { kind: 'volume', id, startedAt: ctx.now, steps: [
    ...(fromImage ? [{ at: scaled(ctx.core, 1000), set: { status: 'downloading' } }] : []),
    { at: scaled(ctx.core, 2000), set: { status: 'available' } },
  ] });
  return json({ volume: volumeView(ctx, volume) }, 202);
}

export async function updateVolume(ctx: Ctx): Promise<Response> {
  const volume = findVolume(ctx);
  const body = await ctx.json();
  const req = isRecord(body) ? body['volume'] : undefined;
  if (!isRecord(req)) throw badRequest("Missing required element 'volume' in request body.");
  const name = req['name'] ?? req['display_name'];
  const description = req['description'] ?? req['display_description'];
  if (typeof name === 'string' || name === null) volume.name = name;
  if (typeof description === 'string' || description === null) volume.description = description;
  const metadata = req['metadata'] === undefined ? volume.metadata : stringMap(req['metadata']);
  if (metadata === null) throw badRequest('Invalid input received: metadata values must be strings');
  volume.metadata = metadata;
  volume.updated_at = isoMicros(ctx.now);
  return json({ volume: volumeView(ctx, volume) });
}

const deletable = ['available', 'error', 'error_restoring', 'error_extending', 'error_managing'];

export function deleteVolume(ctx: Ctx): Response {
  const volume = findVolume(ctx);
  const cascade = ctx.query.get('cascade')?.toLowerCase() === 'true';
  const snapshots = Object.values(ctx.db.volume.snapshots).filter((s) => s.volume_id === volume.id);
  if (!deletable.includes(volume.status) || volume.attachments.length > 0 || (snapshots.length > 0 && !cascade)) {
    throw badRequest(
      'Invalid volume: Volume status must be available or error or error_restoring or error_extending or error_managing and must not be migrating, attached, belong to a group, have snapshots, awaiting a transfer, or be disassociated from snapshots after volume transfer.',
    );
  }
  for (const snapshot of snapshots) {
    delete ctx.db.volume.snapshots[snapshot.id];
    cancelPlan(ctx.db, 'snapshot', snapshot.id);
  }
  volume.status = 'deleting';
  volume.updated_at = isoMicros(ctx.now);
  schedule(ctx.db, { kind: 'volume', id: volume.id, startedAt: ctx.now, steps: [{ at: scaled(ctx.core, 2000), effect: 'volume-gone' }] });
  return new Response(null, { status: 202 });
}

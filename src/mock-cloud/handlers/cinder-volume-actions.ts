import { scaled } from '../core';
import type { Volume } from '../db';
import { defaultVolumeType } from '../db/volume';
import { imageRecord, uploadedData } from '../factories';
import type { Ctx } from '../http/context';
import { ApiError, badRequest, notFound } from '../http/errors';
import { isRecord, type Json } from '../http/input';
import { json } from '../http/respond';
import { nextId } from '../ids';
import { schedule } from '../lifecycle';
import { isoMicros, isoSeconds } from '../time';

const diskFormats = ['raw', 'qcow2', 'vmdk', 'vdi', 'vhd', 'vhdx', 'ploop'];
/** Cinder's `glance_core_properties`: not copied from the volume's image metadata to the new image. */
const coreProperties = new Set(['checksum', 'container_format', 'disk_format', 'image_name', 'image_id', 'min_disk', 'min_ram', 'name', 'size']);

/** What the local cloud's fake Cinder driver uploads: `volume <id>\n` 64 times (scripts/cloud/py/cloud_cinder_fake.py). */
function uploadedSize(volumeId: string): number {
  return (`volume ${volumeId}\n`.length) * 64;
}

/** The answer names the whole volume type, as Cinder's ORM object serialises it. */
const uploadVolumeType = {
  id: defaultVolumeType.id, name: defaultVolumeType.name, description: 'Default Volume Type', is_public: true, extra_specs: {},
  qos_specs_id: null, created_at: '2026-01-01T00:00:00.000000', updated_at: '2026-01-01T00:00:00.000000', deleted: false, deleted_at: null,
};

function findVolume(ctx: Ctx): Volume {
  const id = ctx.param('volume_id');
  const volume = ctx.db.volume.volumes[id];
  if (!volume || volume.project_id !== ctx.auth.project.id) throw notFound(`Volume ${id} could not be found.`);
  return volume;
}

/**
 * os-volume_upload_image: Cinder creates the Glance image (queued, private, owned by the project)
 * with the caller's token, so Glance's image count limit applies; the volume is `uploading` while
 * the image goes `saving` → `active` with its data, then `available` again.
 */
function uploadToImage(ctx: Ctx, volume: Volume, req: Json): Response {
  const force = req['force'] === true || req['force'] === 'True' || req['force'] === 'true';
  const allowed = force ? ['available', 'in-use'] : ['available'];
  if (!allowed.includes(volume.status)) {
    throw badRequest(`Invalid volume: Volume ${volume.id} status must be available or in-use, but current status is: ${volume.status}.`);
  }
  const name = typeof req['image_name'] === 'string' ? req['image_name'] : null;
  if (!name) throw badRequest('Invalid input received: No image_name was specified in request.');
  const diskFormat = typeof req['disk_format'] === 'string' ? req['disk_format'] : 'raw';
  if (!diskFormats.includes(diskFormat)) throw badRequest(`Invalid input received: Invalid disk-format '${diskFormat}' is specified. Allowed disk-formats are ${diskFormats.join(', ')}.`);
  const containerFormat = typeof req['container_format'] === 'string' ? req['container_format'] : 'bare';
  const project = ctx.auth.project.id;
  const limit = ctx.db.image.limits?.['image_count_total'];
  const mine = Object.values(ctx.db.image.images).filter((image) => image.owner === project).length;
  if (limit !== undefined && limit >= 0 && mine + 1 > limit) {
    throw new ApiError(413, `Project ${project} is over a limit for [Resource image_count_total is over limit of ${limit} due to current usage ${mine} and delta 1]`);
  }
  const imageId = nextId(ctx.db, 'image');
  ctx.db.image.images[imageId] = imageRecord({
    id: imageId, name, owner: project, created_at: isoSeconds(ctx.now), status: 'queued', visibility: 'private',
    disk_format: diskFormat, container_format: containerFormat, min_disk: volume.size,
    properties: Object.fromEntries(Object.entries(volume.image_metadata ?? {}).filter(([key]) => !coreProperties.has(key))),
  });
  volume.status = 'uploading';
  volume.updated_at = isoMicros(ctx.now);
  const s = (ms: number) => scaled(ctx.core, ms);
  schedule(ctx.db, { kind: 'image', id: imageId, startedAt: ctx.now, steps: [
    { at: s(1000), set: { status: 'saving' } },
    { at: s(3000), set: { status: 'active', virtual_size: volume.size * 1024 ** 3, ...uploadedData(imageId, uploadedSize(volume.id)) } },
  ] });
  schedule(ctx.db, { kind: 'volume', id: volume.id, startedAt: ctx.now, steps: [{ at: s(3000), set: { status: 'available' } }] });
  return json({
    'os-volume_upload_image': {
      id: volume.id, updated_at: volume.updated_at, status: 'uploading', display_description: volume.description,
      size: volume.size, volume_type: uploadVolumeType, image_id: imageId, container_format: containerFormat, disk_format: diskFormat,
      image_name: name, protected: false, visibility: 'private',
    },
  }, 202);
}

/** POST /volumes/{id}/action: the one volume action the dashboard sends. */
export async function volumeAction(ctx: Ctx): Promise<Response> {
  const volume = findVolume(ctx);
  const body = await ctx.json();
  if (!isRecord(body)) throw badRequest('Malformed request body');
  const upload = body['os-volume_upload_image'];
  if (isRecord(upload)) return uploadToImage(ctx, volume, upload);
  throw badRequest('There is no such action: ' + Object.keys(body).join(', '));
}

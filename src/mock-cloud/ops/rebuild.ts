import { scaled } from '../core';
import type { Image, Server } from '../db';
import { imageMetaOf } from '../factories';
import type { Ctx } from '../http/context';
import { badRequest } from '../http/errors';
import { isRecord, pyRepr } from '../http/input';
import { schedule } from '../lifecycle';
import { GiB, isoSeconds } from '../time';
import { checkState, isVolumeBacked } from './create-image';
import { canSeeImage } from './image-access';

/** The task states of a rebuild, during which Nova shows status REBUILD whatever the vm_state. */
export const rebuildTaskStates: ReadonlySet<string> = new Set(['rebuilding', 'rebuild_block_device_mapping', 'rebuild_spawning']);

function rootVolumeImageId(ctx: Ctx, server: Server): string {
  const root = server.volumes_attached.find((v) => v.boot_index === 0);
  return (root && ctx.db.volume.volumes[root.id]?.image_metadata?.['image_id']) ?? '';
}

/** Nova's _validate_flavor_image_nostatus for a local root disk (Zed order: RAM, then image size, then min_disk). */
function checkFlavorFits(server: Server, image: Image, volumeBacked: boolean): void {
  if (server.flavor.ram < image.min_ram) throw badRequest("Flavor's memory is too small for requested image.");
  if (volumeBacked || server.flavor.disk === 0) return;
  const flavorBytes = server.flavor.disk * GiB;
  if ((image.size ?? 0) > flavorBytes) {
    throw badRequest(`Flavor's disk is too small for requested image. Flavor disk is ${flavorBytes} bytes, image is ${image.size ?? 0} bytes.`);
  }
  if (image.min_disk * GiB > flavorBytes) {
    throw badRequest(
      `Flavor's disk is smaller than the minimum size specified in image metadata. Flavor disk is ${flavorBytes} bytes, minimum size is ${image.min_disk * GiB} bytes.`,
    );
  }
}

/**
 * POST /servers/{id}/action `rebuild` as nova/compute/api.py `rebuild` and the compute manager do it:
 * vm_state ACTIVE, STOPPED or ERROR with no task; the image must exist, be active and fit the
 * flavor; a volume-backed server gets a new image only from 2.93 (reimage_boot_volume). Task
 * states rebuilding → rebuild_block_device_mapping → rebuild_spawning → null, ending ACTIVE, and a
 * server that was stopped is stopped again. ID, ports and attached volumes stay.
 */
export async function rebuildServer(ctx: Ctx, server: Server, args: unknown): Promise<void> {
  const ref = isRecord(args) ? args['imageRef'] : undefined;
  if (!isRecord(args) || typeof ref !== 'string' || ref === '') {
    throw badRequest(`Invalid input for field/attribute rebuild. Value: ${pyRepr(args)}. 'imageRef' is a required property`);
  }
  checkState(server, 'rebuild', ['active', 'stopped', 'error']);
  const imageId = ref.split('/').pop() ?? '';
  const image = ctx.db.image.images[imageId];
  if (!image || !canSeeImage(image, ctx.auth)) throw badRequest('Cannot find image for rebuild');
  if (image.status !== 'active') throw badRequest(`Image ${imageId} is not active.`);
  const volumeBacked = isVolumeBacked(server);
  if (volumeBacked && rootVolumeImageId(ctx, server) !== imageId && ctx.mv < 93) {
    throw badRequest(`Image ${imageId} is unacceptable: Unable to rebuild with a different image for a volume-backed server.`);
  }
  checkFlavorFits(server, image, volumeBacked);

  const wasStopped = server.vm_state === 'stopped';
  // An empty image_ref marks a volume-backed server; Nova keeps it so over a rebuild.
  if (!volumeBacked) server.image_id = image.id;
  server.image_meta = imageMetaOf(image);
  if (volumeBacked) {
    const root = server.volumes_attached.find((v) => v.boot_index === 0);
    const volume = root ? ctx.db.volume.volumes[root.id] : undefined;
    if (volume) volume.image_metadata = { ...volume.image_metadata, image_id: image.id, image_name: image.name ?? '' };
  }
  server.task_state = 'rebuilding';
  server.updated = isoSeconds(ctx.now);
  const s = (ms: number) => scaled(ctx.core, ms);
  const spawned = { at: s(4000), set: { vm_state: 'active' as const, power_state: 1, task_state: null }, effect: 'server-launched' as const };
  schedule(ctx.db, {
    kind: 'server',
    id: server.id,
    startedAt: ctx.now,
    steps: [
      { at: s(1000), set: { task_state: 'rebuild_block_device_mapping', power_state: 0 } },
      { at: s(2000), set: { task_state: 'rebuild_spawning' } },
      ...(wasStopped
        ? [
            { ...spawned, set: { ...spawned.set, task_state: 'powering-off' } },
            { at: s(5000), set: { vm_state: 'stopped' as const, power_state: 4, task_state: null } },
          ]
        : [spawned]),
    ],
  });
}

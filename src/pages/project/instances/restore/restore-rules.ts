import type { I18n } from '@/i18n';
import { isVolumeBackedSnapshot } from '@/openstack/glance/classify';
import type { Image } from '@/openstack/glance/schemas';
import type { Flavor, Server } from '@/openstack/nova/schemas';
import { isEmbeddedFlavor, isVolumeBacked, serverTaskState } from '@/openstack/nova/server-helpers';

/** Nova's rebuild is allowed in vm_state ACTIVE, STOPPED or ERROR with no task running (nova/compute/api.py). */
const restorableStatuses = new Set(['ACTIVE', 'SHUTOFF', 'ERROR']);

/** The task states of a rebuild, in order (nova/compute/task_states.py). */
export const rebuildPhases = ['rebuilding', 'rebuild_block_device_mapping', 'rebuild_spawning'] as const;

export interface FlavorSize {
  name: string;
  /** Root disk, GiB. */
  disk: number;
  /** MiB. */
  ram: number;
}

/** The server's flavor sizes: embedded from 2.47, otherwise looked up in the flavor list. */
export function flavorSizeOf(server: Server, flavors: readonly Flavor[] | undefined): FlavorSize | null {
  const flavor = server.flavor;
  if (isEmbeddedFlavor(flavor)) return { name: flavor.original_name, disk: flavor.disk, ram: flavor.ram };
  const found = flavors?.find((candidate) => candidate.id === flavor.id);
  return found ? { name: found.name, disk: found.disk, ram: found.ram } : null;
}

/**
 * Why an image cannot serve as the new root disk at all: a volume-backed instance's snapshot is a
 * 0-byte image (fact 13 in tests/fixtures/openstack-api-samples/README.md), and a rebuild would re-image the root volume from those empty bytes.
 */
export function sourceProblem(image: Pick<Image, 'block_device_mapping'>, t: I18n['t']): string | null {
  return isVolumeBackedSnapshot(image) ? t('restore.blocked.noDiskImage') : null;
}

/** Why Nova would refuse this image for this flavor (min_ram, then min_disk as Nova checks), or null. */
export function fitProblem(image: Pick<Image, 'min_disk' | 'min_ram'>, flavor: FlavorSize, volumeBacked: boolean, { t, format }: Pick<I18n, 't' | 'format'>): string | null {
  if (image.min_ram > flavor.ram) {
    return t('restore.dialog.minRam', { need: format.megabytes(image.min_ram), flavor: flavor.name, has: format.megabytes(flavor.ram) });
  }
  // A volume-backed server's root disk is its volume: Nova does not hold it to the flavor's disk.
  if (!volumeBacked && flavor.disk > 0 && image.min_disk > flavor.disk) {
    return t('restore.dialog.minDisk', { need: format.gigabytes(image.min_disk), flavor: flavor.name, has: format.gigabytes(flavor.disk) });
  }
  return null;
}

/** Why this instance cannot be restored now, or null. `volumeBackedAllowed`: compute ≥ 2.93 negotiated. */
export function restoreBlocker(server: Server, volumeBackedAllowed: boolean, microversion: string | null, t: I18n['t']): string | null {
  if (isVolumeBacked(server) && !volumeBackedAllowed) return t('restore.blocked.volumeBacked', { version: microversion ?? '2.1' });
  const task = serverTaskState(server);
  if (task !== null) return t('restore.blocked.busy', { task });
  if (!restorableStatuses.has(server.status.toUpperCase())) return t('restore.blocked.state', { status: server.status });
  return null;
}

/** Newest first by creation time. */
export function newestFirst(images: readonly Image[]): Image[] {
  return [...images].sort((a, b) => Date.parse(b.created_at) - Date.parse(a.created_at));
}

/** The default choice: this instance's newest active snapshot. */
export function newestActive(images: readonly Image[]): Image | undefined {
  return newestFirst(images).find((image) => image.status === 'active');
}

/** Attached volumes that survive the rebuild: all of an image-backed server's, all but the root of a volume-backed one. */
export function keptDataVolumeCount(server: Server): number {
  const attached = server['os-extended-volumes:volumes_attached']?.length ?? 0;
  return isVolumeBacked(server) ? Math.max(attached - 1, 0) : attached;
}

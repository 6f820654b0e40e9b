import type { Volume, VolumeSnapshot } from '@/openstack/cinder/schemas';
import { parseBlockDeviceMapping } from '@/openstack/glance/block-device-mapping';
import { isVolumeBackedSnapshot } from '@/openstack/glance/classify';
import type { Image } from '@/openstack/glance/schemas';
import type { BootCandidate, ImageCandidate } from './candidates';

export const GiB = 1024 ** 3;

/** A snapshot of a volume-backed instance: Nova boots it from the volumes its mapping recreates. */
export function isVolumeBackedCandidate(candidate: BootCandidate | undefined): candidate is ImageCandidate {
  return candidate?.type === 'instance_snapshot' && isVolumeBackedSnapshot(candidate.image);
}

/** "Create New Volume" applies to images and snapshots of image-backed instances. */
export function canCreateVolume(candidate: BootCandidate | undefined, type: BootCandidate['type']): boolean {
  if (type !== 'image' && type !== 'instance_snapshot') return false;
  return !isVolumeBackedCandidate(candidate);
}

/** Whether the root disk is a Cinder volume (then the flavor's disk does not matter). */
export function bootsFromVolume(candidate: BootCandidate, createVolume: boolean): boolean {
  if (candidate.type === 'volume' || candidate.type === 'volume_snapshot') return true;
  return isVolumeBackedCandidate(candidate) || createVolume;
}

function wholeGb(bytes: number | null | undefined): number {
  return bytes && bytes > 0 ? Math.ceil(bytes / GiB) : 0;
}

function metadataNumber(volume: Volume, key: 'min_ram' | 'min_disk'): number {
  const value = Number(volume.volume_image_metadata?.[key] ?? 0);
  return Number.isFinite(value) && value > 0 ? value : 0;
}

/**
 * The smallest volume the source fits in, in GB: for images and snapshots the larger of the
 * image's size (and virtual size) rounded up to whole GB and its `min_disk`; for a volume
 * snapshot its size. Null where no new volume is made (an existing volume).
 */
export function minVolumeSizeGb(candidate: BootCandidate): number | null {
  switch (candidate.type) {
    case 'image':
    case 'instance_snapshot': {
      const { image } = candidate;
      return Math.max(1, wholeGb(image.size), wholeGb(image.virtual_size), image.min_disk);
    }
    case 'volume_snapshot':
      return candidate.snapshot.size;
    case 'volume':
      return null;
  }
}

/** The RAM (MB) the source asks of a flavor: the image's, or the image metadata its volume carries. */
export function sourceMinRamMb(candidate: BootCandidate): number {
  switch (candidate.type) {
    case 'image':
    case 'instance_snapshot':
      return candidate.image.min_ram;
    case 'volume':
    case 'volume_snapshot':
      return metadataNumber(candidate.volume, 'min_ram');
  }
}

/** The root disk (GB) the source asks of a flavor when it boots from local disk. */
export function sourceMinDiskGb(candidate: BootCandidate): number {
  if (candidate.type === 'image' || candidate.type === 'instance_snapshot') {
    return Math.max(candidate.image.min_disk, wholeGb(candidate.image.size));
  }
  return metadataNumber(candidate.volume, 'min_disk');
}

/** A volume Nova recreates from a volume-backed instance's snapshot. */
export interface RecreatedVolume {
  /** The Cinder snapshot it is made from. */
  snapshotId: string;
  /** From the one Cinder snapshot listing; null when the snapshot is not in it. */
  snapshot: VolumeSnapshot | null;
  sizeGb: number | null;
  deviceName: string | null;
  bootIndex: number | null;
  deleteOnTermination: boolean;
}

function toNumber(value: number | string | null | undefined): number | null {
  if (value === null || value === undefined || value === '') return null;
  const number = Number(value);
  return Number.isFinite(number) ? number : null;
}

/** The volumes named by the snapshot image's block device mapping, with what Cinder says of them. */
export function recreatedVolumes(image: Image, snapshots: readonly VolumeSnapshot[]): RecreatedVolume[] {
  const byId = new Map(snapshots.map((snapshot) => [snapshot.id, snapshot]));
  return parseBlockDeviceMapping(image)
    .filter((entry) => (entry.destination_type ?? 'volume') === 'volume' && (entry.snapshot_id ?? '').trim() !== '')
    .map((entry) => {
      const snapshotId = (entry.snapshot_id ?? '').trim();
      const snapshot = byId.get(snapshotId) ?? null;
      return {
        snapshotId,
        snapshot,
        sizeGb: toNumber(entry.volume_size) ?? snapshot?.size ?? null,
        deviceName: entry.device_name ?? null,
        bootIndex: toNumber(entry.boot_index),
        deleteOnTermination: entry.delete_on_termination ?? false,
      };
    });
}

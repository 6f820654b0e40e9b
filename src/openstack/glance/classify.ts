import { hasProperty, parseBlockDeviceMapping } from './block-device-mapping';
import type { Image } from './schemas';

export type ImageKind = 'snapshot' | 'image';

type ClassifiedFields = Pick<Image, 'image_type' | 'block_device_mapping' | 'instance_uuid'>;

/**
 * The one place that tells an instance snapshot from an image (facts 12 and 13 in tests/fixtures/openstack-api-samples/README.md):
 * 1. `image_type: "snapshot"` (Nova's snapshot of an image-backed server) → snapshot;
 * 2. a `block_device_mapping` property (a volume-backed server's snapshot, which Nova does not
 *    mark with `image_type`) → snapshot;
 * 3. any other explicit `image_type` (`image`, `backup`, …) → image: an explicit word beats a hint;
 * 4. an `instance_uuid` property → snapshot;
 * 5. otherwise → image.
 * Blank properties count as absent.
 */
export function imageKind(image: ClassifiedFields): ImageKind {
  const type = image.image_type?.trim();
  if (type === 'snapshot') return 'snapshot';
  if (hasProperty(image.block_device_mapping)) return 'snapshot';
  if (type) return 'image';
  if (hasProperty(image.instance_uuid)) return 'snapshot';
  return 'image';
}

/**
 * A snapshot of a volume-backed server: a 0-byte image whose `block_device_mapping` names Cinder
 * snapshots. Deleting it leaves those Cinder snapshots behind.
 */
export function isVolumeBackedSnapshot(image: Pick<Image, 'block_device_mapping'>): boolean {
  return hasProperty(image.block_device_mapping);
}

/** The Cinder volume-snapshot ids the image's block device mapping names, without duplicates. */
export function snapshotVolumeSnapshotIds(image: Pick<Image, 'block_device_mapping'>): string[] {
  const ids = parseBlockDeviceMapping(image)
    .filter((entry) => (entry.source_type ?? 'snapshot') === 'snapshot')
    .map((entry) => entry.snapshot_id?.trim() ?? '')
    .filter((id) => id !== '');
  return [...new Set(ids)];
}

import { parseBlockDeviceMapping } from '@/openstack/glance/block-device-mapping';
import type { Image } from '@/openstack/glance/schemas';

/**
 * The Cinder volume snapshot a volume-backed instance snapshot keeps its data in: the boot disk's
 * (`boot_index` 0) when the mapping names several, else the first; null when it names none.
 */
export function copySourceSnapshotId(image: Pick<Image, 'block_device_mapping'>): string | null {
  const snapshots = parseBlockDeviceMapping(image).filter((entry) => (entry.source_type ?? 'snapshot') === 'snapshot' && entry.snapshot_id?.trim());
  const boot = snapshots.find((entry) => Number(entry.boot_index) === 0) ?? snapshots[0];
  return boot?.snapshot_id?.trim() ?? null;
}

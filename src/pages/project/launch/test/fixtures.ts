import type { Volume, VolumeSnapshot } from '@/openstack/cinder/schemas';
import type { Image } from '@/openstack/glance/schemas';
import type { Flavor } from '@/openstack/nova/schemas';

export const GB = 1024 ** 3;

export function image(fields: Partial<Image> & { id: string }): Image {
  return {
    name: fields.id,
    status: 'active',
    visibility: 'private',
    protected: false,
    size: GB,
    min_disk: 0,
    min_ram: 0,
    created_at: '2026-01-01T00:00:00Z',
    ...fields,
  };
}

export function snapshotImage(fields: Partial<Image> & { id: string }): Image {
  return image({ image_type: 'snapshot', instance_uuid: 'server-1', ...fields });
}

export function volumeBackedSnapshotImage(id: string, snapshotIds: string[], sizes: number[] = []): Image {
  const bdm = snapshotIds.map((snapshotId, index) => ({
    source_type: 'snapshot',
    destination_type: 'volume',
    snapshot_id: snapshotId,
    boot_index: index === 0 ? 0 : null,
    volume_size: sizes[index] ?? 10,
    delete_on_termination: index === 0,
    device_name: `/dev/vd${String.fromCharCode(97 + index)}`,
  }));
  return image({ id, size: 0, min_disk: 10, block_device_mapping: JSON.stringify(bdm), bdm_v2: 'True' });
}

export function volume(fields: Partial<Volume> & { id: string }): Volume {
  return {
    name: fields.id,
    status: 'available',
    size: 10,
    bootable: 'true',
    attachments: [],
    created_at: '2026-01-01T00:00:00Z',
    ...fields,
  };
}

export function volumeSnapshot(fields: Partial<VolumeSnapshot> & { id: string; volume_id: string }): VolumeSnapshot {
  return { name: fields.id, status: 'available', size: 10, created_at: '2026-01-01T00:00:00Z', ...fields };
}

export function flavor(fields: Partial<Flavor> & { id: string }): Flavor {
  return { name: fields.id, vcpus: 1, ram: 512, disk: 10, ...fields };
}

import type { AttachedVolume, MockDb, Server } from '../db';
import { effectiveRoles } from '../http/auth';
import { pyJsonDumps } from '../http/input';

/** owner_* and boot_roles as Nova copies them from the instance's system metadata. */
function ownerProperties(db: MockDb, server: Server): Record<string, string> {
  return {
    owner_user_name: db.identity.users[server.user_id]?.name ?? '',
    owner_project_name: db.identity.projects[server.project_id]?.name ?? '',
    boot_roles: effectiveRoles(db, server.user_id, server.project_id)
      .map((r) => r.name)
      .join(','),
  };
}

/** Properties of an image-backed server's snapshot (nova compute utils + libvirt's _create_snapshot_metadata). */
export function imageSnapshotProperties(
  db: MockDb,
  server: Server,
  requesterId: string,
  metadata: Record<string, string>,
): Record<string, string> {
  return {
    ...server.image_meta.properties,
    ...ownerProperties(db, server),
    image_type: 'snapshot',
    instance_uuid: server.id,
    base_image_ref: server.image_id,
    user_id: requesterId,
    image_location: 'snapshot',
    image_state: 'available',
    owner_id: server.project_id,
    ...metadata,
  };
}

/** One BDM of a volume-backed snapshot, in the keys nova.block_device.snapshot_from_bdm leaves. */
export function snapshotBdm(attached: AttachedVolume, snapshotId: string, volumeSize: number): Record<string, unknown> {
  return {
    boot_index: attached.boot_index,
    delete_on_termination: attached.delete_on_termination,
    destination_type: 'volume',
    device_name: attached.device,
    device_type: 'disk',
    disk_bus: 'virtio',
    encrypted: null,
    encryption_format: null,
    encryption_options: null,
    encryption_secret_uuid: null,
    guest_format: null,
    image_id: null,
    no_device: null,
    snapshot_id: snapshotId,
    source_type: 'snapshot',
    tag: null,
    volume_id: null,
    volume_size: volumeSize,
    volume_type: null,
  };
}

/** Properties of a volume-backed server's snapshot: a bucket of BDMs, no image_type/instance_uuid. */
export function volumeSnapshotProperties(
  db: MockDb,
  server: Server,
  bdms: Array<Record<string, unknown>>,
  metadata: Record<string, string>,
): Record<string, string> {
  return {
    ...server.image_meta.properties,
    ...ownerProperties(db, server),
    base_image_ref: '',
    bdm_v2: 'True',
    block_device_mapping: pyJsonDumps(bdms),
    root_device_name: server.root_device_name,
    ...metadata,
  };
}

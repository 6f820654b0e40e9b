import type { Image, MockDb } from '../db';
import { imageRecord, uploadedData } from '../factories';
import { pyJsonDumps } from '../http/input';
import { snapshotBdm } from '../ops/snapshot-props';
import { GiB } from '../time';
import { seedIds as ids } from './ids';

const demo = ids.projects.demo;
const owner = {
  owner_user_name: 'demo',
  owner_project_name: 'demo',
  boot_roles: 'member,reader',
  user_id: ids.users.demo,
} as const;

function snapshotOf(server: string, base: string, baseProps: Record<string, string>): Record<string, string> {
  return {
    ...baseProps,
    ...owner,
    image_type: 'snapshot',
    instance_uuid: server,
    base_image_ref: base,
    image_location: 'snapshot',
    image_state: 'available',
    owner_id: demo,
  };
}

function active(image: Image): Image {
  return { ...image, ...uploadedData(image.id, image.size ?? 0) };
}

export function seedImages(db: MockDb): void {
  const cirrosProps = { os_distro: 'cirros', os_version: '0.6.2', hw_rng_model: 'virtio' };
  const ubuntuProps = { os_distro: 'ubuntu', os_version: '24.04', hw_disk_bus: 'virtio' };
  const images: Image[] = [
    active(imageRecord({ id: ids.images.cirros, name: 'cirros-0.6.2', owner: ids.projects.admin, created_at: '2026-01-04T08:00:00Z', visibility: 'public', size: 21430272, virtual_size: 117440512, min_disk: 1, properties: cirrosProps })),
    active(imageRecord({ id: ids.images.ubuntu, name: 'ubuntu-24.04', owner: ids.projects.admin, created_at: '2026-01-04T08:05:00Z', visibility: 'public', size: 629145600, virtual_size: 3758096384, min_disk: 10, min_ram: 1024, properties: ubuntuProps })),
    active(imageRecord({ id: ids.images.cirrosOldHidden, name: 'cirros-0.5.2', owner: ids.projects.admin, created_at: '2026-01-03T08:00:00Z', visibility: 'public', os_hidden: true, size: 16300544, virtual_size: 117440512, min_disk: 1, properties: { os_distro: 'cirros', os_version: '0.5.2' } })),
    active(imageRecord({ id: ids.images.adminPrivate, name: 'admin-tools', owner: ids.projects.admin, created_at: '2026-01-06T10:00:00Z', disk_format: 'raw', size: 2 * GiB, min_disk: 2 })),
    active(imageRecord({ id: ids.images.projectTools, name: 'project-tools', owner: demo, created_at: '2026-01-10T10:00:00Z', disk_format: 'raw', size: GiB, virtual_size: GiB, min_disk: 1 })),
    imageRecord({ id: ids.images.brokenUpload, name: 'broken-upload', owner: demo, created_at: '2026-01-11T10:00:00Z', status: 'killed', disk_format: 'qcow2' }),
    active(imageRecord({ id: ids.images.web1SnapGolden, name: 'web-1-snap-golden', owner: demo, created_at: '2026-01-20T12:00:00Z', protected: true, size: 983040, virtual_size: 20 * GiB, min_disk: 20, properties: snapshotOf(ids.servers.web1, ids.images.cirros, cirrosProps) })),
    active(imageRecord({ id: ids.images.web1SnapNightly, name: 'web-1-snap-nightly', owner: demo, created_at: '2026-02-27T02:00:00Z', size: 27262976, virtual_size: 20 * GiB, min_disk: 20, properties: snapshotOf(ids.servers.web1, ids.images.cirros, cirrosProps) })),
    active(imageRecord({ id: ids.images.db1SnapOld, name: 'db-1-snap-old', owner: demo, created_at: '2026-01-02T03:00:00Z', size: 734003200, virtual_size: 40 * GiB, min_disk: 40, min_ram: 1024, properties: snapshotOf(ids.servers.deleted, ids.images.ubuntu, ubuntuProps) })),
    imageRecord({ id: ids.images.web1SnapInflight, name: 'web-1-snap-inflight', owner: demo, created_at: '2026-03-01T12:05:00Z', status: 'saving', min_disk: 20, properties: snapshotOf(ids.servers.web1, ids.images.cirros, cirrosProps) }),
    active(imageRecord({ id: ids.images.volApp1Snap, name: 'vol-app-1-snap', owner: demo, created_at: '2026-02-10T15:00:00Z', disk_format: 'raw', size: 0, min_disk: 10, min_ram: 1024, properties: volumeBackedProps() })),
    active(imageRecord({ id: ids.images.altWeb1Snap, name: 'alt-web-1-snap', owner: ids.projects.demoAlt, created_at: '2026-02-14T09:00:00Z', size: 23068672, virtual_size: GiB, min_disk: 1, properties: { ...snapshotOf(ids.servers.altWeb1, ids.images.cirros, cirrosProps), owner_project_name: 'demo-alt', owner_id: ids.projects.demoAlt } })),
  ];
  for (const image of images) db.image.images[image.id] = image;
}

function volumeBackedProps(): Record<string, string> {
  const bdm = snapshotBdm(
    { id: ids.volumes.volApp1Root, delete_on_termination: true, device: '/dev/vda', boot_index: 0 },
    ids.volumeSnapshots.volApp1SnapBacking,
    20,
  );
  return {
    os_distro: 'ubuntu',
    os_version: '24.04',
    hw_disk_bus: 'virtio',
    owner_user_name: owner.owner_user_name,
    owner_project_name: owner.owner_project_name,
    boot_roles: owner.boot_roles,
    base_image_ref: '',
    bdm_v2: 'True',
    block_device_mapping: pyJsonDumps([bdm]),
    root_device_name: '/dev/vda',
  };
}

import type { CloudCore } from '../core';
import { scaled } from '../core';
import type { MockDb } from '../db';
import { snapshotRecord, uploadedData, volumeImageMetadata, volumeRecord } from '../factories';
import { uuidFrom } from '../ids';
import { schedule } from '../lifecycle';
import { GiB } from '../time';
import { seedIds as ids } from './ids';

const owner = { project_id: ids.projects.demo, user_id: ids.users.demo };

export function seedVolumes(db: MockDb): void {
  const ubuntu = db.image.images[ids.images.ubuntu];
  const cirros = db.image.images[ids.images.cirros];
  const ubuntuMeta = ubuntu ? volumeImageMetadata(ubuntu) : null;
  const cirrosMeta = cirros ? volumeImageMetadata(cirros) : null;
  const attach = (serverId: string, volumeId: string, device: string, at: string) => ({
    server_id: serverId,
    attachment_id: uuidFrom(`attachment:${volumeId}`),
    device,
    attached_at: at,
  });
  const volumes = [
    volumeRecord({ ...owner, id: ids.volumes.volApp1Root, name: 'vol-app-1-root', size: 20, status: 'in-use', bootable: true, image_metadata: ubuntuMeta, created_at: '2026-01-15T10:59:30.000000', attachments: [attach(ids.servers.volApp1, ids.volumes.volApp1Root, '/dev/vda', '2026-01-15T11:00:05.000000')] }),
    volumeRecord({ ...owner, id: ids.volumes.volDb1Root, name: 'vol-db-1-root', size: 40, status: 'in-use', bootable: true, image_metadata: ubuntuMeta, created_at: '2026-01-15T11:29:30.000000', attachments: [attach(ids.servers.volDb1, ids.volumes.volDb1Root, '/dev/vda', '2026-01-15T11:30:05.000000')] }),
    volumeRecord({ ...owner, id: ids.volumes.volDb1Data, name: 'vol-db-1-data', size: 10, status: 'in-use', created_at: '2026-01-15T11:29:40.000000', attachments: [attach(ids.servers.volDb1, ids.volumes.volDb1Data, '/dev/vdb', '2026-01-15T11:30:06.000000')] }),
    volumeRecord({ ...owner, id: ids.volumes.spareBoot, name: 'spare-boot', size: 5, bootable: true, image_metadata: cirrosMeta, created_at: '2026-01-16T09:00:00.000000' }),
    volumeRecord({ ...owner, id: ids.volumes.restoredFromSnap, name: 'restored-from-snap', size: 5, bootable: true, image_metadata: cirrosMeta, snapshot_id: ids.volumeSnapshots.dataSnap1, created_at: '2026-01-19T10:00:00.000000' }),
  ];
  for (const volume of volumes) db.volume.volumes[volume.id] = volume;

  const snapshots = [
    snapshotRecord({ ...owner, id: ids.volumeSnapshots.volApp1SnapBacking, name: 'snapshot for vol-app-1-snap', volume_id: ids.volumes.volApp1Root, size: 20, created_at: '2026-02-10T15:00:01.000000' }),
    snapshotRecord({ ...owner, id: ids.volumeSnapshots.dataSnap1, name: 'data-snap-1', description: 'Before the January upgrade', volume_id: ids.volumes.spareBoot, size: 5, created_at: '2026-01-18T10:00:00.000000' }),
    snapshotRecord({ ...owner, id: ids.volumeSnapshots.dataSnap2, name: 'data-snap-2', volume_id: ids.volumes.volDb1Data, size: 10, created_at: '2026-02-18T10:00:00.000000' }),
    snapshotRecord({ ...owner, id: ids.volumeSnapshots.dataSnapErr, name: 'data-snap-err', volume_id: ids.volumes.spareBoot, size: 5, status: 'error', progress: '0%', created_at: '2026-02-19T10:00:00.000000' }),
    snapshotRecord({ ...owner, id: ids.volumeSnapshots.groupSnap1, name: 'group-snap-1', volume_id: ids.volumes.spareBoot, size: 5, group_snapshot_id: ids.groupSnapshot, created_at: '2026-02-21T10:00:00.000000' }),
    snapshotRecord({ ...owner, id: ids.volumeSnapshots.volApp1RootSnap, name: 'vol-app-1-root-snap', volume_id: ids.volumes.volApp1Root, size: 20, created_at: '2026-02-25T10:00:00.000000' }),
  ];
  for (const snapshot of snapshots) db.volume.snapshots[snapshot.id] = snapshot;
  db.volume.quotas[ids.projects.demo] = { gigabytes: 200 };
}

/** web-1-snap-inflight is still uploading when the cloud starts: it turns active ~10 s later. */
export function scheduleInflightSnapshot(core: CloudCore, db: MockDb, now: number): void {
  const id = ids.images.web1SnapInflight;
  schedule(db, {
    kind: 'image',
    id,
    startedAt: now,
    steps: [{ at: scaled(core, 10_000), set: { status: 'active', virtual_size: 20 * GiB, ...uploadedData(id, 26214400) } }],
  });
}

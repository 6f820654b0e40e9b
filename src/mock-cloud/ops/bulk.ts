import type { MockDb } from '../db';
import { flavorCopy, imageMetaOf, imageRecord, noImageMeta, serverRecord, snapshotRecord, uploadedData, volumeRecord } from '../factories';
import { nextId } from '../ids';
import { seedIds as ids } from '../seed/ids';
import { GiB, isoMicros, isoSeconds } from '../time';
import { createPort } from './ports';

const bulkEpoch = Date.parse('2026-02-01T00:00:00Z');
const owner = { project_id: ids.projects.demo, user_id: ids.users.demo };

/** The next n numbers of a bulk series (numbering continues across calls). */
function series(db: MockDb, kind: string, n: number): number[] {
  const start = db.meta.counters[kind] ?? 0;
  db.meta.counters[kind] = start + n;
  return Array.from({ length: n }, (_, i) => start + i + 1);
}

const label = (k: number) => String(k).padStart(4, '0');

export function bulkImages(db: MockDb, n: number): string[] {
  return series(db, 'bulk-image', n).map((k) => {
    const id = nextId(db, 'image');
    const created = isoSeconds(bulkEpoch + k * 60_000);
    db.image.images[id] = imageRecord({
      id, name: `bulk-image-${label(k)}`, owner: ids.projects.demo, created_at: created, min_disk: 20, virtual_size: 20 * GiB,
      ...uploadedData(id, 20_000_000 + (k % 97) * 65_536),
      properties: {
        image_type: 'snapshot', instance_uuid: ids.servers.web1, base_image_ref: ids.images.cirros, owner_project_name: 'demo',
        owner_user_name: 'demo', boot_roles: 'member,reader', user_id: ids.users.demo, image_location: 'snapshot',
        image_state: 'available', owner_id: ids.projects.demo,
      },
    });
    return id;
  });
}

export function bulkServers(db: MockDb, n: number): string[] {
  const flavor = db.compute.flavors[ids.flavors.nano] ?? Object.values(db.compute.flavors)[0];
  if (!flavor) throw new Error('withServers: the cloud has no flavors');
  const image = db.image.images[ids.images.cirros];
  const network = db.network.networks[ids.networks.privateNet];
  return series(db, 'bulk-server', n).map((k) => {
    const id = nextId(db, 'server');
    const created = isoSeconds(bulkEpoch + k * 60_000);
    db.compute.servers[id] = serverRecord({
      ...owner, id, name: `bulk-server-${label(k)}`, flavor: flavorCopy(flavor), created,
      image_id: image?.id ?? '', image_meta: image ? imageMetaOf(image) : noImageMeta,
    });
    if (network) createPort(db, { network, projectId: owner.project_id, deviceId: id, createdAt: created, securityGroups: [ids.securityGroups.demoDefault] });
    return id;
  });
}

export function bulkVolumeSnapshots(db: MockDb, n: number): string[] {
  let source = db.volume.volumes[ids.volumes.spareBoot];
  if (!source) {
    const id = nextId(db, 'volume');
    source = volumeRecord({ ...owner, id, name: 'bulk-snapshot-source', size: 1, created_at: isoMicros(bulkEpoch) });
    db.volume.volumes[id] = source;
  }
  const volume = source;
  return series(db, 'bulk-snapshot', n).map((k) => {
    const id = nextId(db, 'snapshot');
    db.volume.snapshots[id] = snapshotRecord({
      ...owner, id, name: `bulk-snapshot-${label(k)}`, volume_id: volume.id, size: volume.size, created_at: isoMicros(bulkEpoch + k * 60_000),
    });
    return id;
  });
}

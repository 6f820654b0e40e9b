import { scaled, type CloudCore } from '../core';
import type { Image, Server } from '../db';
import { imageRecord, snapshotRecord, uploadedData } from '../factories';
import type { AuthInfo } from '../http/context';
import { ApiError, conflict } from '../http/errors';
import { nextId } from '../ids';
import { schedule } from '../lifecycle';
import { GiB, isoMicros, isoSeconds } from '../time';
import { hash32 } from '../ids';
import { imageSnapshotProperties, snapshotBdm, volumeSnapshotProperties } from './snapshot-props';
import { volumeLimit, volumeQuotaError, volumeUsage } from './usage';

export function isVolumeBacked(server: Server): boolean {
  return server.volumes_attached.some((v) => v.boot_index === 0);
}

/** Nova's check_instance_state: vm_state first, then task_state must be None. */
export function checkState(server: Server, action: string, vmStates: readonly string[]): void {
  if (!vmStates.includes(server.vm_state)) {
    throw conflict(`Cannot '${action}' instance ${server.id} while it is in vm_state ${server.vm_state}`);
  }
  if (server.task_state !== null) {
    throw conflict(`Cannot '${action}' instance ${server.id} while it is in task_state ${server.task_state}`);
  }
}

/** createImage: returns the new Glance image (image-backed: queued and uploading; volume-backed: active, 0 bytes). */
export function createServerImage(core: CloudCore, auth: AuthInfo, server: Server, name: string, metadata: Record<string, string>, now: number): Image {
  return isVolumeBacked(server)
    ? snapshotVolumeBacked(core, auth, server, name, metadata, now)
    : snapshotImageBacked(core, auth, server, name, metadata, now);
}

function snapshotImageBacked(core: CloudCore, auth: AuthInfo, server: Server, name: string, metadata: Record<string, string>, now: number): Image {
  checkState(server, 'createImage', ['active', 'stopped', 'paused', 'suspended']);
  const db = core.db;
  const id = nextId(db, 'image');
  const image = imageRecord({
    id, name, owner: server.project_id, created_at: isoSeconds(now), status: 'queued',
    disk_format: server.image_meta.disk_format ?? 'qcow2', container_format: server.image_meta.container_format ?? 'bare',
    min_disk: Math.max(server.flavor.disk, server.image_meta.min_disk), min_ram: server.image_meta.min_ram,
    properties: imageSnapshotProperties(db, server, auth.user.id, metadata),
  });
  db.image.images[id] = image;
  server.task_state = 'image_snapshot_pending';
  server.updated = isoSeconds(now);
  const s = (ms: number) => scaled(core, ms);
  schedule(db, { kind: 'server', id: server.id, startedAt: now, steps: [
    { at: s(1000), set: { task_state: 'image_snapshot' } },
    { at: s(3000), set: { task_state: 'image_pending_upload' } },
    { at: s(5000), set: { task_state: 'image_uploading' } },
    { at: s(10_000), set: { task_state: null } },
  ] });
  // About a MiB of generated data, so the demo can download it (the mock holds data up to 4 MiB).
  const size = 768 * 1024 + (hash32(id) % 64) * 8 * 1024;
  schedule(db, { kind: 'image', id, startedAt: now, steps: [
    { at: s(3000), set: { status: 'saving' } },
    { at: s(10_000), set: { status: 'active', virtual_size: server.flavor.disk * GiB, ...uploadedData(id, size) } },
  ] });
  return image;
}

function snapshotVolumeBacked(core: CloudCore, auth: AuthInfo, server: Server, name: string, metadata: Record<string, string>, now: number): Image {
  checkState(server, 'createImage', ['active', 'stopped', 'suspended']);
  const db = core.db;
  const project = server.project_id;
  const attached = server.volumes_attached.flatMap((a) => {
    const volume = db.volume.volumes[a.id];
    return volume ? [{ a, volume }] : [];
  });
  const limit = volumeLimit(db, project, 'snapshots');
  if (limit >= 0 && volumeUsage(db, project).snapshots + attached.length > limit) {
    throw new ApiError(403, 'Quota exceeded for resources: snapshots');
  }
  const gigabytes = attached.reduce((sum, { volume }) => sum + volume.size, 0);
  const cinder = volumeQuotaError(db, project, { snapshots: attached.length, gigabytes });
  if (cinder) throw new ApiError(403, `${cinder.message} (HTTP 413) (Request-ID: req-${nextId(db, 'request')})`);
  const bdms = attached.map(({ a, volume }) => {
    const snapshotId = nextId(db, 'snapshot');
    db.volume.snapshots[snapshotId] = snapshotRecord({
      id: snapshotId, name: `snapshot for ${name}`, description: volume.description, volume_id: volume.id, size: volume.size,
      project_id: project, user_id: auth.user.id, created_at: isoMicros(now), status: 'creating', progress: '0%', updated_at: null,
    });
    schedule(db, { kind: 'snapshot', id: snapshotId, startedAt: now, steps: [{ at: scaled(core, 2000), set: { status: 'available', progress: '100%' } }] });
    return snapshotBdm(a, snapshotId, volume.size);
  });
  const id = nextId(db, 'image');
  // Zed's Nova force-activates the 0-byte image with Glance's preferred disk_format (qcow2;
  // newer releases send raw) and never sets a virtual size.
  const image = imageRecord({
    id, name, owner: project, created_at: isoSeconds(now), disk_format: 'qcow2', container_format: 'bare',
    // Nova keeps max(image min_disk, flavor root_gb) in the instance's system metadata at boot.
    min_disk: Math.max(server.flavor.disk, server.image_meta.min_disk), min_ram: server.image_meta.min_ram, virtual_size: null,
    properties: volumeSnapshotProperties(db, server, bdms, metadata), ...uploadedData(id, 0),
  });
  db.image.images[id] = image;
  return image;
}

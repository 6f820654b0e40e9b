import type { Volume, VolumeSnapshot } from '@/openstack/cinder/schemas';
import type { Image } from '@/openstack/glance/schemas';
import { linkedVolumeSnapshotIds } from '../image-rules';

const GiB = 1024 ** 3;
/** How many snapshots the largest and the oldest lists show. */
export const PICK_COUNT = 10;

/** Whose storage a snapshot is: the instance it was taken of, else the volume it snapshots. */
export type StorageOwner = { kind: 'instance'; id: string } | { kind: 'volume'; id: string } | { kind: 'unknown' };

export interface StoredSnapshot {
  image: Image;
  /** Image-backed: Glance's `size`; volume-backed: the GiB of the Cinder snapshots its BDM names. */
  bytes: number;
  volumeBacked: boolean;
  owner: StorageOwner;
  /** Cinder snapshots the BDM names that Cinder no longer lists (counted as 0 bytes). */
  missing: number;
}

export interface OwnerTotal {
  key: string;
  owner: StorageOwner;
  bytes: number;
  count: number;
}

export interface SnapshotStorage {
  snapshots: StoredSnapshot[];
  /** Largest first. */
  owners: OwnerTotal[];
  totalBytes: number;
  largest: StoredSnapshot[];
  oldest: StoredSnapshot[];
}

export interface StorageInput {
  images: readonly Image[];
  volumeSnapshots: readonly VolumeSnapshot[];
  volumes: readonly Volume[];
}

export function ownerKey(owner: StorageOwner): string {
  return owner.kind === 'unknown' ? 'unknown' : `${owner.kind}:${owner.id}`;
}

function volumeBackedOwner(snapshots: readonly VolumeSnapshot[], volumesById: ReadonlyMap<string, Volume>): StorageOwner {
  for (const snapshot of snapshots) {
    const serverId = volumesById.get(snapshot.volume_id)?.attachments.find((attachment) => attachment.server_id)?.server_id;
    if (serverId) return { kind: 'instance', id: serverId };
  }
  const first = snapshots[0];
  return first ? { kind: 'volume', id: first.volume_id } : { kind: 'unknown' };
}

function stored(image: Image, snapshotsById: ReadonlyMap<string, VolumeSnapshot>, volumesById: ReadonlyMap<string, Volume>): StoredSnapshot {
  const linked = linkedVolumeSnapshotIds(image);
  if (linked.length === 0) {
    const owner: StorageOwner = image.instance_uuid?.trim() ? { kind: 'instance', id: image.instance_uuid.trim() } : { kind: 'unknown' };
    return { image, bytes: image.size ?? 0, volumeBacked: false, owner, missing: 0 };
  }
  const found = linked.flatMap((id) => {
    const snapshot = snapshotsById.get(id);
    return snapshot ? [snapshot] : [];
  });
  const bytes = found.reduce((sum, snapshot) => sum + snapshot.size * GiB, 0);
  return { image, bytes, volumeBacked: true, owner: volumeBackedOwner(found, volumesById), missing: linked.length - found.length };
}

function byCreated(a: StoredSnapshot, b: StoredSnapshot): number {
  return Date.parse(a.image.created_at) - Date.parse(b.image.created_at) || a.image.id.localeCompare(b.image.id);
}

/** Per-instance totals, the grand total, and the largest and oldest snapshots, from what was read. */
export function snapshotStorage({ images, volumeSnapshots, volumes }: StorageInput): SnapshotStorage {
  const snapshotsById = new Map(volumeSnapshots.map((snapshot) => [snapshot.id, snapshot]));
  const volumesById = new Map(volumes.map((volume) => [volume.id, volume]));
  const unique = [...new Map(images.map((image) => [image.id, image])).values()];
  const snapshots = unique.map((image) => stored(image, snapshotsById, volumesById));

  const totals = new Map<string, OwnerTotal>();
  for (const snapshot of snapshots) {
    const key = ownerKey(snapshot.owner);
    const total = totals.get(key) ?? { key, owner: snapshot.owner, bytes: 0, count: 0 };
    total.bytes += snapshot.bytes;
    total.count += 1;
    totals.set(key, total);
  }
  const owners = [...totals.values()].sort((a, b) => b.bytes - a.bytes || b.count - a.count || a.key.localeCompare(b.key));
  const totalBytes = snapshots.reduce((sum, snapshot) => sum + snapshot.bytes, 0);
  const largest = [...snapshots].sort((a, b) => b.bytes - a.bytes || byCreated(a, b)).slice(0, PICK_COUNT);
  const oldest = [...snapshots].sort(byCreated).slice(0, PICK_COUNT);
  return { snapshots, owners, totalBytes, largest, oldest };
}

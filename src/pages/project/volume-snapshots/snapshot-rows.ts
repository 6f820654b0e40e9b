import { snapshotVolumeSnapshotIds } from '@/openstack/glance/classify';
import type { Image } from '@/openstack/glance/schemas';
import type { Volume, VolumeMessage, VolumeSnapshot } from '@/openstack/cinder/schemas';

/** The instance snapshot (a Glance image) whose block device mapping names a volume snapshot. */
interface LinkedImage {
  id: string;
  name: string;
}

/**
 * What the volume lookup knows: `checked` once the project's volumes were read completely,
 * `pending` while they load, `unknown` when the read failed or stopped at its bound (Cinder then
 * has the last word: a busy snapshot comes back `available`, which the delete reports).
 */
export type VolumesChecked = 'checked' | 'pending' | 'unknown';

export interface VolumeLookup {
  byId: ReadonlyMap<string, Volume>;
  /** Volumes made from each snapshot (their `snapshot_id`). */
  fromSnapshot: ReadonlyMap<string, readonly Volume[]>;
  checked: VolumesChecked;
}

export interface SnapshotRow {
  id: string;
  snapshot: VolumeSnapshot;
  /** The volume it was taken of; undefined when the lookup does not have it. */
  volume: Volume | undefined;
  /** Volumes made from it. */
  createdVolumes: readonly Volume[];
  volumesChecked: VolumesChecked;
  /** The instance snapshot image that needs it to launch. */
  image: LinkedImage | undefined;
  /** Cinder's newest user message about it (why it failed, why a delete came to nothing). */
  message: string | undefined;
}

export function displayName(item: { id: string; name?: string | null }): string {
  const name = item.name?.trim();
  return name ? name : item.id;
}

/** Indexes one listing of the project's volumes by id and by the snapshot each was made from. */
export function indexVolumes(volumes: readonly Volume[], checked: VolumesChecked): VolumeLookup {
  const byId = new Map<string, Volume>();
  const fromSnapshot = new Map<string, Volume[]>();
  for (const volume of volumes) {
    byId.set(volume.id, volume);
    const source = volume.snapshot_id;
    if (!source) continue;
    const list = fromSnapshot.get(source);
    if (list) list.push(volume);
    else fromSnapshot.set(source, [volume]);
  }
  return { byId, fromSnapshot, checked };
}

/** Maps each Cinder snapshot id to the instance snapshot image whose block device mapping names it. */
export function indexImagesBySnapshot(images: ReadonlyArray<Pick<Image, 'id' | 'name' | 'block_device_mapping'>>): Map<string, LinkedImage> {
  const bySnapshot = new Map<string, LinkedImage>();
  for (const image of images) {
    for (const snapshotId of snapshotVolumeSnapshotIds(image)) {
      if (!bySnapshot.has(snapshotId)) bySnapshot.set(snapshotId, { id: image.id, name: displayName(image) });
    }
  }
  return bySnapshot;
}

/** The newest user message per resource. */
export function newestMessages(messages: readonly VolumeMessage[]): Map<string, VolumeMessage> {
  const newest = new Map<string, VolumeMessage>();
  for (const message of messages) {
    const resource = message.resource_uuid;
    if (!resource) continue;
    const known = newest.get(resource);
    if (!known || known.created_at < message.created_at) newest.set(resource, message);
  }
  return newest;
}

interface RowSources {
  volumes: VolumeLookup;
  images: ReadonlyMap<string, LinkedImage>;
  messages: ReadonlyMap<string, VolumeMessage>;
}

export function buildRows(snapshots: readonly VolumeSnapshot[], sources: RowSources): SnapshotRow[] {
  return snapshots.map((snapshot) => ({
    id: snapshot.id,
    snapshot,
    volume: sources.volumes.byId.get(snapshot.volume_id),
    createdVolumes: sources.volumes.fromSnapshot.get(snapshot.id) ?? [],
    volumesChecked: sources.volumes.checked,
    image: sources.images.get(snapshot.id),
    message: sources.messages.get(snapshot.id)?.user_message,
  }));
}

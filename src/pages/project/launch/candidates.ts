import { isBootable } from '@/openstack/cinder/helpers';
import type { Volume, VolumeSnapshot } from '@/openstack/cinder/schemas';
import { imageKind } from '@/openstack/glance/classify';
import type { Image } from '@/openstack/glance/schemas';
import type { LaunchSource } from '@/paths';

/** Something the wizard can boot from, with the resource it came from. */
export type BootCandidate =
  | { type: 'image'; id: string; name: string; image: Image }
  | { type: 'instance_snapshot'; id: string; name: string; image: Image }
  | { type: 'volume'; id: string; name: string; volume: Volume }
  | { type: 'volume_snapshot'; id: string; name: string; snapshot: VolumeSnapshot; volume: Volume };

export type ImageCandidate = Extract<BootCandidate, { image: Image }>;

/** What the candidate lists are made of: three listings, never one request per row. */
export interface SourceData {
  images: readonly Image[];
  volumes: readonly Volume[];
  volumeSnapshots: readonly VolumeSnapshot[];
}

export const launchSources: readonly LaunchSource[] = ['image', 'instance_snapshot', 'volume', 'volume_snapshot'];

export function isLaunchSource(value: string | null | undefined): value is LaunchSource {
  return value !== null && value !== undefined && (launchSources as readonly string[]).includes(value);
}

const byName = (a: BootCandidate, b: BootCandidate) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id);

function imageCandidates(images: readonly Image[], type: 'image' | 'instance_snapshot'): ImageCandidate[] {
  const wanted = type === 'image' ? 'image' : 'snapshot';
  return images
    .filter((image) => image.status === 'active' && imageKind(image) === wanted)
    .map((image) => ({ type, id: image.id, name: image.name || image.id, image }));
}

/**
 * The candidates of one boot source, by name: active images that are not snapshots; active
 * snapshots (the one classifier decides); available bootable volumes; available volume
 * snapshots whose volume is bootable.
 */
export function candidatesFor(type: LaunchSource, data: SourceData): BootCandidate[] {
  switch (type) {
    case 'image':
    case 'instance_snapshot':
      return imageCandidates(data.images, type).sort(byName);
    case 'volume':
      return data.volumes
        .filter((volume) => volume.status === 'available' && isBootable(volume))
        .map((volume): BootCandidate => ({ type, id: volume.id, name: volume.name || volume.id, volume }))
        .sort(byName);
    case 'volume_snapshot': {
      const volumes = new Map(data.volumes.map((volume) => [volume.id, volume]));
      return data.volumeSnapshots
        .flatMap((snapshot): BootCandidate[] => {
          const volume = volumes.get(snapshot.volume_id);
          if (snapshot.status !== 'available' || !volume || !isBootable(volume)) return [];
          return [{ type, id: snapshot.id, name: snapshot.name || snapshot.id, snapshot, volume }];
        })
        .sort(byName);
    }
  }
}

/** A case-insensitive match on the name or the id. */
export function matchesSearch(candidate: BootCandidate, search: string): boolean {
  const needle = search.trim().toLowerCase();
  if (!needle) return true;
  return candidate.name.toLowerCase().includes(needle) || candidate.id.toLowerCase().includes(needle);
}

import { listAllVolumeSnapshots } from '../cinder/snapshots';
import type { CloudApi } from '../http';
import { snapshotVolumeSnapshotIds } from './classify';
import { listAllImages } from './images';
import type { Image } from './schemas';

/**
 * The snapshots of a volume-backed server: Nova sets no `instance_uuid` on them (fact 13 in
 * tests/fixtures/openstack-api-samples/README.md), so they are the `bdm_v2` images (filtered by
 * Glance) whose block device mapping names a Cinder snapshot of one of the server's volumes
 * (filtered by Cinder, per volume). Newest first.
 */
export async function listVolumeBackedSnapshotsOf(api: CloudApi, volumeIds: readonly string[]): Promise<Image[]> {
  if (volumeIds.length === 0) return [];
  const perVolume = await Promise.all(volumeIds.map((volumeId) => listAllVolumeSnapshots(api, { volumeId })));
  const snapshotIds = new Set(perVolume.flat().map((snapshot) => snapshot.id));
  if (snapshotIds.size === 0) return [];
  const images = await listAllImages(api, { properties: { bdm_v2: 'True' }, sortKey: 'created_at', sortDir: 'desc' });
  return images.filter((image) => snapshotVolumeSnapshotIds(image).some((id) => snapshotIds.has(id)));
}

import { queryOptions } from '@tanstack/react-query';
import { volumeSnapshotKeys } from '@/openstack/cinder/queries';
import type { VolumeSnapshot } from '@/openstack/cinder/schemas';
import { listAllVolumeSnapshots } from '@/openstack/cinder/snapshots';
import type { CloudApi } from '@/openstack/http';

/**
 * Every volume snapshot of the project, once, to name the Cinder snapshots that many images'
 * block device mappings point at (Cinder has no `id=in:` filter). Under Cinder's list key, so
 * deleting a volume snapshot refreshes it.
 */
export function allVolumeSnapshotsQuery(api: CloudApi) {
  return queryOptions({
    queryKey: [...volumeSnapshotKeys.lists(api), 'all-for-images'] as const,
    queryFn: () => listAllVolumeSnapshots(api),
  });
}

export function volumeSnapshotsById(snapshots: readonly VolumeSnapshot[] | undefined): Map<string, VolumeSnapshot> {
  return new Map((snapshots ?? []).map((snapshot) => [snapshot.id, snapshot]));
}

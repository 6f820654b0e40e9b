import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useApi } from '@/cloud/use-api';
import { volumeQueries, volumeServiceQueries, volumeSnapshotQueries } from '@/openstack/cinder/queries';
import { imageQueries } from '@/openstack/glance/queries';
import { serverQueries } from '@/openstack/nova/queries';
import type { OwnerNames } from './owner-label';
import { snapshotStorage, type SnapshotStorage } from './storage-model';
import { useEveryPage } from './use-every-page';

/** Nova's default `max_limit`: one request names up to 1,000 instances. */
const SERVER_PAGE = 1000;

export interface StorageProgress {
  images: number;
  /** The images the project owns, when Glance's usage says (an upper bound of its snapshots). */
  imagesOwned: number | null;
  volumeSnapshots: number;
  volumeSnapshotsInUse: number | null;
  done: boolean;
}

export interface StorageFailure {
  error: unknown;
  retry(): void;
}

/**
 * Everything the storage view reads, each listing page by page: two Glance listings (image-backed
 * and volume-backed snapshots), Cinder's snapshots, plus single requests for volumes, instance
 * names, Glance's usage and Cinder's quota. At most one request per listing is in flight, so never
 * more than seven at once, however many snapshots there are.
 */
export function useSnapshotStorage() {
  const api = useApi();
  // A refresh re-reads every page (11 requests at 10,000 snapshots): on a change this tab made, not on each focus.
  const imageBacked = useInfiniteQuery({ ...imageQueries.ownedSnapshotPages(api, 'image-backed'), refetchOnWindowFocus: false });
  const volumeBacked = useInfiniteQuery({ ...imageQueries.ownedSnapshotPages(api, 'volume-backed'), refetchOnWindowFocus: false });
  const volumeSnapshots = useInfiniteQuery({ ...volumeSnapshotQueries.pages(api), refetchOnWindowFocus: false });
  useEveryPage(imageBacked);
  useEveryPage(volumeBacked);
  useEveryPage(volumeSnapshots);
  const volumes = useQuery(volumeQueries.every(api));
  const servers = useQuery(serverQueries.list(api, { limit: SERVER_PAGE }));
  const imageUsage = useQuery(imageQueries.usage(api));
  const volumeQuota = useQuery(volumeServiceQueries.quota(api));

  const images = useMemo(
    () => [...(imageBacked.data?.pages ?? []), ...(volumeBacked.data?.pages ?? [])].flatMap((page) => page.images),
    [imageBacked.data, volumeBacked.data],
  );
  const cinderSnapshots = useMemo(() => (volumeSnapshots.data?.pages ?? []).flatMap((page) => page.snapshots), [volumeSnapshots.data]);
  const storage: SnapshotStorage = useMemo(
    () => snapshotStorage({ images, volumeSnapshots: cinderSnapshots, volumes: volumes.data?.volumes ?? [] }),
    [images, cinderSnapshots, volumes.data],
  );
  // One server listing names every instance; past 1,000 instances the rest show as ids.
  const names: OwnerNames = useMemo(
    () => ({
      serverNames: new Map((servers.data?.servers ?? []).map((server) => [server.id, server.name])),
      serversComplete: servers.data ? servers.data.nextMarker === null : false,
      volumeNames: new Map((volumes.data?.volumes ?? []).map((volume) => [volume.id, volume.name ?? ''])),
    }),
    [servers.data, volumes.data],
  );

  const listings = [imageBacked, volumeBacked, volumeSnapshots];
  const read = listings.every((query) => query.isSuccess && !query.hasNextPage && !query.isFetchingNextPage);
  const progress: StorageProgress = {
    images: images.length,
    imagesOwned: imageUsage.data?.image_count_total?.usage ?? null,
    volumeSnapshots: cinderSnapshots.length,
    volumeSnapshotsInUse: volumeQuota.data?.snapshots.in_use ?? null,
    // The side reads only need to have answered: a failed one is reported on its own and leaves ids for names.
    done: read && [volumes, servers, imageUsage, volumeQuota].every((query) => !query.isPending),
  };

  const failures: StorageFailure[] = [];
  for (const query of listings) {
    if (query.isError) failures.push({ error: query.error, retry: () => void (query.data ? query.fetchNextPage() : query.refetch()) });
  }
  for (const query of [volumes, servers, imageUsage, volumeQuota]) {
    if (query.isError) failures.push({ error: query.error, retry: () => void query.refetch() });
  }

  return {
    storage,
    progress,
    failures,
    names,
    imageUsage: imageUsage.data,
    volumeQuota: volumeQuota.data,
    quotasPending: imageUsage.isPending || volumeQuota.isPending,
  };
}

import { queryOptions } from '@tanstack/react-query';
import { volumeKeys, volumeSnapshotKeys } from '@/openstack/cinder/queries';
import { listAllVolumeSnapshots } from '@/openstack/cinder/snapshots';
import { listVolumes } from '@/openstack/cinder/volumes';
import { listAllImages } from '@/openstack/glance/images';
import { imageKeys } from '@/openstack/glance/queries';
import type { CloudApi } from '@/openstack/http';
import { fetchAllPages } from '@/openstack/paging';

/** The largest page Glance and Cinder hand out by default: thousands of items in a few requests. */
const PAGE = 1000;

/**
 * The wizard's candidate listings: every page of three collections, under the services' own
 * key factories so a mutation that invalidates a service's lists refreshes these too.
 */
export const launchQueries = {
  /** Active images and snapshots; the classifier splits them. */
  activeImages: (api: CloudApi) =>
    queryOptions({
      queryKey: [...imageKeys.lists(api), 'launch', { status: 'active' }] as const,
      queryFn: () => listAllImages(api, { status: 'active', limit: PAGE }),
    }),
  /** Every volume: the bootable available ones are candidates, and they tell which snapshots boot. */
  volumes: (api: CloudApi) =>
    queryOptions({
      queryKey: [...volumeKeys.lists(api), 'launch'] as const,
      queryFn: () =>
        fetchAllPages(async (marker) => {
          const page = await listVolumes(api, { limit: PAGE, marker });
          return { items: page.volumes, nextMarker: page.nextMarker };
        }),
    }),
  /** Every volume snapshot: the candidates, and the names of those a volume-backed snapshot recreates. */
  volumeSnapshots: (api: CloudApi) =>
    queryOptions({
      queryKey: [...volumeSnapshotKeys.lists(api), 'launch'] as const,
      queryFn: () => listAllVolumeSnapshots(api, { limit: PAGE }),
    }),
};

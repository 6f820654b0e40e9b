import { queryOptions } from '@tanstack/react-query';
import { listAllImages } from '@/openstack/glance/images';
import { imageKeys } from '@/openstack/glance/queries';
import type { CloudApi } from '@/openstack/http';

/** Glance's `api_limit_max` default: one request holds up to this many images. */
export const IMAGE_PAGE_SIZE = 1000;

/**
 * The instance snapshots of volume-backed servers (`bdm_v2=True`), in one listing: their block
 * device mappings name the Cinder snapshots they need (see `indexImagesBySnapshot`). Under the
 * Glance list key, so deleting an image refreshes the links.
 */
export function volumeBackedImagesQuery(api: CloudApi) {
  return queryOptions({
    queryKey: [...imageKeys.lists(api), 'volume-backed-for-volume-snapshots'] as const,
    queryFn: () => listAllImages(api, { properties: { bdm_v2: 'True' }, limit: IMAGE_PAGE_SIZE }),
  });
}

import { queryOptions } from '@tanstack/react-query';
import type { CloudApi } from '@/openstack/http';
import { imageKind } from '@/openstack/glance/classify';
import { listImages, type ImageListFilters } from '@/openstack/glance/images';
import { imageKeys } from '@/openstack/glance/queries';
import type { Image } from '@/openstack/glance/schemas';
import { fetchMergedPage, type PagerStream } from './merged-pager';
import { DEFAULT_SORT, type ImagesUrlState, type SortKey } from './images-url-state';
import type { SortState } from '@/lib/use-url-state';

export type ImagesListFilters = Omit<ImagesUrlState, 'markers'>;

/**
 * How each type filter reaches Glance:
 * - all: one listing, Glance's own paging;
 * - snapshots: two listings merged in sort order: `image_type=snapshot` (image-backed) and
 *   `bdm_v2=True` (volume-backed, which Nova leaves without `image_type`), the second keeping only
 *   what the first cannot hold, so nothing comes twice;
 * - images: Glance cannot say "no image_type", so the plain listing is read page by page and the
 *   classifier drops the snapshots; the cursor remembers the last item read, so paging stays exact.
 * A name filter is a case-insensitive substring (Glance's `name` is exact only), applied the same way.
 */
export function imageStreams(api: CloudApi, filters: ImagesListFilters): PagerStream<Image>[] {
  const base: ImageListFilters = {
    status: filters.status || undefined,
    visibility: filters.visibility === 'all' || filters.visibility === 'project' ? undefined : filters.visibility,
    owner: filters.visibility === 'project' ? api.projectId : undefined,
    sortKey: filters.sort?.key,
    sortDir: filters.sort?.dir,
  };
  const needle = filters.name.trim().toLowerCase();
  const nameMatches = (image: Image) => needle === '' || (image.name ?? image.id).toLowerCase().includes(needle);
  const stream = (properties: Record<string, string> | undefined, keep: (image: Image) => boolean): PagerStream<Image> => ({
    keep: (image) => nameMatches(image) && keep(image),
    fetch: async (marker, limit) => {
      const page = await listImages(api, { ...base, properties, marker, limit });
      return { items: page.images, nextMarker: page.nextMarker };
    },
  });
  switch (filters.type) {
    case 'snapshots':
      return [
        stream({ image_type: 'snapshot' }, () => true),
        stream({ bdm_v2: 'True' }, (image) => imageKind(image) === 'snapshot' && image.image_type?.trim() !== 'snapshot'),
      ];
    case 'images':
      return [stream(undefined, (image) => imageKind(image) === 'image')];
    default:
      return [stream(undefined, () => true)];
  }
}

function sortValue(image: Image, key: SortKey): string | number {
  switch (key) {
    case 'size':
      return image.size ?? -1;
    case 'name':
      return image.name ?? '';
    case 'disk_format':
      return image.disk_format ?? '';
    default:
      return image[key];
  }
}

function order(a: string | number, b: string | number): number {
  if (a === b) return 0;
  return a < b ? -1 : 1;
}

/** Glance's order: the chosen key, then `created_at` and `id`, both descending (its defaults). */
export function compareImages(sort: SortState<SortKey> | null): (a: Image, b: Image) => number {
  const chosen = sort ?? DEFAULT_SORT;
  return (a, b) => {
    const primary = order(sortValue(a, chosen.key), sortValue(b, chosen.key)) * (chosen.dir === 'asc' ? 1 : -1);
    if (primary !== 0) return primary;
    if (chosen.key !== 'created_at') {
      const created = -order(a.created_at, b.created_at);
      if (created !== 0) return created;
    }
    return -order(a.id, b.id);
  };
}

export interface ImagesPanelArgs {
  filters: ImagesListFilters;
  cursor: string | null;
}

/** The panel's page: under the Glance list key, so every image mutation refreshes it. */
export const imagesPanelKey = (api: CloudApi, args: ImagesPanelArgs) => [...imageKeys.lists(api), 'panel', args] as const;

export function imagesPanelQuery(api: CloudApi, args: ImagesPanelArgs) {
  return queryOptions({
    queryKey: imagesPanelKey(api, args),
    queryFn: () =>
      fetchMergedPage({
        streams: imageStreams(api, args.filters),
        cursor: args.cursor,
        limit: args.filters.limit,
        compare: compareImages(args.filters.sort),
        id: (image) => image.id,
      }),
  });
}

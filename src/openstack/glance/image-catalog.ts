import type { CloudApi } from '../http';
import { imageKind } from './classify';
import { listImages, type ImageListFilters, type ImagePage } from './images';
import { fetchMergedPage, type PagerStream } from './merged-pager';
import type { Image } from './schemas';

/** Which items a catalog page holds: everything, plain images, or instance snapshots. */
export const imageKindFilters = ['all', 'images', 'snapshots'] as const;
export type ImageKindFilter = (typeof imageKindFilters)[number];

/** Keys Glance sorts on (its `_available_sort_keys`) that a list shows. */
export const imageSortKeys = ['name', 'status', 'disk_format', 'size', 'created_at'] as const;
export type ImageSortKey = (typeof imageSortKeys)[number];

export interface ImageSort {
  key: ImageSortKey;
  dir: 'asc' | 'desc';
}

/** Glance's own order when none is asked for. */
export const defaultImageSort: ImageSort = { key: 'created_at', dir: 'desc' };

/**
 * The Images panel's opening page: no filter, newest first, 20 rows (the panel's URL defaults; a
 * test keeps the two the same). A new snapshot is looked for there, so it is read ahead.
 */
export const newestImagesPage: ImageCatalogFilters = { kind: 'all', nameContains: '', sort: defaultImageSort, limit: 20 };

/** A page of the catalog: a Glance listing narrowed by kind and by a name substring. */
export interface ImageCatalogFilters extends Omit<ImageListFilters, 'marker' | 'name' | 'properties' | 'sortKey' | 'sortDir' | 'ids'> {
  kind: ImageKindFilter;
  /** Substring of the name, case-insensitive (Glance's `name` is exact only). */
  nameContains?: string;
  /** Leaves out this owner's images (Glance has no "owner is not"): "shared with me" without the project's own. */
  notOwner?: string;
  sort?: ImageSort | null;
  /** A previous page's `nextMarker`; absent for the first page. */
  cursor?: string;
}

export interface ImageCatalogPage extends ImagePage {
  /** The request budget ran out before the page filled: more may follow on the next page. */
  partial: boolean;
}

/**
 * How each kind reaches Glance:
 * - all: one listing, Glance's own paging;
 * - snapshots: two listings merged in sort order: `image_type=snapshot` (image-backed) and
 *   `bdm_v2=True` (volume-backed, which Nova leaves without `image_type`), the second keeping only
 *   what the first cannot hold, so nothing comes twice;
 * - images: Glance cannot say "no image_type", so the plain listing is read page by page and the
 *   classifier drops the snapshots; the cursor remembers the last item read, so paging stays exact.
 * A name filter (a case-insensitive substring) and `notOwner` are applied the same way.
 */
function imageStreams(api: CloudApi, filters: ImageCatalogFilters): PagerStream<Image>[] {
  const base: ImageListFilters = {
    status: filters.status,
    visibility: filters.visibility,
    owner: filters.owner,
    protected: filters.protected,
    extraQuery: filters.extraQuery,
    sortKey: filters.sort?.key,
    sortDir: filters.sort?.dir,
  };
  const needle = (filters.nameContains ?? '').trim().toLowerCase();
  const clientMatches = (image: Image) =>
    (needle === '' || (image.name ?? image.id).toLowerCase().includes(needle)) && (filters.notOwner === undefined || image.owner !== filters.notOwner);
  const stream = (properties: Record<string, string> | undefined, keep: (image: Image) => boolean): PagerStream<Image> => ({
    keep: (image) => clientMatches(image) && keep(image),
    fetch: async (marker, limit) => {
      const page = await listImages(api, { ...base, properties, marker, limit });
      return { items: page.images, nextMarker: page.nextMarker };
    },
  });
  switch (filters.kind) {
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

function sortValue(image: Image, key: ImageSortKey): string | number {
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
export function compareImages(sort: ImageSort | null | undefined): (a: Image, b: Image) => number {
  const chosen = sort ?? defaultImageSort;
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

/** One catalog page: one or two Glance listings merged, each marker-paged on its own. */
async function listImageCatalog(api: CloudApi, filters: ImageCatalogFilters): Promise<ImageCatalogPage> {
  const page = await fetchMergedPage({
    streams: imageStreams(api, filters),
    cursor: filters.cursor ?? null,
    limit: filters.limit ?? 20,
    compare: compareImages(filters.sort),
    id: (image) => image.id,
  });
  return { images: page.items, nextMarker: page.nextCursor, partial: page.partial };
}

/** A plain Glance listing (`ImageListFilters`) or a catalog page (`ImageCatalogFilters`, which names a `kind`). */
export type ImageListQuery = ImageListFilters | ImageCatalogFilters;

function isCatalogQuery(filters: ImageListQuery): filters is ImageCatalogFilters {
  return 'kind' in filters;
}

/** One page of either: the catalog's cursor or Glance's marker comes back as `nextMarker`. */
export async function listImagePage(api: CloudApi, filters: ImageListQuery): Promise<ImageCatalogPage> {
  if (isCatalogQuery(filters)) return listImageCatalog(api, filters);
  return { ...(await listImages(api, filters)), partial: false };
}

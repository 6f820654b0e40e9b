import type { QueryClient, QueryKey } from '@tanstack/react-query';
import type { CloudApi } from '../http';
import { newestImagesPage, type ImageCatalogFilters, type ImageCatalogPage } from './image-catalog';
import { imageKeys, imageQueries } from './queries';
import type { Image } from './schemas';

export interface AcceptedSnapshot {
  /** The image id Nova answered (2.45+ body, else the Location header). */
  imageId: string;
  name: string;
  serverId: string;
}

/** The row Glance will list for a snapshot Nova just accepted: queued, no data yet. */
export function queuedSnapshotRow(api: CloudApi, snapshot: AcceptedSnapshot, now: Date = new Date()): Image {
  // Glance writes times to the second.
  const createdAt = now.toISOString().replace(/\.\d+Z$/, 'Z');
  return {
    id: snapshot.imageId,
    name: snapshot.name,
    status: 'queued',
    visibility: 'private',
    owner: api.projectId,
    protected: false,
    size: null,
    virtual_size: null,
    min_disk: 0,
    min_ram: 0,
    tags: [],
    created_at: createdAt,
    updated_at: createdAt,
    image_type: 'snapshot',
    instance_uuid: snapshot.serverId,
  };
}

/** Filters this check understands; a page with any other filter is left alone (it cannot tell). */
const understoodFilters: ReadonlySet<string> = new Set([
  'kind', 'nameContains', 'status', 'visibility', 'owner', 'notOwner', 'protected', 'instanceUuid', 'extraQuery', 'sort', 'limit', 'cursor',
]);

function isCatalogFilters(value: unknown): value is ImageCatalogFilters {
  return typeof value === 'object' && value !== null && 'kind' in value;
}

/**
 * Whether this cached catalog page would show the new snapshot as its first row: a first page,
 * newest first, whose filters all let a queued private snapshot of this project through.
 */
function showsOnTop(filters: ImageCatalogFilters, row: Image, projectId: string): boolean {
  if (Object.entries(filters).some(([key, value]) => value !== undefined && !understoodFilters.has(key))) return false;
  if (filters.cursor !== undefined || filters.kind === 'images') return false;
  const sort = filters.sort ?? { key: 'created_at', dir: 'desc' };
  if (sort.key !== 'created_at' || sort.dir !== 'desc') return false;
  const needle = (filters.nameContains ?? '').trim().toLowerCase();
  return (
    (needle === '' || (row.name ?? '').toLowerCase().includes(needle)) &&
    (filters.status === undefined || filters.status === row.status) &&
    (filters.visibility === undefined || filters.visibility === row.visibility) &&
    (filters.owner === undefined || filters.owner === projectId) &&
    filters.notOwner !== projectId &&
    filters.protected !== true &&
    (filters.instanceUuid === undefined || filters.instanceUuid === row.instance_uuid) &&
    Object.keys(filters.extraQuery ?? {}).length === 0
  );
}

function isPage(data: unknown): data is ImageCatalogPage {
  return typeof data === 'object' && data !== null && 'images' in data && Array.isArray(data.images);
}

/** Puts the row on top of each cached page that would show it there (never twice), and marks those stale. */
function addToCachedPages(client: QueryClient, api: CloudApi, row: Image): void {
  const changed: QueryKey[] = [];
  for (const query of client.getQueryCache().findAll({ queryKey: imageKeys.lists(api) })) {
    const filters = query.queryKey[imageKeys.lists(api).length];
    const data = query.state.data;
    if (query.queryKey.length !== imageKeys.lists(api).length + 1 || !isCatalogFilters(filters) || !isPage(data)) continue;
    if (!showsOnTop(filters, row, api.projectId) || data.images.some((image) => image.id === row.id)) continue;
    client.setQueryData<ImageCatalogPage>(query.queryKey, { ...data, images: [row, ...data.images] });
    changed.push(query.queryKey);
  }
  // Stale, not refetched here: the next visit (or the poll of a panel on screen) asks Glance, whose answer replaces the row.
  for (const queryKey of changed) void client.invalidateQueries({ queryKey, exact: true, refetchType: 'none' });
}

/**
 * A snapshot Nova accepted shows on the Images panel at once: queued on top of the cached first
 * pages that list newest first. When the panel's opening page is not cached, it is read now (the
 * user is likely on the way there), and the row is added if that answer does not list it yet.
 */
export function showQueuedSnapshot(client: QueryClient, api: CloudApi, snapshot: AcceptedSnapshot): void {
  const row = queuedSnapshotRow(api, snapshot);
  addToCachedPages(client, api, row);
  const opening = imageQueries.list(api, newestImagesPage);
  if (client.getQueryData(opening.queryKey) !== undefined) return;
  void client.prefetchQuery(opening).then(() => addToCachedPages(client, api, row));
}

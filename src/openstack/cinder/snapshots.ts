import type { CloudApi } from '../http';
import { atLeast } from '../microversion';
import { fetchAllPages, nextMarkerFromLinks, type Page } from '../paging';
import { parseAnswer } from '../parse';
import { toSearchParams } from '../query-params';
import { checkRequest, segment } from '../request';
import {
  volumeSnapshotCreateRequestSchema,
  volumeSnapshotListSchema,
  volumeSnapshotShowSchema,
  volumeSnapshotUpdateRequestSchema,
  type VolumeSnapshot,
} from './schemas';

export interface VolumeSnapshotListFilters {
  name?: string;
  /**
   * Names that contain `text`, any case: Cinder's inexact `name~` where its configuration accepts it
   * (`serverSide`), else every snapshot that matches the other filters, read and filtered here, on one page.
   */
  nameContains?: { text: string; serverSide: boolean };
  status?: string;
  volumeId?: string;
  limit?: number;
  marker?: string;
  sortKey?: string;
  sortDir?: 'asc' | 'desc';
}

export interface VolumeSnapshotPage {
  snapshots: VolumeSnapshot[];
  nextMarker: string | null;
}

/** Inexact filters arrived with volume 3.34, and Cinder takes `name~` only where its resource filters list it. */
export function acceptsNameContains(api: Pick<CloudApi, 'microversion'>, snapshotFilters: readonly string[]): boolean {
  return atLeast(api.microversion('volume'), '3.34') && snapshotFilters.includes('name~');
}

function nameContains(text: string): (snapshot: VolumeSnapshot) => boolean {
  const wanted = text.toLocaleLowerCase();
  return (snapshot) => (snapshot.name ?? '').toLocaleLowerCase().includes(wanted);
}

/** Cinder's `sort=key:dir` (the older `sort_key`/`sort_dir` cannot be mixed with it). */
export function cinderSort(sortKey: string | undefined, sortDir: 'asc' | 'desc' | undefined): string | undefined {
  if (!sortKey) return undefined;
  return sortDir ? `${sortKey}:${sortDir}` : sortKey;
}

/** GET /snapshots/detail, one page; `nextMarker` from the absolute `snapshots_links` next href. */
export async function listVolumeSnapshots(api: CloudApi, filters: VolumeSnapshotListFilters = {}): Promise<VolumeSnapshotPage> {
  const contains = filters.nameContains;
  if (contains && !contains.serverSide) {
    const { status, volumeId, sortKey, sortDir } = filters;
    const every = await listAllVolumeSnapshots(api, { status, volumeId, sortKey, sortDir, limit: 1000 });
    return { snapshots: every.filter(nameContains(contains.text)), nextMarker: null };
  }
  const params = toSearchParams({
    name: filters.name,
    'name~': contains?.text,
    status: filters.status,
    volume_id: filters.volumeId,
    limit: filters.limit,
    marker: filters.marker,
    sort: cinderSort(filters.sortKey, filters.sortDir),
  });
  const response = await api.http('volume').get('/snapshots/detail', { params });
  const body = parseAnswer(volumeSnapshotListSchema, response.data, 'volume', 'GET /snapshots/detail');
  return { snapshots: body.snapshots, nextMarker: nextMarkerFromLinks(body.snapshots_links, body.snapshots.at(-1)?.id) };
}

/** Every page of GET /snapshots/detail. */
export function listAllVolumeSnapshots(
  api: CloudApi,
  filters: Omit<VolumeSnapshotListFilters, 'marker'> = {},
): Promise<VolumeSnapshot[]> {
  return fetchAllPages(async (marker): Promise<Page<VolumeSnapshot>> => {
    const page = await listVolumeSnapshots(api, { ...filters, marker });
    return { items: page.snapshots, nextMarker: page.nextMarker };
  });
}

/** GET /snapshots/{id}. */
export async function getVolumeSnapshot(api: CloudApi, id: string): Promise<VolumeSnapshot> {
  const response = await api.http('volume').get(`/snapshots/${segment(id)}`);
  return parseAnswer(volumeSnapshotShowSchema, response.data, 'volume', 'GET /snapshots/{id}').snapshot;
}

/**
 * DELETE /snapshots/{id} (202). A snapshot with dependent volumes is not refused here: it goes
 * `deleting` and back to `available`, with a user message (see `listMessages`).
 */
export async function deleteVolumeSnapshot(api: CloudApi, id: string): Promise<void> {
  await api.http('volume').delete(`/snapshots/${segment(id)}`);
}

export interface VolumeSnapshotUpdate {
  name?: string;
  description?: string;
}

/** PUT /snapshots/{id} `{"snapshot": {name?, description?}}`. */
export async function updateVolumeSnapshot(api: CloudApi, id: string, update: VolumeSnapshotUpdate): Promise<VolumeSnapshot> {
  const body = checkRequest(volumeSnapshotUpdateRequestSchema, { snapshot: update }, 'volume', 'PUT /snapshots/{id}');
  const response = await api.http('volume').put(`/snapshots/${segment(id)}`, body);
  return parseAnswer(volumeSnapshotShowSchema, response.data, 'volume', 'PUT /snapshots/{id}').snapshot;
}

export interface VolumeSnapshotCreate {
  volumeId: string;
  name?: string;
  description?: string;
  /** Snapshot an in-use volume. */
  force?: boolean;
  metadata?: Record<string, string>;
}

/** POST /snapshots (202): the snapshot starts `creating`. Over quota answers 413. */
export async function createVolumeSnapshot(api: CloudApi, input: VolumeSnapshotCreate): Promise<VolumeSnapshot> {
  const { volumeId, ...rest } = input;
  const body = checkRequest(volumeSnapshotCreateRequestSchema, { snapshot: { volume_id: volumeId, ...rest } }, 'volume', 'POST /snapshots');
  const response = await api.http('volume').post('/snapshots', body);
  return parseAnswer(volumeSnapshotShowSchema, response.data, 'volume', 'POST /snapshots').snapshot;
}

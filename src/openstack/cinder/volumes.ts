import type { CloudApi } from '../http';
import { nextMarkerFromLinks } from '../paging';
import { parseAnswer } from '../parse';
import { toSearchParams } from '../query-params';
import { checkRequest, segment } from '../request';
import { cinderSort } from './snapshots';
import { volumeCreateRequestSchema, volumeListSchema, volumeShowSchema, type Volume } from './schemas';

export interface VolumeListFilters {
  name?: string;
  status?: string;
  bootable?: boolean;
  /**
   * Sent as `snapshot_id`. Not in Cinder's default `resource_filters.json` for volumes, so a
   * non-admin may get 400 "Invalid filters" from a stock cloud.
   */
  snapshotId?: string;
  limit?: number;
  marker?: string;
  sortKey?: string;
  sortDir?: 'asc' | 'desc';
}

export interface VolumePage {
  volumes: Volume[];
  nextMarker: string | null;
}

/** GET /volumes/detail, one page; `nextMarker` from `volumes_links`. */
export async function listVolumes(api: CloudApi, filters: VolumeListFilters = {}): Promise<VolumePage> {
  const params = toSearchParams({
    name: filters.name,
    status: filters.status,
    bootable: filters.bootable,
    snapshot_id: filters.snapshotId,
    limit: filters.limit,
    marker: filters.marker,
    sort: cinderSort(filters.sortKey, filters.sortDir),
  });
  const response = await api.http('volume').get('/volumes/detail', { params });
  const body = parseAnswer(volumeListSchema, response.data, 'volume', 'GET /volumes/detail');
  return { volumes: body.volumes, nextMarker: nextMarkerFromLinks(body.volumes_links, body.volumes.at(-1)?.id) };
}

/** GET /volumes/{id}. */
export async function getVolume(api: CloudApi, id: string): Promise<Volume> {
  const response = await api.http('volume').get(`/volumes/${segment(id)}`);
  return parseAnswer(volumeShowSchema, response.data, 'volume', 'GET /volumes/{id}').volume;
}

export interface VolumeCreate {
  name: string;
  /** GiB; from a snapshot it may not be smaller than the snapshot. */
  size: number;
  snapshotId?: string;
  imageRef?: string;
  volumeType?: string;
  description?: string;
  availabilityZone?: string;
}

/** POST /volumes (202): from a snapshot (same AZ and at least its size) or an image, or blank. */
export async function createVolume(api: CloudApi, input: VolumeCreate): Promise<Volume> {
  const volume = {
    name: input.name,
    size: input.size,
    snapshot_id: input.snapshotId,
    imageRef: input.imageRef,
    volume_type: input.volumeType,
    description: input.description,
    availability_zone: input.availabilityZone,
  };
  const body = checkRequest(volumeCreateRequestSchema, { volume }, 'volume', 'POST /volumes');
  const response = await api.http('volume').post('/volumes', body);
  return parseAnswer(volumeShowSchema, response.data, 'volume', 'POST /volumes').volume;
}

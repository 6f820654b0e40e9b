import { runBounded } from '@/lib/run-bounded';
import type { CloudApi } from '../http';
import { fetchAllPages, markerFromHref, type Page } from '../paging';
import { parseAnswer } from '../parse';
import { toSearchParams, type QueryValue } from '../query-params';
import { checkRequest, segment } from '../request';
import { imageListSchema, imagePatchSchema, imageSchema, type Image, type ImagePatchOperation } from './schemas';

export const IMAGE_PATCH_CONTENT_TYPE = 'application/openstack-images-v2.1-json-patch';
/** How many ids go into one `id=in:` filter. */
const IMAGE_ID_BATCH = 100;
const BATCH_CONCURRENCY = 4;

export interface ImageListFilters {
  limit?: number;
  marker?: string;
  name?: string;
  status?: string;
  visibility?: string;
  owner?: string;
  protected?: boolean;
  /** Snapshots of one server: Nova sets `instance_uuid` on an image-backed server's snapshot (fact 12 in tests/fixtures/openstack-api-samples/README.md). */
  instanceUuid?: string;
  /** Sent as `id=in:a,b`; an empty list answers an empty page without asking. */
  ids?: readonly string[];
  /** Direct property filters, e.g. `{ image_type: 'snapshot' }` → `image_type=snapshot`. */
  properties?: Readonly<Record<string, string>>;
  sortKey?: string;
  sortDir?: 'asc' | 'desc';
  /** Any other query parameters (`tag`, `os_hidden`, `size_min`, …), repeated for arrays. */
  extraQuery?: Readonly<Record<string, string | readonly string[]>>;
}

export interface ImagePage {
  images: Image[];
  nextMarker: string | null;
}

function imageQuery(filters: ImageListFilters): URLSearchParams {
  const known: Record<string, QueryValue> = {
    limit: filters.limit,
    marker: filters.marker,
    name: filters.name,
    status: filters.status,
    visibility: filters.visibility,
    owner: filters.owner,
    protected: filters.protected,
    instance_uuid: filters.instanceUuid,
    id: filters.ids ? `in:${filters.ids.join(',')}` : undefined,
    sort_key: filters.sortKey,
    sort_dir: filters.sortDir,
  };
  const set = Object.fromEntries(Object.entries(known).filter(([, value]) => value !== undefined));
  return toSearchParams({ ...filters.properties, ...filters.extraQuery, ...set });
}

/**
 * GET /v2/images, one page. Glance's `next` is a relative path that may skip a gateway's prefix,
 * so it is never requested: its `marker` is taken and the next call is made against the endpoint.
 */
export async function listImages(api: CloudApi, filters: ImageListFilters = {}): Promise<ImagePage> {
  if (filters.ids && filters.ids.length === 0) return { images: [], nextMarker: null };
  const response = await api.http('image').get('/v2/images', { params: imageQuery(filters) });
  const body = parseAnswer(imageListSchema, response.data, 'image', 'GET /v2/images');
  const nextMarker = body.next ? (markerFromHref(body.next) ?? body.images.at(-1)?.id ?? null) : null;
  return { images: body.images, nextMarker };
}

/** Every page of a listing, following next markers. */
export function listAllImages(api: CloudApi, filters: Omit<ImageListFilters, 'marker'> = {}): Promise<Image[]> {
  return fetchAllPages(async (marker): Promise<Page<Image>> => {
    const page = await listImages(api, { ...filters, marker });
    return { items: page.images, nextMarker: page.nextMarker };
  });
}

async function imagesForChunk(api: CloudApi, ids: readonly string[]): Promise<Image[]> {
  const first = await listImages(api, { ids, limit: ids.length });
  // A full answer needs no second call; a short one with `next` (policy filtering, a lower
  // api_limit_max) may have more behind it.
  if (first.images.length >= ids.length || !first.nextMarker) return first.images;
  const rest = await fetchAllPages(async (marker): Promise<Page<Image>> => {
    const page = await listImages(api, { ids, limit: ids.length, marker: marker ?? first.nextMarker ?? undefined });
    return { items: page.images, nextMarker: page.nextMarker };
  });
  return [...first.images, ...rest];
}

/**
 * Looks up many images by id for names and kinds: `id=in:` batches of ≤ 100 ids, one request per
 * batch (a few at a time), never one per row. Unknown or hidden ids are simply absent.
 */
export async function listAllImagesByIds(api: CloudApi, ids: readonly string[]): Promise<Image[]> {
  const unique = [...new Set(ids.filter((id) => id !== ''))];
  const chunks: string[][] = [];
  for (let start = 0; start < unique.length; start += IMAGE_ID_BATCH) chunks.push(unique.slice(start, start + IMAGE_ID_BATCH));
  const results = await runBounded(chunks, (chunk) => imagesForChunk(api, chunk), { concurrency: BATCH_CONCURRENCY });
  return results.flatMap((result) => {
    if (!result.ok) throw result.error;
    return result.value;
  });
}

/** GET /v2/images/{id}. */
export async function getImage(api: CloudApi, id: string): Promise<Image> {
  const response = await api.http('image').get(`/v2/images/${segment(id)}`);
  return parseAnswer(imageSchema, response.data, 'image', 'GET /v2/images/{id}');
}

/** DELETE /v2/images/{id} (204). A protected image answers 403: unprotect it first. */
export async function deleteImage(api: CloudApi, id: string): Promise<void> {
  await api.http('image').delete(`/v2/images/${segment(id)}`);
}

/** PATCH /v2/images/{id} with JSON-patch operations and Glance's own media type (else 415). */
export async function updateImage(api: CloudApi, id: string, operations: readonly ImagePatchOperation[]): Promise<Image> {
  const body = checkRequest(imagePatchSchema, operations, 'image', 'PATCH /v2/images/{id}');
  const response = await api.http('image').patch(`/v2/images/${segment(id)}`, body, {
    headers: { 'Content-Type': IMAGE_PATCH_CONTENT_TYPE },
  });
  return parseAnswer(imageSchema, response.data, 'image', 'PATCH /v2/images/{id}');
}

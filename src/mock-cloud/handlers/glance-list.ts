import type { Image } from '../db';
import type { Ctx } from '../http/context';
import { badRequest } from '../http/errors';
import { boolParam, parseIntParam } from '../http/input';
import { json } from '../http/respond';
import { isVisibilityFilter, listedFor } from '../ops/image-access';
import { comparator, pageAfter, parseSort } from '../paging';
import { imageField, imageView } from '../views/glance';

const sortKeys = [
  'name', 'status', 'container_format', 'disk_format', 'size', 'id', 'created_at', 'updated_at',
  'visibility', 'owner', 'min_disk', 'min_ram', 'virtual_size', 'protected', 'os_hidden',
];
const notFilters = new Set(['limit', 'marker', 'sort', 'sort_key', 'sort_dir', 'visibility', 'os_hidden', 'member_status', 'tag', 'size_min', 'size_max']);

/** `in:a,b` or an exact value. */
function matchesValue(actual: unknown, wanted: string): boolean {
  const text = actual === null || actual === undefined ? '' : String(actual);
  if (wanted.startsWith('in:')) return wanted.slice(3).split(',').map((v) => v.trim().replace(/^"|"$/g, '')).includes(text);
  return text === wanted;
}

/** `gt:2026-01-01T00:00:00Z` style comparisons on created_at/updated_at. */
function matchesTime(actual: string, wanted: string): boolean {
  const [op, ...rest] = wanted.includes(':') && /^(gt|gte|lt|lte|eq|neq):/.test(wanted) ? wanted.split(':') : ['eq', wanted];
  const a = Date.parse(actual);
  const b = Date.parse(rest.join(':'));
  if (Number.isNaN(b)) throw badRequest(`Invalid date format ${wanted}`);
  switch (op) {
    case 'gt': return a > b;
    case 'gte': return a >= b;
    case 'lt': return a < b;
    case 'lte': return a <= b;
    case 'neq': return a !== b;
    default: return a === b;
  }
}

function filterFor(ctx: Ctx): (image: Image) => boolean {
  const q = ctx.query;
  const visibility = q.get('visibility');
  if (visibility !== null && !isVisibilityFilter(visibility)) throw badRequest(`Invalid visibility value: ${visibility}`);
  const hidden = boolParam(q.get('os_hidden'));
  if (hidden === 'invalid') throw badRequest(`Invalid value for os_hidden: ${q.get('os_hidden') ?? ''}`);
  const sizeMin = parseIntParam(q.get('size_min'));
  const sizeMax = parseIntParam(q.get('size_max'));
  if (sizeMin === 'invalid' || sizeMax === 'invalid') throw badRequest('size_min and size_max must be integers');
  const protectedFilter = q.get('protected');
  if (protectedFilter !== null && !['true', 'false'].includes(protectedFilter)) {
    throw badRequest(`Invalid value '${protectedFilter}' for 'protected' filter. Valid values are 'true' or 'false'.`);
  }
  const memberStatus = q.get('member_status') ?? 'accepted';
  const tags = q.getAll('tag');
  const direct = [...q.entries()].filter(([key]) => !notFilters.has(key));
  const auth = ctx.auth;
  return (image) => {
    if (!listedFor(image, auth, visibility as Parameters<typeof listedFor>[2], memberStatus)) return false;
    if (image.os_hidden !== (hidden === true)) return false;
    if (sizeMin !== undefined && (image.size ?? 0) < sizeMin) return false;
    if (sizeMax !== undefined && (image.size ?? 0) > sizeMax) return false;
    if (!tags.every((t) => image.tags.includes(t))) return false;
    for (const [key, wanted] of direct) {
      if (key === 'created_at' || key === 'updated_at') {
        if (!matchesTime(image[key], wanted)) return false;
      } else if (!matchesValue(imageField(image, key), wanted)) {
        return false;
      }
    }
    return true;
  };
}

/** GET /v2/images: Glance's filters, sorting and paging with a relative `next` while pages come back full. */
export function listImages(ctx: Ctx): Response {
  const q = ctx.query;
  const rawLimit = parseIntParam(q.get('limit'));
  if (rawLimit === 'invalid') throw badRequest('limit param must be an integer');
  if (rawLimit !== undefined && rawLimit < 0) throw badRequest('limit param must be positive');
  const limit = Math.min(rawLimit ?? 25, 1000);
  const sort = parseSort(q, sortKeys, [{ key: 'created_at', dir: 'desc' }]);
  if ('invalid' in sort) throw badRequest(sort.invalid);
  const compare = comparator<Image>(sort, imageField);
  const markerId = q.get('marker');
  let marker: Image | undefined;
  if (markerId !== null) {
    marker = ctx.db.image.images[markerId];
    if (!marker || !listedFor(marker, ctx.auth, 'all', 'all')) throw badRequest(`No image found with ID ${markerId}`);
  }
  const keep = filterFor(ctx);
  const matching = Object.values(ctx.db.image.images).filter(keep).sort(compare);
  const page = pageAfter(matching, marker, compare, limit);

  const params = new URLSearchParams(q);
  params.delete('marker');
  const query = params.toString();
  const body: Record<string, unknown> = {
    images: page.map(imageView),
    first: query ? `/v2/images?${query}` : '/v2/images',
    schema: '/v2/schemas/images',
  };
  const last = page.at(-1);
  if (last && page.length === limit) {
    params.append('marker', last.id);
    body['next'] = `/v2/images?${params.toString()}`;
  }
  return json(body);
}

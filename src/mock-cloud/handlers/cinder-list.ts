import type { Ctx } from '../http/context';
import { badRequest } from '../http/errors';
import { parseIntParam } from '../http/input';
import { json } from '../http/respond';
import { comparator, pageAfter, parseSort, withMarker } from '../paging';

const pagingParams = new Set(['limit', 'marker', 'sort', 'sort_key', 'sort_dir', 'offset', 'with_count', 'all_tenants']);
const maxLimit = 1000;

export interface CinderListSpec<T extends { id: string }> {
  items: T[];
  /** Allowed filter keys (resource_filters.json) and how to read them. */
  filters: Record<string, (item: T) => unknown>;
  sortKeys: string[];
  field: (item: T, key: string) => unknown;
  collection: string;
  linksPath: string;
  view: (item: T) => Record<string, unknown>;
}

/** Cinder's list: allowed filters only (400 otherwise), sort, limit/marker, `<collection>_links` next. */
export function cinderList<T extends { id: string }>(ctx: Ctx, spec: CinderListSpec<T>): Response {
  const q = ctx.query;
  const unknown = [...new Set(q.keys())].filter((k) => !pagingParams.has(k) && !(k in spec.filters));
  if (unknown.length > 0) throw badRequest(`Invalid filters ${unknown.join(', ')} are found in query options.`);
  const rawLimit = parseIntParam(q.get('limit'));
  if (rawLimit === 'invalid' || (rawLimit !== undefined && rawLimit < 0)) throw badRequest('Invalid input received: limit must be a non-negative integer');
  const limit = Math.min(rawLimit ?? maxLimit, maxLimit);
  const sort = parseSort(q, spec.sortKeys, [{ key: 'created_at', dir: 'desc' }]);
  if ('invalid' in sort) throw badRequest(sort.invalid);
  const compare = comparator<T>(sort, spec.field);
  const markerId = q.get('marker');
  const marker = markerId === null ? undefined : spec.items.find((i) => i.id === markerId);
  if (markerId !== null && !marker) throw badRequest(`Invalid input received: marker [${markerId}] not found`);
  const filters = Object.entries(spec.filters).flatMap(([key, read]) => {
    const wanted = q.get(key);
    return wanted === null ? [] : [{ read, wanted }];
  });
  const matching = spec.items.filter((item) => filters.every(({ read, wanted }) => String(read(item)) === wanted));
  const page = pageAfter(matching.sort(compare), marker, compare, limit);
  const body: Record<string, unknown> = { [spec.collection]: page.map(spec.view) };
  const last = page.at(-1);
  if (last && page.length === limit) {
    const href = `${ctx.core.baseUrl}/volume/v3/${ctx.auth.project.id}/${spec.linksPath}?${withMarker(q, last.id, limit)}`;
    body[`${spec.collection}_links`] = [{ href, rel: 'next' }];
  }
  return json(body);
}

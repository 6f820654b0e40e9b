/** Sorting and marker/limit paging shared by the services (each keeps its own defaults and link format). */
export interface SortSpec {
  key: string;
  dir: 'asc' | 'desc';
}

export type Getter<T> = (item: T, key: string) => unknown;

function compareValues(a: unknown, b: unknown): number {
  const aNull = a === null || a === undefined || a === '';
  const bNull = b === null || b === undefined || b === '';
  if (aNull || bNull) return aNull === bNull ? 0 : aNull ? -1 : 1;
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  if (typeof a === 'boolean' && typeof b === 'boolean') return Number(a) - Number(b);
  const sa = String(a);
  const sb = String(b);
  return sa < sb ? -1 : sa > sb ? 1 : 0;
}

/** A total order: the given keys, then `id` (in the last key's direction) so paging never skips or repeats. */
export function comparator<T>(specs: readonly SortSpec[], get: Getter<T>): (a: T, b: T) => number {
  const last = specs.at(-1)?.dir ?? 'desc';
  const all = specs.some((s) => s.key === 'id') ? specs : [...specs, { key: 'id', dir: last } satisfies SortSpec];
  return (a, b) => {
    for (const spec of all) {
      const c = compareValues(get(a, spec.key), get(b, spec.key));
      if (c !== 0) return spec.dir === 'asc' ? c : -c;
    }
    return 0;
  };
}

/** The page after `marker` (an item, which need not match the filters), at most `limit` long. */
export function pageAfter<T>(sorted: readonly T[], marker: T | undefined, compare: (a: T, b: T) => number, limit: number): T[] {
  let start = 0;
  if (marker !== undefined) {
    start = sorted.length;
    for (let i = 0; i < sorted.length; i++) {
      const item = sorted[i];
      if (item !== undefined && compare(item, marker) > 0) {
        start = i;
        break;
      }
    }
  }
  return sorted.slice(start, start + limit);
}

/** `sort_key`/`sort_dir` (repeatable) or `sort=a:asc,b:desc`, validated against the allowed keys. */
export function parseSort(
  query: URLSearchParams,
  allowed: readonly string[],
  fallback: readonly SortSpec[],
): SortSpec[] | { invalid: string } {
  const sort = query.get('sort');
  const keys = query.getAll('sort_key').flatMap((k) => k.split(','));
  const dirs = query.getAll('sort_dir').flatMap((d) => d.split(','));
  let specs: SortSpec[];
  if (sort) {
    specs = sort.split(',').map((part) => {
      const [key = '', dir = 'desc'] = part.split(':');
      return { key: key.trim(), dir: dir.trim() === 'asc' ? 'asc' : 'desc' };
    });
    const bad = sort.split(',').find((part) => !['asc', 'desc', undefined].includes(part.split(':')[1]?.trim()));
    if (bad) return { invalid: `Invalid sort direction: ${bad.split(':')[1] ?? ''}` };
  } else if (keys.length > 0) {
    const badDir = dirs.find((d) => d !== 'asc' && d !== 'desc');
    if (badDir !== undefined) return { invalid: `Invalid sort direction: ${badDir}` };
    specs = keys.map((key, i) => ({ key, dir: (dirs[i] ?? dirs.at(-1) ?? 'desc') === 'asc' ? 'asc' : 'desc' }));
  } else {
    return [...fallback];
  }
  const unknown = specs.find((s) => !allowed.includes(s.key));
  if (unknown) return { invalid: `Invalid sort key: ${unknown.key}` };
  return specs;
}

/** The query string with `marker` replaced (appended last), as the services build their next links. */
export function withMarker(query: URLSearchParams, marker: string, limit?: number): string {
  const next = new URLSearchParams();
  for (const [key, value] of query) if (key !== 'marker' && !(limit !== undefined && key === 'limit')) next.append(key, value);
  if (limit !== undefined) next.set('limit', String(limit));
  next.append('marker', marker);
  return next.toString();
}

/**
 * One page of a list made of one or more server-side marker-paged streams, each filtered further
 * on the client, merged in the server's sort order. Every stream keeps its own cursor (the last
 * item it has passed), so nothing is skipped or shown twice whatever the filters drop, and the
 * merge needs no knowledge of how many items each stream holds.
 */

export interface RawPage<T> {
  items: T[];
  nextMarker: string | null;
}

export interface PagerStream<T> {
  /** Fetches one server page after `marker` (undefined = from the start). */
  fetch(marker: string | undefined, limit: number): Promise<RawPage<T>>;
  /** Client-side filter: items it drops are passed over, never shown. */
  keep(item: T): boolean;
}

export interface MergedPageOptions<T> {
  streams: readonly PagerStream<T>[];
  /** From a previous page's `nextCursor`; null for the first page. */
  cursor: string | null;
  limit: number;
  /** The server's order (negative: `a` first). */
  compare(a: T, b: T): number;
  id(item: T): string;
  /** Most server requests for this page; a sparse filter stops here with a cursor to go on. */
  maxRequests?: number;
  /** The server's largest page. */
  maxPageSize?: number;
}

export interface MergedPage<T> {
  items: T[];
  /** Where the next page starts; null on the last page. */
  nextCursor: string | null;
  /** The request budget ran out before the page filled: more may follow on the next page. */
  partial: boolean;
  requests: number;
}

const START = '';
const DONE = '!';

/** A cursor is one part per stream: '' = from the start, '!' = finished, else the last id passed. */
export function encodeCursor(parts: readonly string[]): string {
  return parts.map((part) => (part === START || part === DONE ? part : escapeId(part))).join('~');
}

/** encodeURIComponent leaves `!` and `~` alone, and they mean something here. */
function escapeId(id: string): string {
  return encodeURIComponent(id).replace(/[!~]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`);
}

export function decodeCursor(cursor: string | null, streams: number): string[] {
  const parts = cursor === null ? [] : cursor.split('~');
  return Array.from({ length: streams }, (_, index) => {
    const part = parts[index] ?? START;
    return part === START || part === DONE ? part : decodeURIComponent(part);
  });
}

interface StreamState<T> {
  stream: PagerStream<T>;
  buffer: T[];
  /** The id of the last item passed (shown or dropped); '' = none yet. */
  passed: string;
  /** Where the next server page starts; null once the server has no more. */
  fetchMarker: string | null | undefined;
  fetches: number;
}

type Head<T> = { kind: 'item'; item: T } | { kind: 'end' } | { kind: 'budget' };

export async function fetchMergedPage<T>(options: MergedPageOptions<T>): Promise<MergedPage<T>> {
  const { streams, limit, compare, id } = options;
  const maxRequests = options.maxRequests ?? 8;
  const maxPageSize = options.maxPageSize ?? 1000;
  let requests = 0;

  const states: StreamState<T>[] = decodeCursor(options.cursor, streams.length).map((part, index) => ({
    stream: streams[index] as PagerStream<T>,
    buffer: [],
    passed: part === DONE ? START : part,
    fetchMarker: part === DONE ? null : part === START ? undefined : part,
    fetches: 0,
  }));

  async function head(state: StreamState<T>): Promise<Head<T>> {
    for (;;) {
      while (state.buffer.length > 0) {
        const first = state.buffer[0] as T;
        if (state.stream.keep(first)) return { kind: 'item', item: first };
        state.buffer.shift();
        state.passed = id(first);
      }
      if (state.fetchMarker === null) return { kind: 'end' };
      if (requests >= maxRequests) return { kind: 'budget' };
      requests += 1;
      // One more than the page so the last page is known without an empty request; sparse
      // filters double the size on each further fetch of the same stream.
      const size = Math.min(maxPageSize, (limit + 1) * 2 ** state.fetches);
      state.fetches += 1;
      const page = await state.stream.fetch(state.fetchMarker, size);
      state.buffer.push(...page.items);
      const last = page.items.at(-1);
      state.fetchMarker = page.items.length > 0 && page.nextMarker !== null && last !== undefined ? id(last) : null;
    }
  }

  const items: T[] = [];
  let partial = false;
  while (items.length < limit) {
    const heads = await Promise.all(states.map(head));
    if (heads.some((current) => current.kind === 'budget')) {
      partial = true;
      break;
    }
    let best: { state: StreamState<T>; item: T } | null = null;
    heads.forEach((current, index) => {
      if (current.kind !== 'item') return;
      if (best === null || compare(current.item, best.item) < 0) best = { state: states[index] as StreamState<T>, item: current.item };
    });
    if (best === null) break;
    const chosen: { state: StreamState<T>; item: T } = best;
    chosen.state.buffer.shift();
    chosen.state.passed = id(chosen.item);
    items.push(chosen.item);
  }

  const finished = (state: StreamState<T>) => state.fetchMarker === null && !state.buffer.some((item) => state.stream.keep(item));
  const nextCursor = states.every(finished) ? null : encodeCursor(states.map((state) => (finished(state) ? DONE : state.passed)));
  return { items, nextCursor, partial, requests };
}

import { decodeCursor, encodeCursor, fetchMergedPage, type MergedPage, type PagerStream } from './merged-pager';

interface Item {
  id: string;
  n: number;
  tag: 'a' | 'b' | 'x';
}

/** A server stream over a sorted list, paging by marker like Glance (next when the page is full). */
function serverStream(all: Item[], keep: (item: Item) => boolean = () => true, log: string[] = []): PagerStream<Item> {
  return {
    keep,
    fetch: async (marker, limit) => {
      log.push(`${marker ?? '-'}/${limit}`);
      const start = marker === undefined ? 0 : all.findIndex((item) => item.id === marker) + 1;
      const items = all.slice(start, start + limit);
      return { items, nextMarker: items.length === limit ? (items.at(-1)?.id ?? null) : null };
    },
  };
}

const byN = (a: Item, b: Item) => a.n - b.n;
const id = (item: Item) => item.id;

function makeItems(count: number, tag: Item['tag'], offset = 0, step = 1): Item[] {
  return Array.from({ length: count }, (_, index) => ({ id: `${tag}${index}`, n: offset + index * step, tag }));
}

async function walk(streams: PagerStream<Item>[], limit: number, maxRequests?: number) {
  const pages: string[][] = [];
  let cursor: string | null = null;
  for (let guard = 0; guard < 100; guard += 1) {
    const page: MergedPage<Item> = await fetchMergedPage({ streams, cursor, limit, compare: byN, id, maxRequests });
    pages.push(page.items.map(id));
    if (page.nextCursor === null) break;
    cursor = page.nextCursor;
  }
  return pages;
}

describe('fetchMergedPage', () => {
  it('pages one stream with one request per page and knows the last page without an empty call', async () => {
    const log: string[] = [];
    const stream = serverStream(makeItems(45, 'a'), undefined, log);
    const pages = await walk([stream], 20);
    expect(pages.map((page) => page.length)).toEqual([20, 20, 5]);
    expect(pages.flat()).toEqual(makeItems(45, 'a').map(id));
    expect(log).toEqual(['-/21', 'a19/21', 'a39/21']);
  });

  it('ends exactly on a full last page', async () => {
    const pages = await walk([serverStream(makeItems(40, 'a'))], 20);
    expect(pages.map((page) => page.length)).toEqual([20, 20]);
  });

  it('merges two disjoint streams in order, never skipping or repeating', async () => {
    const a = makeItems(23, 'a', 0, 2); // even n
    const b = makeItems(17, 'b', 1, 3); // odd-ish n
    const pages = await walk([serverStream(a), serverStream(b)], 10);
    const all = [...a, ...b].sort(byN).map(id);
    expect(pages.flat()).toEqual(all);
    expect(pages.slice(0, -1).every((page) => page.length === 10)).toBe(true);
  });

  it('drops items the filter rejects and keeps paging honestly', async () => {
    const mixed = Array.from({ length: 60 }, (_, index): Item => ({ id: `m${index}`, n: index, tag: index % 3 === 0 ? 'a' : 'x' }));
    const pages = await walk([serverStream(mixed, (item) => item.tag === 'a')], 7);
    expect(pages.flat()).toEqual(mixed.filter((item) => item.tag === 'a').map(id));
    expect(pages[0]).toHaveLength(7);
  });

  it('stops at the request budget with a cursor that goes on where it stopped', async () => {
    const sparse = Array.from({ length: 500 }, (_, index): Item => ({ id: `s${index}`, n: index, tag: index === 450 ? 'a' : 'x' }));
    const first = await fetchMergedPage({ streams: [serverStream(sparse, (item) => item.tag === 'a')], cursor: null, limit: 5, compare: byN, id, maxRequests: 3 });
    expect(first.items).toEqual([]);
    expect(first.partial).toBe(true);
    expect(first.requests).toBe(3);
    expect(first.nextCursor).not.toBeNull();
    const pages = await walk([serverStream(sparse, (item) => item.tag === 'a')], 5, 3);
    expect(pages.flat()).toEqual(['s450']);
  });

  it('handles empty streams and an exhausted stream in the cursor', async () => {
    expect(await walk([serverStream([]), serverStream([])], 10)).toEqual([[]]);
    const pages = await walk([serverStream(makeItems(3, 'a')), serverStream(makeItems(30, 'b', 100))], 10);
    expect(pages.flat()).toHaveLength(33);
    expect(pages[1]?.[0]).toBe('b7');
  });
});

describe('cursor encoding', () => {
  it('round-trips ids with odd characters and the start/done marks', () => {
    const parts = ['', '!', 'a~b/c', '!'.repeat(2)];
    expect(decodeCursor(encodeCursor(parts), 4)).toEqual(parts);
    expect(decodeCursor(null, 2)).toEqual(['', '']);
  });
});

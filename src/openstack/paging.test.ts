import { fetchAllPages, markerFromHref, nextMarkerFromLinks, nextPageMarker } from './paging';
import { toSearchParams } from './query-params';

describe('paging', () => {
  it('takes the marker of absolute and relative links', () => {
    expect(markerFromHref('http://nova/v2.1/p/servers/detail?limit=1&marker=abc')).toBe('abc');
    expect(markerFromHref('/v2/images?limit=2&marker=x%2Fy')).toBe('x/y');
    expect(markerFromHref('/v2/images?limit=2')).toBeNull();
  });

  it('uses the last id when a next link has no marker, and null without a next link', () => {
    expect(nextMarkerFromLinks([{ rel: 'next', href: '/x?limit=1' }], 'last')).toBe('last');
    expect(nextMarkerFromLinks([{ rel: 'previous', href: '/x?marker=a' }], 'last')).toBeNull();
    expect(nextMarkerFromLinks(undefined, 'last')).toBeNull();
  });

  it('stops on a repeated marker instead of looping', async () => {
    let calls = 0;
    const items = await fetchAllPages(async () => {
      calls += 1;
      return { items: [calls], nextMarker: 'same' };
    });
    expect(items).toEqual([1, 2]);
    expect(calls).toBe(2);
  });

  it('builds OpenStack query strings', () => {
    expect(toSearchParams({ fields: ['id', 'name'], a: undefined, b: null, c: '', d: false, e: 0 }).toString()).toBe(
      'fields=id&fields=name&d=false&e=0',
    );
  });
});

describe('nextPageMarker', () => {
  it('follows a new marker and stops at the end, an empty page or a repeated marker', () => {
    expect(nextPageMarker(1000, 'b', [undefined, 'a'])).toBe('b');
    expect(nextPageMarker(1000, null, [undefined])).toBeUndefined();
    expect(nextPageMarker(0, 'b', [undefined])).toBeUndefined();
    expect(nextPageMarker(1000, 'a', [undefined, 'a'])).toBeUndefined();
  });
});

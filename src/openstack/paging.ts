import { z } from 'zod';

/** A `links` entry as Nova, Cinder and Neutron give them (`*_links`, resource `links`). */
const linkSchema = z.looseObject({ href: z.string(), rel: z.string(), type: z.string().optional() });
export const linksSchema = z.array(linkSchema);
export type Link = z.infer<typeof linkSchema>;

/** One page of a marker-paged collection: its items and the marker of the page after it. */
export interface Page<T> {
  items: T[];
  nextMarker: string | null;
}

/**
 * The `marker` query parameter of a next link, absolute (`http://nova/v2.1/…/servers/detail?marker=x`)
 * or relative (Glance's `/v2/images?marker=x`). The link itself is never requested: it may name an
 * internal host or drop a gateway's path prefix, so callers only take its marker.
 */
export function markerFromHref(href: string): string | null {
  try {
    return new URL(href, 'http://relative.invalid').searchParams.get('marker') || null;
  } catch {
    return null;
  }
}

/** The marker of a `*_links` array's `rel: next` link; the last item's id if the link carries none. */
export function nextMarkerFromLinks(links: readonly Link[] | undefined, lastId: string | undefined): string | null {
  const next = links?.find((link) => link.rel === 'next');
  if (!next) return null;
  return markerFromHref(next.href) ?? lastId ?? null;
}

/** Hard stop for following next links, against a cloud that pages forever. */
const MAX_PAGES = 1000;

/**
 * Follows next markers until the last page. Stops on an empty page or a repeated marker, so a
 * misbehaving cloud cannot loop the client.
 */
export async function fetchAllPages<T>(fetchPage: (marker: string | undefined) => Promise<Page<T>>): Promise<T[]> {
  const all: T[] = [];
  const seen = new Set<string>();
  let marker: string | undefined;
  for (let page = 0; page < MAX_PAGES; page += 1) {
    const { items, nextMarker } = await fetchPage(marker);
    all.push(...items);
    if (!nextMarker || items.length === 0 || seen.has(nextMarker)) break;
    seen.add(nextMarker);
    marker = nextMarker;
  }
  return all;
}

/**
 * The marker of the page after `nextMarker`'s, for a page-by-page (infinite) query; undefined at
 * the end, after an empty page, a repeated marker (a looping cloud) or MAX_PAGES pages.
 */
export function nextPageMarker(itemCount: number, nextMarker: string | null, markersSoFar: ReadonlyArray<string | undefined>): string | undefined {
  if (!nextMarker || itemCount === 0 || markersSoFar.length >= MAX_PAGES || markersSoFar.includes(nextMarker)) return undefined;
  return nextMarker;
}

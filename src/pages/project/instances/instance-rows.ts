import type { Image } from '@/openstack/glance/schemas';
import type { Flavor, Server } from '@/openstack/nova/schemas';
import { serverFlavorName, serverImageId } from '@/openstack/nova/server-helpers';

/** What the Image Name column shows. */
export type ImageCell =
  | { kind: 'volume' }
  | { kind: 'image'; name: string }
  | { kind: 'missing'; id: string }
  | { kind: 'loading' };

export interface InstanceRow {
  server: Server;
  image: ImageCell;
  flavorName: string | null;
}

interface RowLookups {
  /** Images found by the batched id lookup; undefined while it is loading. */
  images: readonly Image[] | undefined;
  /** False while `images` is still the previous lookup's answer: a name not in it is loading, not missing. */
  imagesComplete: boolean;
  /** Only needed before compute 2.47, where servers carry a flavor id instead of the flavor. */
  flavors: readonly Flavor[] | undefined;
}

function imageCell(server: Server, imagesById: ReadonlyMap<string, Image> | null, complete: boolean): ImageCell {
  const id = serverImageId(server);
  if (id === null) return { kind: 'volume' };
  const image = imagesById?.get(id);
  if (image) return { kind: 'image', name: image.name ?? image.id };
  return imagesById && complete ? { kind: 'missing', id } : { kind: 'loading' };
}

export function toInstanceRows(servers: readonly Server[], lookups: RowLookups): InstanceRow[] {
  const imagesById = lookups.images ? new Map(lookups.images.map((image) => [image.id, image])) : null;
  return servers.map((server) => ({
    server,
    image: imageCell(server, imagesById, lookups.imagesComplete),
    flavorName: serverFlavorName(server, lookups.flavors ?? []),
  }));
}

/** The distinct image ids of a page of servers, for one batched Glance lookup. */
export function imageIdsOf(servers: readonly Server[]): string[] {
  return [...new Set(servers.map(serverImageId).filter((id): id is string => id !== null))];
}

/** Nova treats `name` as a regular expression: escape it so the filter means "name contains". */
export function nameFilterPattern(text: string): string | undefined {
  const trimmed = text.trim();
  return trimmed === '' ? undefined : trimmed.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

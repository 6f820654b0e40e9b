import type { Flavor, Server, ServerEmbeddedFlavor, ServerFlavor } from './schemas';

/** From 2.47 the flavor is embedded (`original_name`, ram, vcpus, …) instead of referenced by id. */
export function isEmbeddedFlavor(flavor: ServerFlavor): flavor is ServerEmbeddedFlavor {
  return typeof flavor.original_name === 'string';
}

/** The flavor id of a server, or null from 2.47 on, where the flavor is embedded without one. */
export function serverFlavorId(server: Server): string | null {
  return isEmbeddedFlavor(server.flavor) ? null : server.flavor.id;
}

/**
 * The flavor name: embedded (`original_name`) from 2.47, otherwise looked up by id in the
 * flavor list; null when neither is known.
 */
export function serverFlavorName(server: Server, flavors: readonly Flavor[] = []): string | null {
  const flavor = server.flavor;
  if (isEmbeddedFlavor(flavor)) return flavor.original_name;
  const id = flavor.id;
  return flavors.find((candidate) => candidate.id === id)?.name ?? null;
}

/** The Glance image a server was booted from; null when it boots from a volume (`image: ""`). */
export function serverImageId(server: Server): string | null {
  return server.image === '' ? null : server.image.id;
}

/** A server booted from a volume: Nova reports its `image` as an empty string. */
export function isVolumeBacked(server: Server): boolean {
  return server.image === '';
}

export interface ServerIpAddress {
  network: string;
  address: string;
  version: number;
  /** `fixed` or `floating` when the cloud says so. */
  type: string | null;
}

/** Every address of the server, network by network, fixed before floating as Nova lists them. */
export function serverIpAddresses(server: Server): ServerIpAddress[] {
  return Object.entries(server.addresses).flatMap(([network, addresses]) =>
    addresses.map((entry) => ({
      network,
      address: entry.addr,
      version: entry.version,
      type: entry['OS-EXT-IPS:type'] ?? null,
    })),
  );
}

/** The server's `OS-EXT-STS:task_state`, or null when no task runs. */
export function serverTaskState(server: Server): string | null {
  return server['OS-EXT-STS:task_state'] ?? null;
}

/** The task states of Nova's createImage, from the request until the upload ends. */
export const snapshotTaskStates = [
  'image_snapshot_pending',
  'image_snapshot',
  'image_pending_upload',
  'image_uploading',
] as const;

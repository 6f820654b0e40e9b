/**
 * The OpenStack services, and the dashboard server's own APIs (same origin, not in the catalog):
 * `policies` (snapshot policies) and `downloads` (image download links).
 */
export type ServiceKind = 'identity' | 'compute' | 'image' | 'volume' | 'network' | 'policies' | 'downloads';

const serviceNames: Record<ServiceKind, string> = {
  identity: 'Identity (Keystone)',
  compute: 'Compute (Nova)',
  image: 'Image (Glance)',
  volume: 'Block Storage (Cinder)',
  network: 'Networking (Neutron)',
  policies: 'Snapshot policies (dashboard server)',
  downloads: 'Image downloads (dashboard server)',
};

export function serviceName(service: ServiceKind): string {
  return serviceNames[service];
}

/** Catalog service types to look for, most preferred first. */
export const catalogTypes: Record<ServiceKind, readonly string[]> = {
  identity: ['identity'],
  compute: ['compute'],
  image: ['image'],
  volume: ['block-storage', 'volumev3', 'volume'],
  network: ['network'],
  policies: [],
  downloads: [],
};

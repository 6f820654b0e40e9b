export type ServiceKind = 'identity' | 'compute' | 'image' | 'volume' | 'network';

/** Catalog service types to look for, most preferred first. */
export const catalogTypes: Record<ServiceKind, readonly string[]> = {
  identity: ['identity'],
  compute: ['compute'],
  image: ['image'],
  volume: ['block-storage', 'volumev3', 'volume'],
  network: ['network'],
};

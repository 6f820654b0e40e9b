import type { MessageKey } from '@/i18n';
import type { Image } from '@/openstack/glance/schemas';
import { glanceBaseAttributes } from '@/openstack/glance/base-attributes';

export const visibilityWords: Readonly<Record<string, MessageKey>> = {
  public: 'images.visibility.public',
  private: 'images.visibility.private',
  shared: 'images.visibility.shared',
  community: 'images.visibility.community',
};

/** Every custom property (Nova's and the user's), sorted by name, each value as text. */
export function customProperties(image: Image): Array<[string, string]> {
  return Object.entries(image)
    .filter(([key, value]) => !glanceBaseAttributes.has(key) && value !== undefined)
    .map(([key, value]): [string, string] => [key, typeof value === 'string' ? value : JSON.stringify(value)])
    .sort(([a], [b]) => a.localeCompare(b));
}

/** The os_hash pair as Glance names it: "sha512: 4c9f…", or null when Glance computed none. */
export function multihash(image: Image): string | null {
  const algo = image['os_hash_algo'];
  const value = image['os_hash_value'];
  return typeof algo === 'string' && typeof value === 'string' && value !== '' ? `${algo}: ${value}` : null;
}

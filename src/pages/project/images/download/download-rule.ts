import type { MessageKey } from '@/i18n';
import { isVolumeBackedSnapshot } from '@/openstack/glance/classify';
import type { Image } from '@/openstack/glance/schemas';

/** Why an image cannot be downloaded (the Download action's reason), or null when it can. */
export function downloadBlocker(image: Image): MessageKey | null {
  if (isVolumeBackedSnapshot(image)) return 'images.download.blocked.inCinder';
  if (image.status !== 'active') return 'images.download.blocked.notActive';
  if (!image.size) return 'images.download.blocked.noData';
  return null;
}

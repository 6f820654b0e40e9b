import type { MessageKey } from '@/i18n';
import { isVolumeBackedSnapshot } from '@/openstack/glance/classify';
import type { Image } from '@/openstack/glance/schemas';
import { isOwnedBy } from '../image-rules';

/** Why Copy to Image is not offered: only this project's volume-backed snapshots keep their data in its Cinder. */
export function copyToImageBlocker(image: Image, projectId: string): MessageKey | null {
  if (!isVolumeBackedSnapshot(image)) return 'copyToImage.notVolumeBacked';
  if (!isOwnedBy(image, projectId)) return 'copyToImage.notOwned';
  return image.status === 'active' ? null : 'images.reasons.notActive';
}

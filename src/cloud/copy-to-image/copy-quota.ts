import type { MessageKey } from '@/i18n';
import type { VolumeQuotaUsage, VolumeQuotaUsageEntry } from '@/openstack/cinder/schemas';
import type { ImageQuotaEntry, ImageUsage } from '@/openstack/glance/schemas';

export interface QuotaShortfall {
  key: MessageKey;
  params: { limit: number; used: number; need: number };
}

function cinderShort(entry: VolumeQuotaUsageEntry | undefined, need: number, key: MessageKey): QuotaShortfall[] {
  if (!entry || entry.limit < 0) return [];
  const used = entry.in_use + entry.reserved;
  return used + need > entry.limit ? [{ key, params: { limit: entry.limit, used, need } }] : [];
}

function glanceShort(entry: ImageQuotaEntry | undefined, need: number, key: MessageKey): QuotaShortfall[] {
  if (!entry || entry.limit < 0) return [];
  return entry.usage + need > entry.limit ? [{ key, params: { limit: entry.limit, used: entry.usage, need } }] : [];
}

/**
 * What the copy would exceed before anything is sent: a temporary volume of `sizeGib` (Cinder
 * volumes and gigabytes) and one more image (Glance's image count; with raw, also its size in
 * MiB, which is then the volume's). Empty when nothing is short or no limit is set.
 */
export function copyQuotaShortfalls(volume: VolumeQuotaUsage | undefined, image: ImageUsage | undefined, sizeGib: number, raw: boolean): QuotaShortfall[] {
  return [
    ...cinderShort(volume?.volumes, 1, 'copyToImage.quota.volumes'),
    ...cinderShort(volume?.gigabytes, sizeGib, 'copyToImage.quota.gigabytes'),
    ...glanceShort(image?.image_count_total, 1, 'copyToImage.quota.images'),
    ...(raw ? glanceShort(image?.image_size_total, sizeGib * 1024, 'copyToImage.quota.imageSize') : []),
  ];
}

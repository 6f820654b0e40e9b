import type { I18n } from '@/i18n';
import { imageStatuses, uploadingImageStatuses } from '@/openstack/glance/schemas';

/** Cinder (volume, volume snapshot) and Neutron statuses; Glance's come from its schema. */
const otherStatuses = [
  'available',
  'creating',
  'downloading',
  'error',
  'deleting',
  'error_deleting',
  'in-use',
  'attaching',
  'detaching',
  'maintenance',
  'reserved',
  'backing-up',
  'restoring',
] as const;
const known = [...imageStatuses, ...otherStatuses] as const;
type KnownStatus = (typeof known)[number];

/** Cinder statuses that move on by themselves. */
const settlingOtherStatuses: readonly KnownStatus[] = ['creating', 'downloading', 'restoring', 'backing-up'];
const settling: ReadonlySet<string> = new Set<string>([...uploadingImageStatuses, ...settlingOtherStatuses]);

function isKnown(status: string): status is KnownStatus {
  return (known as readonly string[]).includes(status);
}

/** Glance and Cinder statuses in the user's words; an unknown one as the API says it. */
export function statusWord(status: string, t: I18n['t']): string {
  const key = status.toLowerCase();
  return isKnown(key) ? t(`launch.status.${key}`) : status;
}

/** Statuses that will move on by themselves: worth waiting for. */
export function isSettling(status: string): boolean {
  return settling.has(status.toLowerCase());
}

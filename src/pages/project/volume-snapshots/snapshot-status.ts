import type { StatusTone } from '@/components/StatusBadge';
import type { MessageKey } from '@/i18n';

/** Statuses that move on their own (fact 31 in tests/fixtures/openstack-api-samples/README.md): the list polls while any row shows one. */
const TRANSITIONAL_STATUSES: readonly string[] = ['creating', 'deleting', 'backing-up', 'restoring', 'unmanaging'];

/** Statuses Cinder means as failures. */
const FAILED_STATUSES: readonly string[] = ['error', 'error_deleting'];

/** The status filter's choices, as Cinder spells them ('' = any). */
export const STATUS_FILTERS = [
  '',
  'available',
  'creating',
  'deleting',
  'backing-up',
  'restoring',
  'unmanaging',
  'error',
  'error_deleting',
] as const;
export type StatusFilter = (typeof STATUS_FILTERS)[number];

export function isTransitional(snapshot: { status: string }): boolean {
  return TRANSITIONAL_STATUSES.includes(snapshot.status);
}

export function isFailed(snapshot: { status: string }): boolean {
  return FAILED_STATUSES.includes(snapshot.status);
}

export function statusTone(status: string): StatusTone {
  if (status === 'available') return 'ok';
  if (isTransitional({ status })) return 'transition';
  if (isFailed({ status })) return 'error';
  return 'neutral';
}

const statusWords: Readonly<Record<string, MessageKey>> = {
  available: 'volumeSnapshots.status.available',
  creating: 'volumeSnapshots.status.creating',
  deleting: 'volumeSnapshots.status.deleting',
  'backing-up': 'volumeSnapshots.status.backingUp',
  restoring: 'volumeSnapshots.status.restoring',
  unmanaging: 'volumeSnapshots.status.unmanaging',
  error: 'volumeSnapshots.status.error',
  error_deleting: 'volumeSnapshots.status.errorDeleting',
  deleted: 'volumeSnapshots.status.deleted',
  // Volumes' own words (a volume's status shows next to its snapshots).
  'in-use': 'volumeSnapshots.status.inUse',
  downloading: 'volumeSnapshots.status.downloading',
};

/** Volume statuses that move on their own. */
export const MOVING_VOLUME_STATUSES: readonly string[] = ['creating', 'downloading', 'deleting', 'extending', 'attaching', 'detaching', 'reserved'];

export function volumeStatusTone(status: string): StatusTone {
  if (status === 'available' || status === 'in-use') return 'ok';
  if (MOVING_VOLUME_STATUSES.includes(status)) return 'transition';
  if (status.startsWith('error')) return 'error';
  return 'neutral';
}

/** The i18n key of a status in words; null for a status this dashboard does not know (shown as Cinder spells it). */
export function statusKey(status: string): MessageKey | null {
  return statusWords[status] ?? null;
}

import type { I18n } from '@/i18n';

const known = [
  'active',
  'available',
  'queued',
  'saving',
  'uploading',
  'importing',
  'killed',
  'deleted',
  'pending_delete',
  'deactivated',
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
type KnownStatus = (typeof known)[number];

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
  return ['queued', 'saving', 'uploading', 'importing', 'creating', 'downloading', 'restoring', 'backing-up'].includes(
    status.toLowerCase(),
  );
}

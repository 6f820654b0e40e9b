import type { I18n } from '@/i18n';
import type { QuotaCheck } from './quota-checks';

/** The quota's name as the bar and the blocking reason say it. */
export function quotaLabel(check: QuotaCheck, t: I18n['t']): string {
  switch (check.resource) {
    case 'snapshots':
      return check.volumeType
        ? t('instances.snapshot.quota.snapshotsOfType', { type: check.volumeType })
        : t('instances.snapshot.quota.snapshots');
    case 'gigabytes':
      return check.volumeType
        ? t('instances.snapshot.quota.gigabytesOfType', { type: check.volumeType })
        : t('instances.snapshot.quota.gigabytes');
    case 'images':
      return t('instances.snapshot.quota.imageCount');
  }
}

/** "Not enough quota: Volume snapshots, Volume storage (GB)." or null when everything fits. */
export function quotaBlockReason(blocking: readonly QuotaCheck[], t: I18n['t']): string | null {
  if (blocking.length === 0) return null;
  return t('instances.snapshot.quota.doesNotFit', { what: blocking.map((check) => quotaLabel(check, t)).join(', ') });
}

import { useId } from 'react';
import { QuotaBar } from '@/components/QuotaBar';
import { Spinner } from '@/components/Spinner';
import { useI18n } from '@/i18n';
import type { VolumeQuotaUsage } from '@/openstack/cinder/schemas';
import type { ImageUsage } from '@/openstack/glance/schemas';

interface StorageQuotasProps {
  imageUsage: ImageUsage | undefined;
  volumeQuota: VolumeQuotaUsage | undefined;
  pending: boolean;
}

/** The gauges: Glance's image quota when it reports one, and Cinder's gigabytes and snapshots. */
export function StorageQuotas({ imageUsage, volumeQuota, pending }: StorageQuotasProps) {
  const { t, format } = useI18n();
  const headingId = useId();
  const size = imageUsage?.image_size_total;
  const count = imageUsage?.image_count_total;
  const imageQuotaSet = (size !== undefined && size.limit >= 0) || (count !== undefined && count.limit >= 0);
  return (
    <section className="storage-section storage-quotas" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('snapshotStorage.quota.heading')}</h2>
      {pending && <Spinner label={t('snapshotStorage.quota.loading')} showLabel size="small" />}
      {imageUsage && !imageQuotaSet && <p>{t('snapshotStorage.quota.noImageQuota')}</p>}
      {imageQuotaSet && size && (
        <QuotaBar label={t('snapshotStorage.quota.imageSize')} used={size.usage} requested={0} limit={size.limit} format={format.megabytes} />
      )}
      {imageQuotaSet && count && <QuotaBar label={t('snapshotStorage.quota.imageCount')} used={count.usage} requested={0} limit={count.limit} />}
      {volumeQuota && (
        <>
          <QuotaBar
            label={t('snapshotStorage.quota.gigabytes')}
            used={volumeQuota.gigabytes.in_use}
            requested={0}
            limit={volumeQuota.gigabytes.limit}
            format={format.gibibytes}
          />
          <QuotaBar label={t('snapshotStorage.quota.snapshots')} used={volumeQuota.snapshots.in_use} requested={0} limit={volumeQuota.snapshots.limit} />
        </>
      )}
    </section>
  );
}

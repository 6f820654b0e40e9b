import { useId } from 'react';
import { QuotaBar } from '@/components/QuotaBar';
import { Spinner } from '@/components/Spinner';
import { describeError } from '@/cloud/describe-error';
import { useI18n } from '@/i18n';
import type { Volume } from '@/openstack/cinder/schemas';
import { quotaLabel } from './quota-label';
import type { SnapshotQuota } from './use-snapshot-quota';

function VolumeList({ volumes }: { volumes: readonly Volume[] }) {
  const { t, format } = useI18n();
  if (volumes.length === 0) return <p>{t('instances.snapshot.quota.noVolumes')}</p>;
  return (
    <table className="snapshot-quota__volumes">
      <caption className="visually-hidden">{t('instances.snapshot.quota.volumesLabel')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('instances.snapshot.quota.volumeName')}</th>
          <th scope="col">{t('instances.snapshot.quota.volumeSize')}</th>
          <th scope="col">{t('instances.snapshot.quota.volumeType')}</th>
        </tr>
      </thead>
      <tbody>
        {volumes.map((volume) => (
          <tr key={volume.id}>
            <th scope="row">{volume.name || t('instances.snapshot.quota.unnamedVolume', { id: volume.id })}</th>
            <td>{format.gigabytes(volume.size)}</td>
            <td>{volume.volume_type || t('instances.snapshot.quota.noType')}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Step 0 of a snapshot: what it will use, against what is left. */
export function QuotaSection({ quota }: { quota: SnapshotQuota }) {
  const { t, format } = useI18n();
  const headingId = useId();
  return (
    <section className="snapshot-quota" aria-labelledby={headingId}>
      <h3 id={headingId} className="snapshot-quota__heading">
        {t('instances.snapshot.quota.heading')}
      </h3>
      {quota.kind === 'loading' && <Spinner label={t('instances.snapshot.quota.loading')} showLabel size="small" />}
      {quota.kind === 'failed' && (
        <p role="alert">{t('instances.snapshot.quota.failed', { message: describeError(quota.error, t).message })}</p>
      )}
      {quota.kind === 'volume' && (
        <>
          <p>{t('instances.snapshot.quota.volumeBacked', { count: quota.volumes.length })}</p>
          <VolumeList volumes={quota.volumes} />
          {quota.checks.map((check) => (
            <QuotaBar
              key={`${check.resource}:${check.volumeType ?? ''}`}
              label={quotaLabel(check, t)}
              used={check.used}
              requested={check.requested}
              limit={check.limit}
            />
          ))}
        </>
      )}
      {quota.kind === 'image' &&
        (quota.count || quota.size ? (
          <>
            {quota.count && (
              <QuotaBar label={t('instances.snapshot.quota.imageCount')} used={quota.count.usage} requested={1} limit={quota.count.limit} />
            )}
            {quota.size && (
              <QuotaBar
                label={t('instances.snapshot.quota.imageSize')}
                used={quota.size.usage}
                requested={0}
                limit={quota.size.limit}
                format={format.megabytes}
              />
            )}
          </>
        ) : (
          <p>{t('instances.snapshot.quota.imageNotReported')}</p>
        ))}
    </section>
  );
}

import { Link } from 'react-router-dom';
import { describeError } from '@/cloud/describe-error';
import { EmptyState } from '@/components/EmptyState';
import { ErrorState } from '@/components/ErrorState';
import { PageHeader } from '@/components/PageHeader';
import { useI18n } from '@/i18n';
import { paths } from '@/paths';
import { InstanceBars } from './InstanceBars';
import { SnapshotPicks } from './SnapshotPicks';
import { StorageProgressLine } from './StorageProgressLine';
import { StorageQuotas } from './StorageQuotas';
import { useSnapshotStorage } from './use-snapshot-storage';
import './SnapshotStorage.css';

/** /project/images/storage — what the project's snapshots take up, per instance, against its quotas. */
export function SnapshotStoragePage() {
  const { t, format } = useI18n();
  const { storage, progress, failures, names, imageUsage, volumeQuota, quotasPending } = useSnapshotStorage();
  const count = storage.snapshots.length;
  return (
    <>
      <p>
        <Link to={paths.images}>{t('snapshotStorage.back')}</Link>
      </p>
      <PageHeader title={t('snapshotStorage.title')} description={t('snapshotStorage.description')} />
      <StorageProgressLine progress={progress} snapshotCount={count} />
      {failures.map(({ error, retry }, index) => {
        const { message, requestId } = describeError(error, t);
        return <ErrorState key={index} title={t('snapshotStorage.loadFailed')} message={message} requestId={requestId} onRetry={retry} />;
      })}
      <p className="storage-total">{t('snapshotStorage.total', { size: format.bytes(storage.totalBytes), count })}</p>
      <p className="storage-scope">{t('snapshotStorage.scope')}</p>
      <div className="storage-layout">
        {count > 0 ? (
          <InstanceBars owners={storage.owners} totalBytes={storage.totalBytes} names={names} />
        ) : (
          progress.done && <EmptyState title={t('snapshotStorage.empty')} />
        )}
        <StorageQuotas imageUsage={imageUsage} volumeQuota={volumeQuota} pending={quotasPending} />
      </div>
      {progress.done && count > 0 && <SnapshotPicks largest={storage.largest} oldest={storage.oldest} names={names} />}
    </>
  );
}

import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from 'react-router-dom';
import { ErrorState } from '@/components/ErrorState';
import { PageHeader } from '@/components/PageHeader';
import { Spinner } from '@/components/Spinner';
import { StatusBadge } from '@/components/StatusBadge';
import { useApi } from '@/cloud/use-api';
import { describeError } from '@/cloud/describe-error';
import { useI18n } from '@/i18n';
import { isBootable } from '@/openstack/cinder/helpers';
import { volumeQueries } from '@/openstack/cinder/queries';
import { paths } from '@/paths';
import { snapshotPaths } from './snapshot-paths';
import { displayName } from './snapshot-rows';
import { MOVING_VOLUME_STATUSES, volumeStatusTone } from './snapshot-status';
import { statusText } from './status-words';
import { POLL_MS } from './use-snapshots-list';
import './VolumeSnapshotsPage.css';
import { Time } from '@/components/Time';
import { CopyableId } from '@/components/copy/CopyableId';
import { RefreshControl } from '@/components/refresh/RefreshControl';

/**
 * One volume, where the Volume Name column and "volumes made from this snapshot" lead (this
 * dashboard has no Volumes panel): its state, what it was made from, where it is attached, and
 * its snapshots. Polls while the volume moves (a volume being made from a snapshot).
 */
export function VolumeDetailPage() {
  const { volumeId = '' } = useParams();
  const api = useApi();
  const { t, format } = useI18n();
  const query = useQuery({
    ...volumeQueries.detail(api, volumeId),
    refetchInterval: (current) => (current.state.data && MOVING_VOLUME_STATUSES.includes(current.state.data.status) ? POLL_MS : false),
  });

  if (query.isPending) return <Spinner label={t('common.loading')} />;
  const volume = query.data;
  if (!volume) {
    const failure = describeError(query.error, t);
    return (
      <section className="volume-snapshots">
        <PageHeader title={t('volumeSnapshots.volume.title')} />
        <ErrorState message={failure.message} requestId={failure.requestId} onRetry={() => void query.refetch()} />
        <Link to={snapshotPaths.list}>{t('volumeSnapshots.detail.back')}</Link>
      </section>
    );
  }

  return (
    <section className="volume-snapshots">
      <PageHeader title={t('volumeSnapshots.volume.heading', { name: displayName(volume) })} />
      <RefreshControl query={query} label={t('common.refreshDetails')} />
      <p>
        <Link to={snapshotPaths.list}>{t('volumeSnapshots.detail.back')}</Link>
      </p>
      <dl className="volume-snapshots__details">
        <dt>{t('volumeSnapshots.details.id')}</dt>
        <dd>
          <CopyableId id={volume.id} />
        </dd>
        <dt>{t('volumeSnapshots.columns.status')}</dt>
        <dd>
          <StatusBadge tone={volumeStatusTone(volume.status)} label={statusText(volume.status, t)} title={volume.status} />
        </dd>
        <dt>{t('volumeSnapshots.columns.size')}</dt>
        <dd>{format.gigabytes(volume.size)}</dd>
        <dt>{t('volumeSnapshots.volume.type')}</dt>
        <dd>{volume.volume_type ?? t('common.notAvailable')}</dd>
        <dt>{t('volumeSnapshots.volume.bootable')}</dt>
        <dd>{isBootable(volume) ? t('common.yes') : t('common.no')}</dd>
        <dt>{t('volumeSnapshots.volume.source')}</dt>
        <dd>
          {volume.snapshot_id ? (
            <Link to={snapshotPaths.detail(volume.snapshot_id)}>{t('volumeSnapshots.volume.fromSnapshot')}</Link>
          ) : (
            t('common.none')
          )}
        </dd>
        <dt>{t('volumeSnapshots.volume.attachedTo')}</dt>
        <dd>
          {volume.attachments.length > 0
            ? volume.attachments.map((attachment, index) =>
                attachment.server_id ? (
                  <Link key={attachment.server_id} to={paths.instanceDetail(attachment.server_id)}>
                    {attachment.device ? t('volumeSnapshots.volume.attachment', { device: attachment.device }) : attachment.server_id}
                  </Link>
                ) : (
                  <span key={index}>{t('common.unknown')}</span>
                ),
              )
            : t('common.none')}
        </dd>
        <dt>{t('volumeSnapshots.columns.created')}</dt>
        <dd>
          <Time value={volume.created_at} />
        </dd>
      </dl>
      <p>
        <Link to={snapshotPaths.ofVolume(volume.id)}>{t('volumeSnapshots.volume.snapshots')}</Link>
      </p>
    </section>
  );
}

import { Link } from 'react-router-dom';
import { StatusBadge } from '@/components/StatusBadge';
import { useI18n } from '@/i18n';
import { snapshotProgress } from '@/openstack/cinder/helpers';
import type { Volume } from '@/openstack/cinder/schemas';
import { paths } from '@/paths';
import { snapshotPaths } from './snapshot-paths';
import { displayName, type SnapshotRow } from './snapshot-rows';
import { volumeStatusTone } from './snapshot-status';
import { statusText } from './status-words';
import { CopyableId } from '@/components/copy/CopyableId';

function VolumeList({ volumes }: { volumes: readonly Volume[] }) {
  const { t, format } = useI18n();
  return (
    <ul className="volume-snapshots__volumes">
      {volumes.map((volume) => (
        <li key={volume.id}>
          <Link to={snapshotPaths.volume(volume.id)}>{displayName(volume)}</Link>{' '}
          <StatusBadge tone={volumeStatusTone(volume.status)} label={statusText(volume.status, t)} title={volume.status} />{' '}
          <span className="volume-snapshots__muted">{format.gigabytes(volume.size)}</span>
        </li>
      ))}
    </ul>
  );
}

/** What a row knows beyond its columns: ids, the instance snapshot that needs it, volumes made from it, Cinder's message. */
export function SnapshotDetails({ row }: { row: SnapshotRow }) {
  const { t } = useI18n();
  const { snapshot } = row;
  const progress = snapshotProgress(snapshot);
  return (
    <dl className="volume-snapshots__details">
      <dt>{t('volumeSnapshots.details.id')}</dt>
      <dd>
        <CopyableId id={snapshot.id} />
      </dd>
      <dt>{t('volumeSnapshots.details.volume')}</dt>
      <dd>
        <Link to={snapshotPaths.volume(snapshot.volume_id)}>{row.volume ? displayName(row.volume) : snapshot.volume_id}</Link>
      </dd>
      <dt>{t('volumeSnapshots.details.instanceSnapshot')}</dt>
      <dd>{row.image ? <Link to={paths.imageDetail(row.image.id)}>{row.image.name}</Link> : t('common.none')}</dd>
      <dt>{t('volumeSnapshots.details.createdVolumes')}</dt>
      <dd>
        {row.createdVolumes.length > 0 ? (
          <VolumeList volumes={row.createdVolumes} />
        ) : row.volumesChecked === 'pending' ? (
          t('common.loading')
        ) : (
          t('common.none')
        )}
      </dd>
      <dt>{t('volumeSnapshots.details.groupSnapshot')}</dt>
      <dd>{snapshot.group_snapshot_id ? <CopyableId id={snapshot.group_snapshot_id} label={t('volumeSnapshots.details.copyGroupId')} /> : t('common.none')}</dd>
      {progress !== null && progress < 100 && (
        <>
          <dt>{t('volumeSnapshots.details.progress')}</dt>
          <dd>{t('volumeSnapshots.details.percent', { value: progress })}</dd>
        </>
      )}
      {row.message && (
        <>
          <dt>{t('volumeSnapshots.details.message')}</dt>
          <dd>{row.message}</dd>
        </>
      )}
    </dl>
  );
}

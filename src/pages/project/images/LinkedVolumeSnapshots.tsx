import { useQueries } from '@tanstack/react-query';
import { useApi } from '@/cloud/use-api';
import { describeError } from '@/cloud/describe-error';
import { StatusBadge, type StatusTone } from '@/components/StatusBadge';
import { useI18n, type MessageKey } from '@/i18n';
import { volumeSnapshotQueries } from '@/openstack/cinder/queries';
import { isOpenStackError } from '@/openstack/errors';
import { paths } from '@/paths';
import { Link } from 'react-router-dom';

const statuses: Readonly<Record<string, [StatusTone, MessageKey]>> = {
  available: ['ok', 'images.volumeStatus.available'],
  creating: ['transition', 'images.volumeStatus.creating'],
  deleting: ['transition', 'images.volumeStatus.deleting'],
  'backing-up': ['transition', 'images.volumeStatus.backingUp'],
  restoring: ['transition', 'images.volumeStatus.restoring'],
  error: ['error', 'images.volumeStatus.error'],
  error_deleting: ['error', 'images.volumeStatus.errorDeleting'],
};

/** The Cinder snapshots a volume-backed snapshot's block device mapping names, with their status. */
export function LinkedVolumeSnapshots({ ids }: { ids: readonly string[] }) {
  const api = useApi();
  const { t, format } = useI18n();
  const results = useQueries({
    queries: ids.map((id) => ({ ...volumeSnapshotQueries.detail(api, id), retry: false, staleTime: 30_000 })),
  });

  return (
    <ul className="image-details__list">
      {ids.map((id, index) => {
        const result = results[index];
        if (!result || result.isPending) {
          return (
            <li key={id}>
              <code>{id}</code> <span className="image-details__muted">{t('images.details.checking')}</span>
            </li>
          );
        }
        if (result.isError) {
          const gone = isOpenStackError(result.error) && result.error.status === 404;
          return (
            <li key={id}>
              <code>{id}</code>{' '}
              <span className="image-details__muted">{gone ? t('images.details.volumeSnapshotGone') : describeError(result.error, t).message}</span>
            </li>
          );
        }
        const snapshot = result.data;
        const entry = statuses[snapshot.status];
        return (
          <li key={id}>
            <Link to={paths.volumeSnapshotDetail(id)}>{snapshot.name || id}</Link>{' '}
            <StatusBadge tone={entry?.[0] ?? 'neutral'} label={entry ? t(entry[1]) : snapshot.status} />{' '}
            <span className="image-details__muted">{format.gigabytes(snapshot.size)}</span>
          </li>
        );
      })}
    </ul>
  );
}

import { useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { RowActions } from '@/components/actions/RowActions';
import { ErrorState } from '@/components/ErrorState';
import { PageHeader } from '@/components/PageHeader';
import { Spinner } from '@/components/Spinner';
import { StatusBadge } from '@/components/StatusBadge';
import { useApi } from '@/cloud/use-api';
import { describeError } from '@/cloud/describe-error';
import { useI18n } from '@/i18n';
import { useDialog } from '@/lib/use-dialog';
import { volumeSnapshotQueries } from '@/openstack/cinder/queries';
import { paths } from '@/paths';
import { CreateVolumeDialog } from './CreateVolumeDialog';
import { DeleteSnapshotsDialog } from './DeleteSnapshotsDialog';
import { EditSnapshotDialog } from './EditSnapshotDialog';
import { SnapshotDetails } from './SnapshotDetails';
import { snapshotRowActions, snapshotRules } from './snapshot-actions';
import { snapshotPaths } from './snapshot-paths';
import { displayName } from './snapshot-rows';
import { isTransitional, statusTone } from './snapshot-status';
import { statusText } from './status-words';
import { useSnapshotRows } from './use-snapshot-rows';
import { POLL_MS } from './use-snapshots-list';
import './VolumeSnapshotsPage.css';
import { Time } from '@/components/Time';
import { RefreshControl } from '@/components/refresh/RefreshControl';

type SnapshotDialog = { kind: 'create' | 'edit' | 'delete' };

/** One volume snapshot: what the row shows and its details, with the same actions. */
export function SnapshotDetailPage() {
  const { snapshotId = '' } = useParams();
  const api = useApi();
  const { t, format } = useI18n();
  const navigate = useNavigate();
  const { dialog, open, close } = useDialog<SnapshotDialog>();
  const [deleted, setDeleted] = useState(false);
  const query = useQuery({
    ...volumeSnapshotQueries.detail(api, snapshotId),
    refetchInterval: (current) => (current.state.data && isTransitional(current.state.data) ? POLL_MS : false),
  });
  const snapshots = useMemo(() => (query.data ? [query.data] : []), [query.data]);
  const { rows } = useSnapshotRows(snapshots, true);
  const row = rows[0];
  const rules = useMemo(() => snapshotRules(t), [t]);
  const actions = useMemo(
    () =>
      snapshotRowActions(t, rules, {
        createVolume: () => open({ kind: 'create' }),
        launch: (target) => navigate(paths.launch({ source: 'volume_snapshot', id: target.id })),
        edit: () => open({ kind: 'edit' }),
        remove: () => open({ kind: 'delete' }),
      }),
    [navigate, t, rules, open],
  );

  if (query.isPending) return <Spinner label={t('common.loading')} />;
  if (!row) {
    const failure = describeError(query.error, t);
    return (
      <section className="volume-snapshots">
        <PageHeader title={t('volumeSnapshots.detail.title')} />
        <ErrorState message={failure.message} requestId={failure.requestId} onRetry={() => void query.refetch()} />
        <Link to={snapshotPaths.list}>{t('volumeSnapshots.detail.back')}</Link>
      </section>
    );
  }

  const { snapshot } = row;
  const name = displayName(snapshot);
  return (
    <section className="volume-snapshots">
      <PageHeader title={name} actions={<RowActions row={row} actions={actions} name={name} />} />
      <RefreshControl query={query} label={t('common.refreshDetails')} />
      <p>
        <Link to={snapshotPaths.list}>{t('volumeSnapshots.detail.back')}</Link>
      </p>
      <dl className="volume-snapshots__details">
        <dt>{t('volumeSnapshots.columns.status')}</dt>
        <dd>
          <StatusBadge tone={statusTone(snapshot.status)} label={statusText(snapshot.status, t)} title={snapshot.status} />
        </dd>
        <dt>{t('volumeSnapshots.columns.description')}</dt>
        <dd>{snapshot.description?.trim() || t('common.notAvailable')}</dd>
        <dt>{t('volumeSnapshots.columns.size')}</dt>
        <dd>{format.gigabytes(snapshot.size)}</dd>
        <dt>{t('volumeSnapshots.columns.created')}</dt>
        <dd>
          <Time value={snapshot.created_at} />
        </dd>
      </dl>
      <SnapshotDetails row={row} />
      {dialog?.kind === 'create' && <CreateVolumeDialog snapshot={snapshot} onClose={close} />}
      {dialog?.kind === 'edit' && <EditSnapshotDialog snapshot={snapshot} onClose={close} />}
      {dialog?.kind === 'delete' && (
        <DeleteSnapshotsDialog
          rows={[row]}
          allowed={rules.delete}
          onClose={() => {
            close();
            if (deleted) navigate(snapshotPaths.list);
          }}
          onDeleted={(ids) => setDeleted(ids.length > 0)}
        />
      )}
    </section>
  );
}

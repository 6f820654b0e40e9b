import { useCallback, useMemo } from 'react';
import { useNavigate } from 'react-router-dom';
import { BatchActions } from '@/components/actions/BatchActions';
import { RowActions } from '@/components/actions/RowActions';
import { blockedBy } from '@/components/actions/types';
import { DataTable } from '@/components/data-table/DataTable';
import { EmptyState } from '@/components/EmptyState';
import { ErrorState } from '@/components/ErrorState';
import { PageHeader } from '@/components/PageHeader';
import { Pager } from '@/components/Pager';
import { describeError } from '@/cloud/describe-error';
import { useI18n } from '@/i18n';
import { listQueryState } from '@/lib/list-query-state';
import { useDialog } from '@/lib/use-dialog';
import { useKeptSelection } from '@/lib/use-kept-selection';
import { paths } from '@/paths';
import { CopyVolumeSnapshotDialog } from './CopyVolumeSnapshotDialog';
import { CreateVolumeDialog } from './CreateVolumeDialog';
import { DeleteSnapshotsDialog } from './DeleteSnapshotsDialog';
import { EditSnapshotDialog } from './EditSnapshotDialog';
import { SnapshotDetails } from './SnapshotDetails';
import { SnapshotsFilters } from './SnapshotsFilters';
import { snapshotBatchActions, snapshotRowActions, snapshotRules, type SnapshotActionHandlers } from './snapshot-actions';
import { snapshotColumns } from './snapshot-columns';
import { displayName, type SnapshotRow } from './snapshot-rows';
import type { SortKey } from './volume-snapshots-url-state';
import { useSnapshotRows } from './use-snapshot-rows';
import { useSnapshotsList } from './use-snapshots-list';
import './VolumeSnapshotsPage.css';
import { RefreshControl } from '@/components/refresh/RefreshControl';

const renderDetails = (row: SnapshotRow) => <SnapshotDetails row={row} />;

type SnapshotsDialog = { kind: 'delete'; rows: SnapshotRow[] } | { kind: 'create' | 'edit' | 'copy'; row: SnapshotRow };

/** Project → Volumes → Snapshots: Cinder's volume snapshots, with Horizon's actions and safer deletes. */
export function VolumeSnapshotsPage() {
  const i18n = useI18n();
  const { t } = i18n;
  const navigate = useNavigate();
  const list = useSnapshotsList();
  const { rows, volumes } = useSnapshotRows(list.snapshots, list.query.data !== undefined);
  const selection = useKeptSelection(rows);
  const { dialog, open, close } = useDialog<SnapshotsDialog>();

  const rules = useMemo(() => snapshotRules(t), [t]);
  const handlers = useMemo<SnapshotActionHandlers>(
    () => ({
      createVolume: (row) => open({ kind: 'create', row }),
      launch: (row) => navigate(paths.launch({ source: 'volume_snapshot', id: row.id })),
      edit: (row) => open({ kind: 'edit', row }),
      remove: (selected) => open({ kind: 'delete', rows: selected }),
      copyToImage: (row) => open({ kind: 'copy', row }),
    }),
    [navigate, open],
  );
  const rowActions = useMemo(() => snapshotRowActions(t, rules, handlers), [t, rules, handlers]);
  const batchActions = useMemo(() => snapshotBatchActions(t, rules, handlers), [t, rules, handlers]);
  const { selectedIds, removeIds } = selection;
  const columns = useMemo(
    () => snapshotColumns({ ...i18n, skipNote: (row) => (selectedIds.has(row.id) ? blockedBy(rules.delete, row) : null) }),
    [i18n, selectedIds, rules],
  );
  const renderRowActions = useCallback(
    (row: SnapshotRow) => <RowActions row={row} actions={rowActions} name={displayName(row.snapshot)} />,
    [rowActions],
  );

  const { query, filters } = list;
  const state = listQueryState(query);
  const filtered = filters.name !== '' || filters.status !== '' || filters.volume !== '';
  const failure = state.loadError ? describeError(state.loadError, t) : null;
  const volumeName = filters.volume ? (volumes.byId.get(filters.volume)?.name ?? null) : null;

  return (
    <section className="volume-snapshots">
      <PageHeader title={t('volumeSnapshots.title')} description={t('volumeSnapshots.description')} />
      <SnapshotsFilters filters={filters} volumeName={volumeName} nameMatching={list.nameMatching} onChange={list.setFilters} />
      <div className="volume-snapshots__toolbar">
        <BatchActions selected={selection.selectedRows} actions={batchActions} />
        <RefreshControl query={query} label={t('volumeSnapshots.refresh')} />
      </div>
      <DataTable
        rows={rows}
        getRowId={(row) => row.id}
        columns={columns}
        caption={t('volumeSnapshots.title')}
        sort={filters.sort}
        onSortChange={(sort) => list.setFilters({ sort: { key: sort.key as SortKey, dir: sort.dir } })}
        selection={{
          selected: selection.selectedIds,
          onChange: selection.setSelectedIds,
          rowLabel: (row) => t('table.selectRow', { name: displayName(row.snapshot) }),
        }}
        rowActions={renderRowActions}
        expandedRow={renderDetails}
        rowName={(row) => displayName(row.snapshot)}
        isLoading={state.isLoading}
        error={failure ? <ErrorState message={failure.message} requestId={failure.requestId} onRetry={() => void query.refetch()} /> : undefined}
        empty={
          <EmptyState
            title={filtered ? t('volumeSnapshots.empty.filteredTitle') : t('volumeSnapshots.empty.title')}
            body={filtered ? t('volumeSnapshots.empty.filteredBody') : t('volumeSnapshots.empty.body')}
          />
        }
      />
      <Pager paging={list} pageSize={filters.limit} onPageSizeChange={(limit) => list.setFilters({ limit })} count={rows.length} />
      {dialog?.kind === 'delete' && <DeleteSnapshotsDialog rows={dialog.rows} allowed={rules.delete} onClose={close} onDeleted={removeIds} />}
      {dialog?.kind === 'create' && <CreateVolumeDialog snapshot={dialog.row.snapshot} onClose={close} />}
      {dialog?.kind === 'edit' && <EditSnapshotDialog snapshot={dialog.row.snapshot} onClose={close} />}
      {dialog?.kind === 'copy' && <CopyVolumeSnapshotDialog snapshot={dialog.row.snapshot} onClose={close} />}
    </section>
  );
}

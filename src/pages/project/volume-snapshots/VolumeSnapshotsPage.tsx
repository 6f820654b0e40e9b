import { useCallback, useMemo, useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { BatchActions } from '@/components/actions/BatchActions';
import { RowActions } from '@/components/actions/RowActions';
import type { BulkDeleteSummary } from '@/components/bulk/BulkDeleteDialog';
import { DataTable } from '@/components/data-table/DataTable';
import { EmptyState } from '@/components/EmptyState';
import { ErrorState } from '@/components/ErrorState';
import { PageHeader } from '@/components/PageHeader';
import { ListPager } from '@/components/ListPager';
import { describeError } from '@/cloud/describe-error';
import { useI18n } from '@/i18n';
import { paths } from '@/paths';
import { CreateVolumeDialog } from './CreateVolumeDialog';
import { DeleteSnapshotsDialog } from './DeleteSnapshotsDialog';
import { EditSnapshotDialog } from './EditSnapshotDialog';
import { SnapshotDetails } from './SnapshotDetails';
import { SnapshotsFilters } from './SnapshotsFilters';
import { snapshotBatchActions, snapshotRowActions, type SnapshotActionHandlers } from './snapshot-actions';
import { snapshotColumns } from './snapshot-columns';
import { displayName, type SnapshotRow } from './snapshot-rows';
import { deleteBlocker } from './snapshot-rules';
import { blockerText } from './status-words';
import type { SortKey } from './url-state';
import { useRowSelection } from './use-row-selection';
import { useSnapshotRows } from './use-snapshot-rows';
import { useSnapshotsList } from './use-snapshots-list';
import './VolumeSnapshotsPage.css';

const renderDetails = (row: SnapshotRow) => <SnapshotDetails row={row} />;

type OpenDialog = { kind: 'delete'; rows: SnapshotRow[] } | { kind: 'create' | 'edit'; row: SnapshotRow } | null;

/** Project → Volumes → Snapshots: Cinder's volume snapshots, with Horizon's actions and safer deletes. */
export function VolumeSnapshotsPage() {
  const i18n = useI18n();
  const { t } = i18n;
  const navigate = useNavigate();
  const list = useSnapshotsList();
  const { rows, volumes } = useSnapshotRows(list.snapshots);
  const selection = useRowSelection(rows);
  const [dialog, setDialog] = useState<OpenDialog>(null);
  const close = useCallback(() => setDialog(null), []);

  const handlers = useMemo<SnapshotActionHandlers>(
    () => ({
      createVolume: (row) => setDialog({ kind: 'create', row }),
      launch: (row) => navigate(paths.launch({ source: 'volume_snapshot', id: row.id })),
      edit: (row) => setDialog({ kind: 'edit', row }),
      remove: (selected) => setDialog({ kind: 'delete', rows: selected }),
    }),
    [navigate],
  );
  const rowActions = useMemo(() => snapshotRowActions(handlers, t), [handlers, t]);
  const batchActions = useMemo(() => snapshotBatchActions(handlers, t), [handlers, t]);
  const { selected } = selection;
  const columns = useMemo(
    () =>
      snapshotColumns({
        ...i18n,
        skipNote: (row) => {
          const blocker = selected.has(row.id) ? deleteBlocker(row) : null;
          return blocker ? blockerText(blocker, t) : null;
        },
      }),
    [i18n, selected, t],
  );
  const renderRowActions = useCallback(
    (row: SnapshotRow) => <RowActions row={row} actions={rowActions} name={displayName(row.snapshot)} />,
    [rowActions],
  );

  const { query, filters } = list;
  const filtered = filters.name !== '' || filters.status !== '' || filters.volume !== '';
  const failure = query.isError && !query.data ? describeError(query.error, t) : null;
  const volumeName = filters.volume ? (volumes.byId.get(filters.volume)?.name ?? null) : null;

  const onDeleteFinished = (summary: BulkDeleteSummary<SnapshotRow>) => selection.drop(summary.deleted.map((row) => row.id));

  return (
    <section className="volume-snapshots">
      <PageHeader title={t('volumeSnapshots.title')} description={t('volumeSnapshots.description')} />
      <SnapshotsFilters filters={filters} volumeName={volumeName} onChange={list.setFilters} />
      <BatchActions selected={selection.selectedRows} actions={batchActions} />
      <DataTable
        rows={rows}
        getRowId={(row) => row.id}
        columns={columns}
        caption={t('volumeSnapshots.title')}
        sort={filters.sort}
        onSortChange={(sort) => list.setFilters({ sort: { key: sort.key as SortKey, dir: sort.dir } })}
        selection={{
          selected: selection.selected,
          onChange: selection.onChange,
          rowLabel: (row) => t('table.selectRow', { name: displayName(row.snapshot) }),
        }}
        rowActions={renderRowActions}
        expandedRow={renderDetails}
        rowName={(row) => displayName(row.snapshot)}
        isLoading={query.isPending || (query.isPlaceholderData && query.isFetching)}
        error={failure ? <ErrorState message={failure.message} requestId={failure.requestId} onRetry={() => void query.refetch()} /> : undefined}
        empty={
          <EmptyState
            title={filtered ? t('volumeSnapshots.empty.filteredTitle') : t('volumeSnapshots.empty.title')}
            body={filtered ? t('volumeSnapshots.empty.filteredBody') : t('volumeSnapshots.empty.body')}
          />
        }
      />
      <ListPager
        paging={list}
        pageSize={filters.limit}
        onPageSizeChange={(limit) => list.setFilters({ limit })}
        count={rows.length}
      />
      {dialog?.kind === 'delete' && <DeleteSnapshotsDialog open rows={dialog.rows} onOpenChange={(open) => !open && close()} onFinished={onDeleteFinished} />}
      {dialog?.kind === 'create' && <CreateVolumeDialog snapshot={dialog.row.snapshot} onClose={close} />}
      {dialog?.kind === 'edit' && <EditSnapshotDialog snapshot={dialog.row.snapshot} onClose={close} />}
    </section>
  );
}

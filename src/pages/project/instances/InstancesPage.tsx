import { useMemo } from 'react';
import { Link } from 'react-router-dom';
import { DataTable } from '@/components/data-table/DataTable';
import { EmptyState } from '@/components/EmptyState';
import { ErrorState } from '@/components/ErrorState';
import { PageHeader } from '@/components/PageHeader';
import { Pager } from '@/components/Pager';
import { describeError } from '@/cloud/describe-error';
import { useI18n } from '@/i18n';
import { listQueryState } from '@/lib/list-query-state';
import { useDialog } from '@/lib/use-dialog';
import type { Server } from '@/openstack/nova/schemas';
import { paths } from '@/paths';
import { SnapshotDialogHost } from './create-snapshot/SnapshotDialogHost';
import { instanceColumns } from './instance-columns';
import { InstanceRowActions } from './InstanceRowActions';
import type { InstanceRow } from './instance-rows';
import { InstancesFilter } from './InstancesFilter';
import { defaultSort, instanceSortKeys, type InstanceSortKey } from './instances-url-state';
import { useInstancesList } from './use-instances-list';
import { useInstanceListPower } from './use-instance-list-power';
import './InstancesPage.css';

function isSortKey(key: string): key is InstanceSortKey {
  return (instanceSortKeys as readonly string[]).includes(key);
}

type InstancesDialog = { kind: 'snapshot'; row: Server };

/** Project → Compute → Instances, with Create Snapshot on every row. */
export function InstancesPage() {
  const i18n = useI18n();
  const { t } = i18n;
  const list = useInstancesList();
  const { filters } = list;
  const sort = filters.sort ?? defaultSort;
  const { dialog, open, close } = useDialog<InstancesDialog>();
  const listPower = useInstanceListPower(list.rows);
  // The dialog follows the polled row, so it sees the server's current status and task.
  const snapshotTarget = dialog ? (list.rows.find((row) => row.server.id === dialog.row.id)?.server ?? dialog.row) : null;
  const openSnapshot = useMemo(() => (server: Server) => open({ kind: 'snapshot', row: server }), [open]);

  const columns = useMemo(() => instanceColumns(i18n), [i18n]);
  const state = listQueryState(list.query);
  const filtered = filters.name !== '' || filters.status !== '';
  const error = state.loadError ? describeError(state.loadError, t) : null;
  const refreshError = state.refreshError ? describeError(state.refreshError, t) : null;

  return (
    <div className="instances">
      <PageHeader
        title={t('instances.title')}
        actions={
          <Link className="button" to={paths.launch()}>
            {t('instances.launch')}
          </Link>
        }
      />
      <div className="instances__toolbar">
        {listPower.toolbar}
        <InstancesFilter name={filters.name} status={filters.status} onApply={(filter) => list.setFilters(filter)} />
        {refreshError && (
          <p className="instances__refresh-error" role="status">
            {t('instances.refreshFailed', { message: refreshError.message })}
          </p>
        )}
        {list.isPolling && !refreshError && (
          <p className="instances__polling" role="status">
            {t('instances.polling')}
          </p>
        )}
      </div>
      <div className="instances__table">
        <DataTable<InstanceRow>
          caption={t('instances.tableLabel')}
          rows={list.rows}
          getRowId={(row) => row.server.id}
          rowName={(row) => row.server.name}
          selection={listPower.selection}
          columns={columns}
          sort={sort}
          onSortChange={(next) => {
            if (isSortKey(next.key)) list.setFilters({ sort: { key: next.key, dir: next.dir } });
          }}
          rowActions={(row) => <InstanceRowActions row={row} onCreateSnapshot={openSnapshot} powerActions={listPower.rowPowerActions} />}
          isLoading={state.isLoading}
          error={
            error ? (
              <ErrorState title={t('instances.loadFailed')} message={error.message} requestId={error.requestId} onRetry={() => void list.query.refetch()} />
            ) : undefined
          }
          empty={
            filtered ? (
              <EmptyState title={t('instances.empty.filteredTitle')} body={t('instances.empty.filteredBody')} />
            ) : (
              <EmptyState
                title={t('instances.empty.title')}
                body={t('instances.empty.body')}
                action={
                  <Link className="button button--primary" to={paths.launch()}>
                    {t('instances.launch')}
                  </Link>
                }
              />
            )
          }
        />
      </div>
      <Pager paging={list} pageSize={filters.limit} onPageSizeChange={(limit) => list.setFilters({ limit })} count={list.rows.length} />
      <SnapshotDialogHost target={snapshotTarget} onClose={close} />
      {listPower.dialogs}
    </div>
  );
}

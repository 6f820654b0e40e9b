import { useCallback, useMemo, useState } from 'react';
import { Link } from 'react-router-dom';
import { DataTable } from '@/components/data-table/DataTable';
import { EmptyState } from '@/components/EmptyState';
import { ErrorState } from '@/components/ErrorState';
import { PageHeader } from '@/components/PageHeader';
import { Pager } from '@/components/Pager';
import { describeError } from '@/cloud/describe-error';
import { useI18n } from '@/i18n';
import type { Server } from '@/openstack/nova/schemas';
import { useUrlState } from '@/lib/use-url-state';
import { paths } from '@/paths';
import { SnapshotDialogHost } from './create-snapshot/SnapshotDialogHost';
import { instanceColumns } from './instance-columns';
import { InstanceRowActions } from './InstanceRowActions';
import { nameFilterPattern, type InstanceRow } from './instance-rows';
import { InstancesFilter } from './InstancesFilter';
import { defaultSort, instancesUrlFields, instanceSortKeys, pageSizes, type InstanceSortKey } from './instances-url-state';
import { useInstancesList } from './use-instances-list';
import { useInstanceListPower } from './use-instance-list-power';
import './InstancesPage.css';

function isSortKey(key: string): key is InstanceSortKey {
  return (instanceSortKeys as readonly string[]).includes(key);
}

/** Project → Compute → Instances, with Create Snapshot on every row. */
export function InstancesPage() {
  const i18n = useI18n();
  const { t } = i18n;
  const [state, setState] = useUrlState(instancesUrlFields);
  const sort = state.sort ?? defaultSort;
  const marker = state.marker.at(-1);
  const list = useInstancesList({
    name: nameFilterPattern(state.name),
    status: state.status || undefined,
    limit: state.limit,
    marker,
    sortKey: sort.key,
    sortDir: sort.dir,
  });
  const listPower = useInstanceListPower(list.rows);
  const [snapshotTargetId, setSnapshotTargetId] = useState<string | null>(null);
  const [snapshotFallback, setSnapshotFallback] = useState<Server | null>(null);
  // The dialog follows the polled row, so it sees the server's current status and task.
  const snapshotTarget = list.rows.find((row) => row.server.id === snapshotTargetId)?.server ?? snapshotFallback;
  const openSnapshot = useCallback((server: Server) => {
    setSnapshotTargetId(server.id);
    setSnapshotFallback(server);
  }, []);
  const closeSnapshot = useCallback(() => {
    setSnapshotTargetId(null);
    setSnapshotFallback(null);
  }, []);

  const columns = useMemo(() => instanceColumns(i18n), [i18n]);
  const filtered = state.name !== '' || state.status !== '';
  const error = list.error ? describeError(list.error, t) : null;
  const refreshError = list.refreshError ? describeError(list.refreshError, t) : null;

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
        <InstancesFilter
          name={state.name}
          status={state.status}
          onApply={(filter) => setState({ ...filter, marker: [] })}
        />
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
            if (isSortKey(next.key)) setState({ sort: { key: next.key, dir: next.dir }, marker: [] });
          }}
          rowActions={(row) => <InstanceRowActions row={row} onCreateSnapshot={openSnapshot} powerActions={listPower.rowPowerActions} />}
          isLoading={list.isLoading}
          error={
            error ? (
              <ErrorState title={t('instances.loadFailed')} message={error.message} requestId={error.requestId} onRetry={() => void list.refetch()} />
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
      <Pager
        hasPrevious={state.marker.length > 0}
        hasNext={list.nextMarker !== null}
        onPrevious={() => setState({ marker: state.marker.slice(0, -1) })}
        onNext={() => list.nextMarker && setState({ marker: [...state.marker, list.nextMarker] })}
        pageSize={state.limit}
        pageSizes={pageSizes}
        onPageSizeChange={(limit) => setState({ limit, marker: [] })}
        summary={t('table.pager.displaying', { count: list.rows.length })}
      />
      <SnapshotDialogHost target={snapshotTarget} onClose={closeSnapshot} />
      {listPower.dialogs}
    </div>
  );
}

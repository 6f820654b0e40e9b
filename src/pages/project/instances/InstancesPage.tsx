import { useMemo } from 'react';
import { Link } from 'react-router-dom';
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
import type { Server } from '@/openstack/nova/schemas';
import { paths } from '@/paths';
import { SnapshotDialogHost } from './create-snapshot/SnapshotDialogHost';
import { DeleteInstancesDialog } from './DeleteInstancesDialog';
import { instanceBatchActions, instanceRowActions, instanceRules } from './instance-actions';
import { instanceColumns } from './instance-columns';
import type { InstanceRow } from './instance-rows';
import { InstancesFilter } from './InstancesFilter';
import { defaultSort, instanceSortKeys, type InstanceSortKey } from './instances-url-state';
import type { PowerAction, PowerConfirm } from './power-actions';
import { PowerConfirmDialog } from './PowerConfirmDialog';
import { useBatchPower } from './use-batch-power';
import { useInstancesList } from './use-instances-list';
import { usePowerActions } from './use-power-actions';
import './InstancesPage.css';

function isSortKey(key: string): key is InstanceSortKey {
  return (instanceSortKeys as readonly string[]).includes(key);
}

type InstancesDialog =
  | { kind: 'snapshot'; row: Server }
  | { kind: 'power'; action: PowerAction; confirm: PowerConfirm; row: Server }
  | { kind: 'stop'; rows: Server[] }
  | { kind: 'delete'; rows: Server[] };

/** Project → Compute → Instances: Create Snapshot on every row, power actions, Delete Instances. */
export function InstancesPage() {
  const i18n = useI18n();
  const { t } = i18n;
  const list = useInstancesList();
  const { filters } = list;
  const sort = filters.sort ?? defaultSort;
  const servers = useMemo(() => list.rows.map((row) => row.server), [list.rows]);
  const selection = useKeptSelection(servers);
  const { dialog, open, close } = useDialog<InstancesDialog>();
  const power = usePowerActions();
  const batchPower = useBatchPower(power.send);
  // A dialog follows the polled row, so it sees the server's current status and task.
  const fresh = (server: Server) => servers.find((row) => row.id === server.id) ?? server;

  const rules = useMemo(() => instanceRules(t, power.actions), [t, power.actions]);
  const handlers = {
    onCreateSnapshot: (row: Server) => open({ kind: 'snapshot', row }),
    onPower: (action: PowerAction, row: Server) => {
      // Delete always goes through Delete Instances, which names the volumes that go with it.
      if (action.id === 'delete') return open({ kind: 'delete', rows: [row] });
      const confirm = action.confirm(row);
      if (confirm) return open({ kind: 'power', action, confirm, row });
      void power.run(action, row);
    },
    onStart: (rows: Server[]) => void batchPower.run('start', rules.start, rows),
    onStop: (rows: Server[]) => open({ kind: 'stop', rows }),
    onDelete: (rows: Server[]) => open({ kind: 'delete', rows }),
  };
  const rowActions = instanceRowActions(t, rules, power.actions, handlers);
  const batchActions = instanceBatchActions(t, rules, handlers);

  const columns = useMemo(() => instanceColumns(i18n), [i18n]);
  const state = listQueryState(list.query);
  const filtered = filters.name !== '' || filters.status !== '';
  const error = state.loadError ? describeError(state.loadError, t) : null;
  const refreshError = state.refreshError ? describeError(state.refreshError, t) : null;
  const stopNames = dialog?.kind === 'stop' ? dialog.rows.filter((server) => rules.stop(server) === true).map((server) => server.name || server.id) : [];

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
        <BatchActions selected={selection.selectedRows} actions={batchActions} label={t('instanceDetail.power.list.batchLabel')} />
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
          selection={{
            selected: selection.selectedIds,
            onChange: selection.setSelectedIds,
            rowLabel: (row) => t('instanceDetail.power.list.selectRow', { name: row.server.name || row.server.id }),
            disabledReason: (row) => blockedBy(rules.select, row.server),
          }}
          columns={columns}
          sort={sort}
          onSortChange={(next) => {
            if (isSortKey(next.key)) list.setFilters({ sort: { key: next.key, dir: next.dir } });
          }}
          rowActions={(row) => <RowActions row={row} actions={rowActions} name={row.server.name} />}
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
      <SnapshotDialogHost target={dialog?.kind === 'snapshot' ? fresh(dialog.row) : null} onClose={close} />
      {dialog?.kind === 'power' && (
        <PowerConfirmDialog
          question={{ ...dialog.confirm, confirmLabel: dialog.action.label, danger: dialog.action.danger }}
          busy={power.running !== null}
          onConfirm={() => void power.run(dialog.action, dialog.row).then(close)}
          onCancel={close}
        />
      )}
      {dialog?.kind === 'stop' && (
        <PowerConfirmDialog
          question={{
            title: t('instanceDetail.power.list.confirmStopTitle', { count: stopNames.length }),
            body: t('instanceDetail.power.list.confirmStopBody', { names: stopNames.join(', ') }),
            confirmLabel: t('instanceDetail.power.batch.stop'),
            danger: true,
          }}
          busy={batchPower.running}
          onConfirm={() => void batchPower.run('stop', rules.stop, dialog.rows).then(close)}
          onCancel={close}
        />
      )}
      {dialog?.kind === 'delete' && <DeleteInstancesDialog rows={dialog.rows} allowed={rules.delete} onClose={close} onDeleted={selection.removeIds} />}
    </div>
  );
}

import { useMemo, useState } from 'react';
import { BatchActions } from '@/components/actions/BatchActions';
import { partitionAllowed, type BatchAction, type RowAction } from '@/components/actions/types';
import type { DataTableSelection } from '@/components/data-table/DataTable';
import { useToast } from '@/components/toast/toast-context';
import { useI18n } from '@/i18n';
import type { Server } from '@/openstack/nova/schemas';
import { runBounded } from '@/lib/run-bounded';
import { useKeptSelection } from '@/lib/use-kept-selection';
import { DeleteInstancesDialog } from './DeleteInstancesDialog';
import type { InstanceRow } from './instance-rows';
import type { PowerActionId } from './instance-power-rules';
import { PowerConfirmDialog, type PowerQuestion } from './PowerConfirmDialog';
import { usePowerActions } from './use-power-actions';

const BATCH_CONCURRENCY = 4;

/**
 * Everything the Instances list needs for power actions, kept out of the page so it plugs into
 * any table: checkboxes, the batch toolbar (Start, Shut Off, Delete), row actions, and dialogs.
 * Delete always goes through Delete Instances, which names the volumes that go with the instance.
 */
export function useInstanceListPower(rows: readonly InstanceRow[]) {
  const { t } = useI18n();
  const { toast } = useToast();
  const servers = useMemo(() => rows.map((row) => row.server), [rows]);
  const { selectedIds, selectedRows, setSelectedIds, removeIds } = useKeptSelection(servers);
  const power = usePowerActions();
  const [deleting, setDeleting] = useState<Server[] | null>(null);
  const [batch, setBatch] = useState<{ question: PowerQuestion; run: () => Promise<void> } | null>(null);
  const [batchRunning, setBatchRunning] = useState(false);
  const byId = (id: PowerActionId) => power.actions.find((action) => action.id === id);

  const runBatch = async (id: 'start' | 'stop', chosen: Server[]) => {
    const action = byId(id);
    if (!action) return;
    const { allowed } = partitionAllowed({ allowed: (server: Server) => action.allowed(server) }, chosen);
    setBatchRunning(true);
    const results = await runBounded(allowed, (server) => power.send(id, server.id), { concurrency: BATCH_CONCURRENCY });
    setBatchRunning(false);
    setBatch(null);
    const failed = results.filter((result) => !result.ok).map((result) => result.item.name || result.item.id);
    toast({
      tone: failed.length > 0 ? 'error' : 'success',
      title: t('instanceDetail.power.list.done', { action: t(`instanceDetail.power.batch.${id}`), ok: results.length - failed.length, failed: failed.length }),
      body: failed.length > 0 ? t('instanceDetail.power.list.failedNames', { names: failed.join(', ') }) : undefined,
    });
  };

  const batchActions: Array<BatchAction<Server>> = [
    { id: 'start', label: t('instanceDetail.power.batch.start'), allowed: (s) => byId('start')?.allowed(s) ?? true, run: (chosen) => void runBatch('start', chosen) },
    {
      id: 'stop',
      label: t('instanceDetail.power.batch.stop'),
      danger: true,
      allowed: (s) => byId('stop')?.allowed(s) ?? true,
      run: (chosen) => {
        const stop = byId('stop');
        const names = chosen.filter((s) => stop?.allowed(s) === true).map((s) => s.name || s.id);
        setBatch({
          question: {
            title: t('instanceDetail.power.list.confirmStopTitle', { count: names.length }),
            body: t('instanceDetail.power.list.confirmStopBody', { names: names.join(', ') }),
            confirmLabel: t('instanceDetail.power.batch.stop'),
            danger: true,
          },
          run: () => runBatch('stop', chosen),
        });
      },
    },
    { id: 'delete', label: t('instanceDetail.power.batch.delete'), danger: true, allowed: (s) => byId('delete')?.allowed(s) ?? true, run: (chosen) => setDeleting(chosen) },
  ];

  const rowPowerActions: Array<RowAction<InstanceRow>> = power.actions.map((action) => ({
    id: action.id,
    label: action.label,
    danger: action.danger,
    allowed: (row) => action.allowed(row.server),
    run: (row) => (action.id === 'delete' ? setDeleting([row.server]) : power.request(action, row.server)),
  }));

  const selection: DataTableSelection<InstanceRow> = {
    selected: selectedIds,
    onChange: setSelectedIds,
    rowLabel: (row) => t('instanceDetail.power.list.selectRow', { name: row.server.name || row.server.id }),
  };

  const pending = power.pending;
  const question: PowerQuestion | null = batch?.question ?? (pending && { ...pending.confirm, confirmLabel: pending.action.label, danger: pending.action.danger });
  const dialogs = (
    <>
      <PowerConfirmDialog
        question={question}
        busy={batchRunning || power.running !== null}
        onConfirm={() => void (batch ? batch.run() : power.confirmPending())}
        onCancel={() => (batch ? setBatch(null) : power.cancelPending())}
      />
      {deleting && <DeleteInstancesDialog servers={deleting} onClose={() => setDeleting(null)} onDeleted={removeIds} />}
    </>
  );
  const toolbar = <BatchActions selected={selectedRows} actions={batchActions} label={t('instanceDetail.power.list.batchLabel')} />;

  return { selection, rowPowerActions, toolbar, dialogs };
}

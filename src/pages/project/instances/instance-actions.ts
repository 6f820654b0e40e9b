import type { ActionRule, BatchAction, RowAction } from '@/components/actions/types';
import type { I18n } from '@/i18n';
import type { Server } from '@/openstack/nova/schemas';
import { statusKey, taskKey } from './instance-state';
import type { InstanceRow } from './instance-rows';
import { powerRefusal, type PowerActionId } from './instance-power-rules';
import type { PowerAction } from './power-actions';
import { snapshotRefusal } from './snapshot-rules';

/** The reason Create Snapshot is refused for this server, in words; true when allowed. */
function snapshotAllowed(server: Server, t: I18n['t']): true | string {
  const refusal = snapshotRefusal(server);
  if (refusal === null) return true;
  switch (refusal.kind) {
    case 'task': {
      const key = taskKey(refusal.task);
      return t('instances.snapshot.refused.task', { task: key ? t(key) : refusal.task });
    }
    case 'status': {
      const key = statusKey(refusal.status);
      return t('instances.snapshot.refused.status', { status: key ? t(key) : refusal.status });
    }
    case 'pausedVolumeBacked':
      return t('instances.snapshot.refused.pausedVolumeBacked');
  }
}

/** Each rule once, in words: the checkbox, the row actions, the toolbar and the dialogs use these. */
export type InstanceRules = Record<PowerActionId | 'snapshot' | 'select', ActionRule<Server>>;

/** `power` holds the five power actions (their rules, in words, are `power-actions.ts`'s). */
export function instanceRules(t: I18n['t'], power: readonly PowerAction[]): InstanceRules {
  const rule = (id: PowerActionId): ActionRule<Server> => (server) => power.find((action) => action.id === id)?.allowed(server) ?? true;
  const remove = rule('delete');
  return {
    snapshot: (server) => snapshotAllowed(server, t),
    start: rule('start'),
    stop: rule('stop'),
    softReboot: rule('softReboot'),
    hardReboot: rule('hardReboot'),
    delete: remove,
    // The checkbox: a row with a snapshot in progress stays selectable (Delete names it as skipped);
    // one already being deleted can take no action at all.
    select: (server) => (powerRefusal('delete', server)?.kind === 'deleting' ? remove(server) : true),
  };
}

interface ActionHandlers {
  onCreateSnapshot(server: Server): void;
  /** A power action on one row: runs at once or asks first (Delete opens Delete Instances). */
  onPower(action: PowerAction, server: Server): void;
  onStart(servers: Server[]): void;
  onStop(servers: Server[]): void;
  onDelete(servers: Server[]): void;
}

/** Create Snapshot (Horizon's first button), then Start, Shut Off, Soft/Hard Reboot, Delete. */
export function instanceRowActions(t: I18n['t'], rules: InstanceRules, power: readonly PowerAction[], handlers: ActionHandlers): RowAction<InstanceRow>[] {
  return [
    { id: 'create-snapshot', label: t('instances.snapshot.action'), allowed: (row) => rules.snapshot(row.server), run: (row) => handlers.onCreateSnapshot(row.server) },
    ...power.map((action) => ({
      id: action.id,
      label: action.label,
      danger: action.danger,
      allowed: (row: InstanceRow) => rules[action.id](row.server),
      run: (row: InstanceRow) => handlers.onPower(action, row.server),
    })),
  ];
}

/** Start, Shut Off and Delete over the ticked rows; rows an action may not touch are skipped. */
export function instanceBatchActions(t: I18n['t'], rules: InstanceRules, handlers: Pick<ActionHandlers, 'onStart' | 'onStop' | 'onDelete'>): BatchAction<Server>[] {
  return [
    { id: 'start', label: t('instanceDetail.power.batch.start'), allowed: rules.start, run: handlers.onStart },
    { id: 'stop', label: t('instanceDetail.power.batch.stop'), danger: true, allowed: rules.stop, run: handlers.onStop },
    { id: 'delete', label: t('instanceDetail.power.batch.delete'), danger: true, allowed: rules.delete, run: handlers.onDelete },
  ];
}

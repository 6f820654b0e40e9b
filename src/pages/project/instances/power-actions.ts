import type { I18n, MessageKey } from '@/i18n';
import type { Server } from '@/openstack/nova/schemas';
import { powerStateKey, statusKey, taskKey } from './instance-state';
import { powerRefusal, type PowerActionId, type PowerRefusal } from './instance-power-rules';

/** What the confirm dialog says before an action that loses something. */
export interface PowerConfirm {
  title: string;
  body: string;
}

/** An action as data: one definition drives the row menu, the toolbar, the detail page and the tests. */
export interface PowerAction {
  id: PowerActionId;
  label: string;
  danger: boolean;
  allowed(server: Server): true | string;
  /** Null: runs at once (Start loses nothing). */
  confirm(server: Server): PowerConfirm | null;
}

const powerActionOrder: readonly PowerActionId[] = ['start', 'stop', 'softReboot', 'hardReboot', 'delete'];

const labels: Record<PowerActionId, MessageKey> = {
  start: 'instanceDetail.power.actions.start',
  stop: 'instanceDetail.power.actions.stop',
  softReboot: 'instanceDetail.power.actions.softReboot',
  hardReboot: 'instanceDetail.power.actions.hardReboot',
  delete: 'instanceDetail.power.actions.delete',
};

/** The refusal in words, using the list's status, task and power-state words. */
function refusalText(refusal: PowerRefusal, t: I18n['t']): string {
  switch (refusal.kind) {
    case 'task': {
      const key = taskKey(refusal.task);
      return t('instanceDetail.power.refused.task', { task: key ? t(key) : refusal.task });
    }
    case 'snapshot': {
      const key = taskKey(refusal.task);
      return t('instanceDetail.power.refused.snapshot', { task: key ? t(key) : refusal.task });
    }
    case 'status': {
      const key = statusKey(refusal.status);
      return t('instanceDetail.power.refused.status', { status: key ? t(key) : refusal.status });
    }
    case 'power': {
      const key = powerStateKey(refusal.power);
      return t('instanceDetail.power.refused.power', { power: key ? t(key) : String(refusal.power ?? '—') });
    }
    case 'deleting':
      return t('instanceDetail.power.refused.deleting');
  }
}

function powerAllowed(id: PowerActionId, server: Server, t: I18n['t']): true | string {
  const refusal = powerRefusal(id, server);
  return refusal === null ? true : refusalText(refusal, t);
}

/**
 * Start, Shut Off, Soft Reboot, Hard Reboot, Delete. `deletedVolumes` names the volumes that go with
 * a server (delete on termination) so the delete confirmation can say so.
 */
export function powerActions(t: I18n['t'], deletedVolumes: (server: Server) => string[] = () => []): PowerAction[] {
  const confirmFor = (id: PowerActionId, server: Server): PowerConfirm | null => {
    const name = server.name || server.id;
    switch (id) {
      case 'start':
        return null;
      case 'stop':
        return { title: t('instanceDetail.power.confirm.stopTitle', { name }), body: t('instanceDetail.power.confirm.stopBody') };
      case 'softReboot':
        return { title: t('instanceDetail.power.confirm.softRebootTitle', { name }), body: t('instanceDetail.power.confirm.softRebootBody') };
      case 'hardReboot':
        return { title: t('instanceDetail.power.confirm.hardRebootTitle', { name }), body: t('instanceDetail.power.confirm.hardRebootBody') };
      case 'delete': {
        const volumes = deletedVolumes(server);
        const extra = volumes.length > 0 ? ` ${t('instanceDetail.power.confirm.deleteVolumes', { count: volumes.length, names: volumes.join(', ') })}` : '';
        return { title: t('instanceDetail.power.confirm.deleteTitle', { name }), body: `${t('instanceDetail.power.confirm.deleteBody')}${extra}` };
      }
    }
  };
  return powerActionOrder.map((id) => ({
    id,
    label: t(labels[id]),
    danger: id !== 'start',
    allowed: (server) => powerAllowed(id, server, t),
    confirm: (server) => confirmFor(id, server),
  }));
}

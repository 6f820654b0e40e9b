import { useMutation } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { useApi } from '@/cloud/use-api';
import { describeError } from '@/cloud/describe-error';
import { watchOperation } from '@/cloud/watches/watch-store';
import { useToast } from '@/components/toast/toast-context';
import { useI18n, type MessageKey } from '@/i18n';
import { serverMutations } from '@/openstack/nova/queries';
import type { Server } from '@/openstack/nova/schemas';
import { paths } from '@/paths';
import type { PowerActionId } from './instance-power-rules';
import { powerActions, type PowerAction, type PowerConfirm } from './power-actions';

export interface PendingPowerAction {
  action: PowerAction;
  server: Server;
  confirm: PowerConfirm;
}

const toastKeys: Record<PowerActionId, MessageKey> = {
  start: 'instanceDetail.power.toast.start',
  stop: 'instanceDetail.power.toast.stop',
  softReboot: 'instanceDetail.power.toast.softReboot',
  hardReboot: 'instanceDetail.power.toast.hardReboot',
  delete: 'instanceDetail.power.toast.delete',
};

/**
 * The five power actions with their confirmation and their requests. `request` runs Start at once
 * and opens the confirmation for the others; the server's own task state then shows the phase.
 */
export function usePowerActions(options: { deletedVolumes?: (server: Server) => string[]; onDeleted?: (server: Server) => void } = {}) {
  const api = useApi();
  const { t } = useI18n();
  const { toast } = useToast();
  const { deletedVolumes, onDeleted } = options;
  const actions = useMemo(() => powerActions(t, deletedVolumes), [t, deletedVolumes]);
  const [pending, setPending] = useState<PendingPowerAction | null>(null);
  const [running, setRunning] = useState<{ id: PowerActionId; serverId: string } | null>(null);
  const start = useMutation(serverMutations.start(api));
  const stop = useMutation(serverMutations.stop(api));
  const reboot = useMutation(serverMutations.reboot(api));
  const remove = useMutation(serverMutations.delete(api));

  const send = (id: PowerActionId, serverId: string): Promise<void> => {
    switch (id) {
      case 'start':
        return start.mutateAsync(serverId);
      case 'stop':
        return stop.mutateAsync(serverId);
      case 'softReboot':
        return reboot.mutateAsync({ serverId, type: 'SOFT' });
      case 'hardReboot':
        return reboot.mutateAsync({ serverId, type: 'HARD' });
      case 'delete':
        return remove.mutateAsync(serverId);
    }
  };

  const execute = async (action: PowerAction, server: Server) => {
    const name = server.name || server.id;
    setRunning({ id: action.id, serverId: server.id });
    try {
      await send(action.id, server.id);
      const link = action.id === 'delete' ? undefined : { to: paths.instanceDetail(server.id), label: t('instanceDetail.power.toast.view', { name }) };
      toast({ tone: 'success', title: t(toastKeys[action.id], { name }), link });
      if (action.id === 'delete') onDeleted?.(server);
      // The shell speaks the state the server settles in ("web-1 is now shut off").
      else watchOperation({ scope: api.scope, kind: 'power', id: server.id, name, serverId: server.id });
    } catch (error) {
      const { message, retryable } = describeError(error, t);
      toast({
        tone: 'error',
        title: t('instanceDetail.power.toast.failed', { action: action.label, name }),
        body: message,
        link: { to: paths.instanceDetail(server.id), label: t('instanceDetail.power.toast.view', { name }) },
        // Refused for an ended session, so nothing was done: sent again only when the user asks, after signing in.
        action: retryable ? { label: t('recovery.retry.button'), run: () => void execute(action, server) } : undefined,
      });
    } finally {
      setRunning(null);
      setPending(null);
    }
  };

  const request = (action: PowerAction, server: Server) => {
    if (action.allowed(server) !== true) return;
    const confirm = action.confirm(server);
    if (confirm) setPending({ action, server, confirm });
    else void execute(action, server);
  };

  return {
    actions,
    /** The request alone, no confirmation or toast: for batch runs that report once. */
    send,
    request,
    /** Sends an action already confirmed (or needing none), with its toast. */
    run: execute,
    pending,
    running,
    confirmPending: () => (pending ? execute(pending.action, pending.server) : Promise.resolve()),
    cancelPending: () => setPending(null),
  };
}

import { useState } from 'react';
import { partitionAllowed, type ActionRule } from '@/components/actions/types';
import { useToast } from '@/components/toast/toast-context';
import { useI18n } from '@/i18n';
import { runBounded } from '@/lib/run-bounded';
import type { Server } from '@/openstack/nova/schemas';
import type { PowerActionId } from './instance-power-rules';

const BATCH_CONCURRENCY = 4;

type BatchPowerId = Extract<PowerActionId, 'start' | 'stop'>;

/**
 * Start or Shut Off over ticked instances: the rows the rule allows, a few requests at a time,
 * then one toast naming every failure.
 */
export function useBatchPower(send: (id: PowerActionId, serverId: string) => Promise<void>) {
  const { t } = useI18n();
  const { toast } = useToast();
  const [running, setRunning] = useState(false);

  const run = async (id: BatchPowerId, rule: ActionRule<Server>, chosen: readonly Server[]) => {
    const { allowed } = partitionAllowed({ allowed: rule }, chosen);
    setRunning(true);
    const results = await runBounded(allowed, (server) => send(id, server.id), { concurrency: BATCH_CONCURRENCY });
    setRunning(false);
    const failed = results.filter((result) => !result.ok).map((result) => result.item.name || result.item.id);
    toast({
      tone: failed.length > 0 ? 'error' : 'success',
      title: t('instanceDetail.power.list.done', { action: t(`instanceDetail.power.batch.${id}`), ok: results.length - failed.length, failed: failed.length }),
      body: failed.length > 0 ? t('instanceDetail.power.list.failedNames', { names: failed.join(', ') }) : undefined,
    });
  };

  return { running, run };
}

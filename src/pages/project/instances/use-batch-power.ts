import { useState } from 'react';
import { partitionAllowed, type ActionRule } from '@/components/actions/types';
import { useToast } from '@/components/toast/toast-context';
import { useI18n } from '@/i18n';
import { runBounded } from '@/lib/run-bounded';
import { isUnauthorized } from '@/openstack/errors';
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
    const refused = results.filter((result) => !result.ok);
    // Refused for an ended session: nothing was done to these, so the notice offers them again (on click only).
    const notDone = refused.filter((result) => isUnauthorized(result.error)).map((result) => result.item);
    const failed = refused.filter((result) => !isUnauthorized(result.error)).map((result) => result.item.name || result.item.id);
    const body = [
      failed.length > 0 ? t('instanceDetail.power.list.failedNames', { names: failed.join(', ') }) : null,
      notDone.length > 0 ? t('recovery.retry.notDoneNames', { names: notDone.map((server) => server.name || server.id).join(', ') }) : null,
    ].filter((line) => line !== null);
    toast({
      tone: refused.length > 0 ? 'error' : 'success',
      title: t('instanceDetail.power.list.done', { action: t(`instanceDetail.power.batch.${id}`), ok: results.length - refused.length, failed: refused.length }),
      body: body.length > 0 ? body.join(' ') : undefined,
      action: notDone.length > 0 ? { label: t('table.bulk.retryNotDone'), run: () => void run(id, rule, notDone) } : undefined,
    });
  };

  return { running, run };
}

import { useApi } from '@/cloud/use-api';
import { advancePlan, type PlanOutcome } from '@/cloud/snapshot-plans/advance-plan';
import type { SnapshotPlan } from '@/cloud/snapshot-plans/plan-schema';
import { withPlanLock } from '@/cloud/snapshot-plans/plan-lock';
import { dropPlan, planKey, readPlan, readPlans } from '@/cloud/snapshot-plans/plan-store';
import { usePlanDeps } from '@/cloud/snapshot-plans/use-plan-deps';
import { useToast } from '@/components/toast/toast-context';
import { useI18n } from '@/i18n';
import { isOpenStackError } from '@/openstack/errors';
import { paths } from '@/paths';
import { usePeriodicLook, type IsStopped } from './use-periodic-look';

/** How often waiting plans look at the cloud again. */
const lookEveryMs = 2000;

/**
 * Takes up "shut it off first" plans that no running flow holds: after a reload, in another tab,
 * after the next sign-in. Each look reads the server and image and takes at most the next step.
 */
export function PlanResumer() {
  const api = useApi();
  const deps = usePlanDeps(api);
  const { toast } = useToast();
  const { t } = useI18n();

  function finish(scope: string, plan: SnapshotPlan, outcome: PlanOutcome): void {
    if (outcome.kind === 'waiting') return;
    dropPlan(scope, plan.serverId);
    const names = { instance: plan.serverName, name: plan.snapshotName };
    if (outcome.kind === 'done') {
      toast({
        tone: 'success',
        title: t('recovery.plan.finished', names),
        link: outcome.imageId ? { to: paths.imageDetail(outcome.imageId), label: t('recovery.plan.view') } : undefined,
      });
      return;
    }
    // An error toast stays until the user dismisses it.
    toast({ tone: 'error', title: t('recovery.plan.stuckTitle', names), body: t(`recovery.plan.${outcome.reason}`, { ...names, status: outcome.detail, message: outcome.detail }) });
  }

  async function look(scope: string, plan: SnapshotPlan, isStopped: IsStopped): Promise<void> {
    await withPlanLock(planKey(scope, plan.serverId), async () => {
      // Re-read under the lock: another holder may have moved or finished it meanwhile.
      const current = readPlan(scope, plan.serverId);
      if (!current || isStopped()) return;
      try {
        finish(scope, current, await advancePlan(current, deps));
      } catch (error) {
        // Unreachable cloud or an ended session: the plan waits for the next look.
        if (!isOpenStackError(error) || (error.kind === 'http' && error.status !== 401)) {
          finish(scope, current, { kind: 'stuck', reason: 'failed', detail: error instanceof Error ? error.message : String(error) });
        }
      }
    });
  }

  usePeriodicLook(api.scope, lookEveryMs, (scope, isStopped) => {
    for (const plan of readPlans(scope)) void look(scope, plan, isStopped);
  });

  return null;
}

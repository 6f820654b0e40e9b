import { useEffect, useRef } from 'react';
import { useApi } from '@/cloud/cloud-context';
import { advancePlan, type PlanOutcome } from '@/cloud/snapshot-plans/advance-plan';
import type { SnapshotPlan } from '@/cloud/snapshot-plans/plan-schema';
import { withPlanLock } from '@/cloud/snapshot-plans/plan-lock';
import { dropPlan, planKey, readPlan, readPlans } from '@/cloud/snapshot-plans/plan-store';
import { usePlanDeps } from '@/cloud/snapshot-plans/use-plan-deps';
import { useToast } from '@/components/toast/toast-context';
import { useI18n } from '@/i18n';
import { isOpenStackError } from '@/openstack/errors';
import { paths } from '@/paths';

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
  const latest = useRef({ deps, toast, t });
  useEffect(() => {
    latest.current = { deps, toast, t };
  }, [deps, toast, t]);

  useEffect(() => {
    const scope = api.scope;
    let stopped = false;

    function finish(plan: SnapshotPlan, outcome: PlanOutcome): void {
      if (outcome.kind === 'waiting') return;
      dropPlan(scope, plan.serverId);
      const { toast: show, t: say } = latest.current;
      const names = { instance: plan.serverName, name: plan.snapshotName };
      if (outcome.kind === 'done') {
        show({
          tone: 'success',
          title: say('recovery.plan.finished', names),
          link: outcome.imageId ? { to: paths.imageDetail(outcome.imageId), label: say('recovery.plan.view') } : undefined,
        });
        return;
      }
      // An error toast stays until the user dismisses it.
      show({ tone: 'error', title: say('recovery.plan.stuckTitle', names), body: say(`recovery.plan.${outcome.reason}`, { ...names, status: outcome.detail, message: outcome.detail }) });
    }

    async function look(plan: SnapshotPlan): Promise<void> {
      await withPlanLock(planKey(scope, plan.serverId), async () => {
        // Re-read under the lock: another holder may have moved or finished it meanwhile.
        const current = readPlan(scope, plan.serverId);
        if (!current || stopped) return;
        try {
          finish(current, await advancePlan(current, latest.current.deps));
        } catch (error) {
          // Unreachable cloud or an ended session: the plan waits for the next look.
          if (!isOpenStackError(error) || (error.kind === 'http' && error.status !== 401)) {
            finish(current, { kind: 'stuck', reason: 'failed', detail: error instanceof Error ? error.message : String(error) });
          }
        }
      });
    }

    const tick = () => {
      for (const plan of readPlans(scope)) void look(plan);
    };
    tick();
    const timer = setInterval(tick, lookEveryMs);
    return () => {
      stopped = true;
      clearInterval(timer);
    };
  }, [api.scope]);

  return null;
}

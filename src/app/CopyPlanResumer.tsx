import { useEffect, useRef } from 'react';
import { useApi } from '@/cloud/cloud-context';
import type { CopyOutcome } from '@/cloud/copy-to-image/advance-copy';
import { lookAtCopy } from '@/cloud/copy-to-image/look-at-copy';
import type { CopyPlan } from '@/cloud/copy-to-image/plan-schema';
import { dropCopyPlan, isCopyPlanShown, readCopyPlan, readCopyPlans } from '@/cloud/copy-to-image/plan-store';
import { useCopyDeps } from '@/cloud/copy-to-image/use-copy-deps';
import { useToast } from '@/components/toast/toast-context';
import { useI18n } from '@/i18n';
import { paths } from '@/paths';

/** How often copies nobody is watching look at the cloud again. */
const lookEveryMs = 2000;

/**
 * Takes up Copy to Image plans no open dialog of this tab shows: after a reload, after the dialog
 * was closed, in another tab. Each look takes the next steps; the end is told in a toast.
 */
export function CopyPlanResumer() {
  const api = useApi();
  const deps = useCopyDeps(api);
  const { toast } = useToast();
  const { t } = useI18n();
  const latest = useRef({ deps, toast, t });
  useEffect(() => {
    latest.current = { deps, toast, t };
  }, [deps, toast, t]);

  useEffect(() => {
    const scope = api.scope;
    let stopped = false;

    function finish(plan: CopyPlan, outcome: CopyOutcome | undefined): void {
      if (outcome?.kind !== 'done' && outcome?.kind !== 'stuck') return;
      const last = readCopyPlan(scope, plan.snapshotId) ?? plan;
      dropCopyPlan(scope, plan.snapshotId);
      const { toast: show, t: say } = latest.current;
      const names = { source: last.sourceName, name: last.imageName };
      const link = last.imageId ? { to: paths.imageDetail(last.imageId), label: say('copyToImage.openImage') } : undefined;
      if (outcome.kind === 'done') {
        show({ tone: 'success', title: say('copyToImage.finishedToast', names), link });
        return;
      }
      show({
        tone: 'error',
        title: say('copyToImage.stuckTitle', names),
        body: say(`copyToImage.reasons.${outcome.reason}`, { detail: outcome.detail, volume: last.volumeName }),
        link: outcome.reason === 'deleteRefused' ? link : undefined,
      });
    }

    const tick = () => {
      for (const plan of readCopyPlans(scope)) {
        if (stopped || isCopyPlanShown(scope, plan.snapshotId)) continue;
        lookAtCopy(scope, plan.snapshotId, latest.current.deps).then(
          (outcome) => {
            if (!stopped && !isCopyPlanShown(scope, plan.snapshotId)) finish(plan, outcome);
          },
          // No answer or an ended session: the copy waits for the next look.
          () => undefined,
        );
      }
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

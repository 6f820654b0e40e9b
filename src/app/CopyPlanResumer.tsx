import { useApi } from '@/cloud/use-api';
import type { CopyOutcome } from '@/cloud/copy-to-image/advance-copy';
import { lookAtCopy } from '@/cloud/copy-to-image/look-at-copy';
import type { CopyPlan } from '@/cloud/copy-to-image/plan-schema';
import { dropCopyPlan, isCopyPlanShown, readCopyPlan, readCopyPlans } from '@/cloud/copy-to-image/plan-store';
import { useCopyDeps } from '@/cloud/copy-to-image/use-copy-deps';
import { useToast } from '@/components/toast/toast-context';
import { useI18n } from '@/i18n';
import { paths } from '@/paths';
import { usePeriodicLook } from './use-periodic-look';

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

  function finish(scope: string, plan: CopyPlan, outcome: CopyOutcome | undefined): void {
    if (outcome?.kind !== 'done' && outcome?.kind !== 'stuck') return;
    const last = readCopyPlan(scope, plan.snapshotId) ?? plan;
    dropCopyPlan(scope, plan.snapshotId);
    const names = { source: last.sourceName, name: last.imageName };
    const link = last.imageId ? { to: paths.imageDetail(last.imageId), label: t('copyToImage.openImage') } : undefined;
    if (outcome.kind === 'done') {
      toast({ tone: 'success', title: t('copyToImage.finishedToast', names), link });
      return;
    }
    toast({
      tone: 'error',
      title: t('copyToImage.stuckTitle', names),
      body: t(`copyToImage.reasons.${outcome.reason}`, { detail: outcome.detail, volume: last.volumeName }),
      link: outcome.reason === 'deleteRefused' ? link : undefined,
    });
  }

  usePeriodicLook(api.scope, lookEveryMs, (scope, isStopped) => {
    for (const plan of readCopyPlans(scope)) {
      if (isStopped() || isCopyPlanShown(scope, plan.snapshotId)) continue;
      lookAtCopy(scope, plan.snapshotId, deps).then(
        (outcome) => {
          if (!isStopped() && !isCopyPlanShown(scope, plan.snapshotId)) finish(scope, plan, outcome);
        },
        // No answer or an ended session: the copy waits for the next look.
        () => undefined,
      );
    }
  });

  return null;
}

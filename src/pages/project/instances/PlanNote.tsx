import { useSnapshotPlan } from '@/cloud/snapshot-plans/use-snapshot-plan';
import type { PlanStep } from '@/cloud/snapshot-plans/plan-schema';
import { useI18n, type MessageKey } from '@/i18n';

const noteKeys: Readonly<Record<PlanStep, MessageKey>> = {
  stop: 'recovery.plan.waitingStop',
  stopping: 'recovery.plan.waitingStop',
  creating: 'recovery.plan.waitingCreate',
  uploading: 'recovery.plan.waitingStart',
  starting: 'recovery.plan.waitingStart',
};

/** Under an instance's status: it was shut off for a snapshot and will be started again. */
export function PlanNote({ serverId }: { serverId: string }) {
  const { t } = useI18n();
  const plan = useSnapshotPlan(serverId);
  if (!plan) return null;
  return <span className="instances__plan-note">{t(noteKeys[plan.step])}</span>;
}

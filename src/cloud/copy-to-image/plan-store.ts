import { localRecords } from '../local-records';
import { copyPlanSchema, type CopyPlan } from './plan-schema';

const prefix = 'snapshot-dashboard.copy-to-image:';
/** Copies live in localStorage so they outlive a reload and every tab sees them. */
const plans = localRecords<CopyPlan>(prefix, copyPlanSchema);

const keyOf = (scope: string, snapshotId: string) => `${scope}|${snapshotId}`;

/** The lock name of a plan: one per volume snapshot and scope. */
export function copyPlanLockName(scope: string, snapshotId: string): string {
  return `${prefix}${keyOf(scope, snapshotId)}`;
}

export function readCopyPlan(scope: string, snapshotId: string): CopyPlan | null {
  return plans.read(keyOf(scope, snapshotId));
}

export function readCopyPlans(scope: string): CopyPlan[] {
  return plans.readAll((plan) => plan.scope === scope);
}

export function saveCopyPlan(plan: CopyPlan): void {
  plans.save(keyOf(plan.scope, plan.snapshotId), plan);
}

export function dropCopyPlan(scope: string, snapshotId: string): void {
  plans.drop(keyOf(scope, snapshotId));
}

export const subscribeCopyPlans = plans.subscribe;
export const copyPlansVersion = plans.version;

/**
 * Plans an open dialog in this tab is driving and showing: the background resumer leaves them
 * alone, so the dialog sees the end of its own copy.
 */
const shownHere = new Set<string>();

export function showingCopyPlan(scope: string, snapshotId: string): () => void {
  const key = keyOf(scope, snapshotId);
  shownHere.add(key);
  return () => void shownHere.delete(key);
}

export function isCopyPlanShown(scope: string, snapshotId: string): boolean {
  return shownHere.has(keyOf(scope, snapshotId));
}

import { localRecords } from '../local-records';
import { snapshotPlanSchema, type SnapshotPlan } from './plan-schema';

/** Plans live in localStorage so every tab of the dashboard sees them and they outlive the tab. */
const plans = localRecords<SnapshotPlan>('snapshot-dashboard.plan:', snapshotPlanSchema);

/** The storage key of a plan: one per instance and scope. */
export function planKey(scope: string, serverId: string): string {
  return `snapshot-dashboard.plan:${scope}|${serverId}`;
}

const keyOf = (scope: string, serverId: string) => `${scope}|${serverId}`;

export function readPlan(scope: string, serverId: string): SnapshotPlan | null {
  return plans.read(keyOf(scope, serverId));
}

/** Every plan of one scope (cloud, region, project). */
export function readPlans(scope: string): SnapshotPlan[] {
  return plans.readAll((plan) => plan.scope === scope);
}

export function savePlan(plan: SnapshotPlan): void {
  plans.save(keyOf(plan.scope, plan.serverId), plan);
}

export function dropPlan(scope: string, serverId: string): void {
  plans.drop(keyOf(scope, serverId));
}

/** Changes made here and in other tabs (one storage listener, however many rows subscribe). */
export const subscribePlans = plans.subscribe;

export const plansVersion = plans.version;

import { snapshotPlanSchema, type SnapshotPlan } from './plan-schema';

/**
 * Plans live in localStorage so every tab of the dashboard sees them and they outlive the tab.
 * They hold ids and names only: never the token.
 */
const prefix = 'snapshot-dashboard.plan:';

const listeners = new Set<() => void>();
let version = 0;

function storage(): Storage | undefined {
  try {
    return globalThis.localStorage;
  } catch {
    return undefined;
  }
}

function changed(): void {
  version += 1;
  for (const listener of listeners) listener();
}

export function planKey(scope: string, serverId: string): string {
  return `${prefix}${scope}|${serverId}`;
}

function parse(raw: string | null): SnapshotPlan | null {
  if (!raw) return null;
  try {
    const parsed = snapshotPlanSchema.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

export function readPlan(scope: string, serverId: string): SnapshotPlan | null {
  return parse(storage()?.getItem(planKey(scope, serverId)) ?? null);
}

/** Every plan of one scope (cloud, region, project). */
export function readPlans(scope: string): SnapshotPlan[] {
  const store = storage();
  if (!store) return [];
  const plans: SnapshotPlan[] = [];
  for (let index = 0; index < store.length; index += 1) {
    const key = store.key(index);
    if (!key?.startsWith(prefix)) continue;
    const plan = parse(store.getItem(key));
    if (plan?.scope === scope) plans.push(plan);
  }
  return plans;
}

export function savePlan(plan: SnapshotPlan): void {
  try {
    storage()?.setItem(planKey(plan.scope, plan.serverId), JSON.stringify(plan));
  } catch {
    // A full or blocked storage only costs the resume after a reload; the running flow goes on.
  }
  changed();
}

export function dropPlan(scope: string, serverId: string): void {
  storage()?.removeItem(planKey(scope, serverId));
  changed();
}

function onStorage(event: StorageEvent): void {
  if (event.key === null || event.key.startsWith(prefix)) changed();
}

/** Changes made here and in other tabs (one storage listener, however many rows subscribe). */
export function subscribePlans(listener: () => void): () => void {
  if (listeners.size === 0) globalThis.addEventListener?.('storage', onStorage);
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) globalThis.removeEventListener?.('storage', onStorage);
  };
}

/** Bumped on every change: a cheap snapshot for useSyncExternalStore. */
export function plansVersion(): number {
  return version;
}

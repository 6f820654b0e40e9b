import { useSyncExternalStore } from 'react';
import { useApi } from '../use-api';
import type { SnapshotPlan } from './plan-schema';
import { plansVersion, readPlan, subscribePlans } from './plan-store';

/** The waiting "shut it off first" plan of a server in the current project, kept up to date across tabs. */
export function useSnapshotPlan(serverId: string): SnapshotPlan | null {
  const { scope } = useApi();
  useSyncExternalStore(subscribePlans, plansVersion, plansVersion);
  return readPlan(scope, serverId);
}

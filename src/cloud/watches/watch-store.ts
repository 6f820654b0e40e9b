import { useMemo, useSyncExternalStore } from 'react';
import { localRecords } from '../local-records';
import { operationWatchSchema, type OperationWatch, type WatchKind } from './watch-schema';

/**
 * Operations started in this browser that someone should hear the end of. They live in
 * localStorage so the end is told after a reload or in another tab too; ids and names only,
 * never the token.
 */
const watches = localRecords<OperationWatch>('snapshot-dashboard.watch:', operationWatchSchema);

function keyOf(scope: string, kind: WatchKind, id: string): string {
  return `${scope}|${kind}|${id}`;
}

export function watchOperation(watch: Omit<OperationWatch, 'version' | 'startedAt'> & { startedAt?: number }): void {
  const entry: OperationWatch = { version: 1, startedAt: Date.now(), ...watch };
  watches.save(keyOf(entry.scope, entry.kind, entry.id), entry);
}

export function dropWatch(watch: Pick<OperationWatch, 'scope' | 'kind' | 'id'>): void {
  watches.drop(keyOf(watch.scope, watch.kind, watch.id));
}

/** Every watch of one scope (cloud, region, project), oldest first. */
export function readWatches(scope: string): OperationWatch[] {
  return watches.readAll((watch) => watch.scope === scope).sort((a, b) => a.startedAt - b.startedAt);
}

/** The watches of `scope`, kept up to date across tabs (re-read only when something changed). */
export function useWatches(scope: string): OperationWatch[] {
  const seen = useSyncExternalStore(watches.subscribe, watches.version, watches.version);
  // oxlint-disable-next-line react-hooks/exhaustive-deps -- `seen` is the change signal
  return useMemo(() => readWatches(scope), [scope, seen]);
}

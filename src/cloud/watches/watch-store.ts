import { useMemo, useSyncExternalStore } from 'react';
import { operationWatchSchema, type OperationWatch, type WatchKind } from './watch-schema';

/**
 * Operations started in this browser that someone should hear the end of. They live in
 * localStorage so the end is told after a reload or in another tab too; ids and names only,
 * never the token.
 */
const prefix = 'snapshot-dashboard.watch:';

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

function keyOf(scope: string, kind: WatchKind, id: string): string {
  return `${prefix}${scope}|${kind}|${id}`;
}

function parse(raw: string | null): OperationWatch | null {
  if (!raw) return null;
  try {
    const parsed = operationWatchSchema.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

export function watchOperation(watch: Omit<OperationWatch, 'version' | 'startedAt'> & { startedAt?: number }): void {
  const entry: OperationWatch = { version: 1, startedAt: Date.now(), ...watch };
  try {
    storage()?.setItem(keyOf(entry.scope, entry.kind, entry.id), JSON.stringify(entry));
  } catch {
    // A full or blocked storage only costs the word at the end.
  }
  changed();
}

export function dropWatch(watch: Pick<OperationWatch, 'scope' | 'kind' | 'id'>): void {
  storage()?.removeItem(keyOf(watch.scope, watch.kind, watch.id));
  changed();
}

/** Every watch of one scope (cloud, region, project), oldest first. */
export function readWatches(scope: string): OperationWatch[] {
  const store = storage();
  if (!store) return [];
  const watches: OperationWatch[] = [];
  for (let index = 0; index < store.length; index += 1) {
    const key = store.key(index);
    if (!key?.startsWith(prefix)) continue;
    const watch = parse(store.getItem(key));
    if (watch?.scope === scope) watches.push(watch);
  }
  return watches.sort((a, b) => a.startedAt - b.startedAt);
}

function onStorage(event: StorageEvent): void {
  if (event.key === null || event.key.startsWith(prefix)) changed();
}

function subscribe(listener: () => void): () => void {
  if (listeners.size === 0) globalThis.addEventListener?.('storage', onStorage);
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) globalThis.removeEventListener?.('storage', onStorage);
  };
}

const currentVersion = () => version;

/** The watches of `scope`, kept up to date across tabs (re-read only when something changed). */
export function useWatches(scope: string): OperationWatch[] {
  const seen = useSyncExternalStore(subscribe, currentVersion, currentVersion);
  // oxlint-disable-next-line react-hooks/exhaustive-deps -- `seen` is the change signal
  return useMemo(() => readWatches(scope), [scope, seen]);
}

import type { z } from 'zod';

/**
 * Records kept in localStorage under one prefix, so every tab sees them and they outlive a reload,
 * with one change signal (this tab's writes and other tabs' `storage` events) for
 * useSyncExternalStore. They hold ids and names only: never the token.
 */
export interface LocalRecords<T> {
  read(key: string): T | null;
  /** Every stored record that `keep` accepts (unreadable ones are passed over). */
  readAll(keep: (record: T) => boolean): T[];
  /** A full or blocked storage costs only what the record was for after a reload: no throw. */
  save(key: string, record: T): void;
  drop(key: string): void;
  subscribe(listener: () => void): () => void;
  /** Bumped on every change: a cheap snapshot for useSyncExternalStore. */
  version(): number;
}

function storage(): Storage | undefined {
  try {
    return globalThis.localStorage;
  } catch {
    return undefined;
  }
}

export function localRecords<T>(prefix: string, schema: z.ZodType<T>): LocalRecords<T> {
  const listeners = new Set<() => void>();
  let version = 0;
  const changed = () => {
    version += 1;
    for (const listener of listeners) listener();
  };
  const parse = (raw: string | null): T | null => {
    if (!raw) return null;
    try {
      const parsed = schema.safeParse(JSON.parse(raw));
      return parsed.success ? parsed.data : null;
    } catch {
      return null;
    }
  };
  const onStorage = (event: StorageEvent) => {
    if (event.key === null || event.key.startsWith(prefix)) changed();
  };
  return {
    read: (key) => parse(storage()?.getItem(prefix + key) ?? null),
    readAll(keep) {
      const store = storage();
      if (!store) return [];
      const records: T[] = [];
      for (let index = 0; index < store.length; index += 1) {
        const key = store.key(index);
        if (!key?.startsWith(prefix)) continue;
        const record = parse(store.getItem(key));
        if (record !== null && keep(record)) records.push(record);
      }
      return records;
    },
    save(key, record) {
      try {
        storage()?.setItem(prefix + key, JSON.stringify(record));
      } catch {
        // See the interface: the running flow goes on.
      }
      changed();
    },
    drop(key) {
      storage()?.removeItem(prefix + key);
      changed();
    },
    subscribe(listener) {
      if (listeners.size === 0) globalThis.addEventListener?.('storage', onStorage);
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
        if (listeners.size === 0) globalThis.removeEventListener?.('storage', onStorage);
      };
    },
    version: () => version,
  };
}

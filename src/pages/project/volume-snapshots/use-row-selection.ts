import { useCallback, useMemo, useState } from 'react';
import type { SnapshotRow } from './snapshot-rows';

/**
 * The checked rows, kept across pages. Rows on the current page are always their newest
 * version (a status that moved changes what the batch action allows).
 */
export function useRowSelection(rows: readonly SnapshotRow[]) {
  const [picked, setPicked] = useState<ReadonlyMap<string, SnapshotRow>>(() => new Map());
  const current = useMemo(() => new Map(rows.map((row) => [row.id, row])), [rows]);

  const selected = useMemo(() => new Set(picked.keys()), [picked]);
  const selectedRows = useMemo(() => [...picked.values()].map((row) => current.get(row.id) ?? row), [picked, current]);

  const onChange = useCallback(
    (next: Set<string>) =>
      setPicked((previous) => {
        const map = new Map<string, SnapshotRow>();
        for (const id of next) {
          const row = current.get(id) ?? previous.get(id);
          if (row) map.set(id, row);
        }
        return map;
      }),
    [current],
  );

  const drop = useCallback(
    (ids: readonly string[]) =>
      setPicked((previous) => {
        const map = new Map(previous);
        for (const id of ids) map.delete(id);
        return map;
      }),
    [],
  );

  return { selected, selectedRows, onChange, drop };
}

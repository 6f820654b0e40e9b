import { useCallback, useMemo, useState } from 'react';

/**
 * A list's selection kept across pages by id. Each selected row is its freshest copy: the one on
 * the current page if it is there, else the last one seen (a status that moved changes what a
 * batch action allows, and what a dialog names).
 */
export function useKeptSelection<T extends { id: string }>(rows: readonly T[]) {
  const [picked, setPicked] = useState<ReadonlyMap<string, T>>(() => new Map());
  const rowsById = useMemo(() => new Map(rows.map((row) => [row.id, row])), [rows]);

  const selectedIds = useMemo(() => new Set(picked.keys()), [picked]);
  const selectedRows = useMemo(() => [...picked.values()].map((row) => rowsById.get(row.id) ?? row), [picked, rowsById]);

  const setSelectedIds = useCallback(
    (ids: ReadonlySet<string>) =>
      setPicked((current) => {
        const next = new Map<string, T>();
        for (const id of ids) {
          const row = rowsById.get(id) ?? current.get(id);
          if (row) next.set(id, row);
        }
        return next;
      }),
    [rowsById],
  );

  /** After a batch: drop what is gone, keep the rest (failed and skipped rows stay selected). */
  const removeIds = useCallback(
    (ids: Iterable<string>) =>
      setPicked((current) => {
        const next = new Map(current);
        for (const id of ids) next.delete(id);
        return next;
      }),
    [],
  );

  return { selectedIds, selectedRows, setSelectedIds, removeIds };
}

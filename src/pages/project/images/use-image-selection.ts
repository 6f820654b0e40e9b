import { useCallback, useMemo, useState } from 'react';
import type { Image } from '@/openstack/glance/schemas';

/**
 * The selected images, kept across pages by id, each with the freshest copy seen, so the
 * delete dialog names and judges them as they are now.
 */
export function useImageSelection(rows: readonly Image[]) {
  const [selection, setSelection] = useState<ReadonlyMap<string, Image>>(() => new Map());
  const rowsById = useMemo(() => new Map(rows.map((row) => [row.id, row])), [rows]);

  const selectedIds = useMemo(() => new Set(selection.keys()), [selection]);
  const selectedRows = useMemo(() => [...selection.values()].map((image) => rowsById.get(image.id) ?? image), [selection, rowsById]);

  const setSelectedIds = useCallback(
    (ids: ReadonlySet<string>) =>
      setSelection((current) => {
        const next = new Map<string, Image>();
        for (const id of ids) {
          const image = rowsById.get(id) ?? current.get(id);
          if (image) next.set(id, image);
        }
        return next;
      }),
    [rowsById],
  );

  /** After a batch: drop what is gone, keep the rest (failed and skipped rows stay selected). */
  const removeIds = useCallback(
    (ids: Iterable<string>) =>
      setSelection((current) => {
        const next = new Map(current);
        for (const id of ids) next.delete(id);
        return next;
      }),
    [],
  );

  return { selectedIds, selectedRows, setSelectedIds, removeIds };
}

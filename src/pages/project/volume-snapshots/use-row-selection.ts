import { useKeptSelection } from '@/lib/use-kept-selection';
import type { SnapshotRow } from './snapshot-rows';

/**
 * The checked rows, kept across pages. Rows on the current page are always their newest
 * version (a status that moved changes what the batch action allows).
 */
export function useRowSelection(rows: readonly SnapshotRow[]) {
  const { selectedIds, selectedRows, setSelectedIds, removeIds } = useKeptSelection(rows);
  return { selected: selectedIds, selectedRows, onChange: setSelectedIds, drop: removeIds };
}

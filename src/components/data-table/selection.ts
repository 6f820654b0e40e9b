import type { DataTableSelection } from './types';

type PageSelection = 'none' | 'some' | 'all';

function selectableIds<Row>(rows: readonly Row[], getRowId: (row: Row) => string, selection: DataTableSelection<Row>): string[] {
  return rows.filter((row) => !selection.disabledReason?.(row)).map(getRowId);
}

/** How much of this page's selectable rows is selected, for the header checkbox. */
export function pageSelection<Row>(rows: readonly Row[], getRowId: (row: Row) => string, selection: DataTableSelection<Row>): PageSelection {
  const ids = selectableIds(rows, getRowId, selection);
  const count = ids.filter((id) => selection.selected.has(id)).length;
  if (count === 0) return 'none';
  return count === ids.length ? 'all' : 'some';
}

/** Header checkbox click: select every selectable row of the page, or clear the page when all are selected. */
export function togglePage<Row>(rows: readonly Row[], getRowId: (row: Row) => string, selection: DataTableSelection<Row>): Set<string> {
  const next = new Set(selection.selected);
  if (pageSelection(rows, getRowId, selection) === 'all') {
    for (const row of rows) next.delete(getRowId(row));
  } else {
    for (const id of selectableIds(rows, getRowId, selection)) next.add(id);
  }
  return next;
}

export function toggleRow(selected: ReadonlySet<string>, id: string, on: boolean): Set<string> {
  const next = new Set(selected);
  if (on) next.add(id);
  else next.delete(id);
  return next;
}

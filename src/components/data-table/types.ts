import type { ReactNode } from 'react';

export interface DataTableColumn<Row> {
  id: string;
  /** Visible header text (also the sort button's name). */
  header: string;
  cell(row: Row): ReactNode;
  /** The server-side sort key; makes the header a sort button. */
  sortKey?: string;
  width?: string | number;
  align?: 'start' | 'center' | 'end';
  /** Render the cell as the row's header (`<th scope="row">`), usually the name column. */
  rowHeader?: boolean;
}

export interface TableSort {
  key: string;
  dir: 'asc' | 'desc';
}

export interface DataTableSelection<Row> {
  selected: ReadonlySet<string>;
  onChange(next: Set<string>): void;
  /** The row checkbox's accessible name: "Select web-1". */
  rowLabel(row: Row): string;
  /** Why this row cannot be selected, or null when it can. */
  disabledReason?(row: Row): string | null;
}

export interface DataTableProps<Row> {
  rows: readonly Row[];
  getRowId(row: Row): string;
  columns: ReadonlyArray<DataTableColumn<Row>>;
  /** Names the table for screen readers (visually hidden). */
  caption: string;
  /** Controlled, server-side sorting. */
  sort?: TableSort | null;
  onSortChange?(sort: TableSort): void;
  selection?: DataTableSelection<Row>;
  /** The last column, e.g. `<RowActions>`. */
  rowActions?(row: Row): ReactNode;
  /** Details under a row, behind a disclosure button; null means the row has none. */
  expandedRow?(row: Row): ReactNode | null;
  /** The row's name for the disclosure button ("Details of web-1"); defaults to its id. */
  rowName?(row: Row): string;
  isLoading?: boolean;
  /** Shown when there are no rows (default: "No items to display."). */
  empty?: ReactNode;
  /** Shown instead of the rows. */
  error?: ReactNode;
  /** Height of the scroll area once the table virtualises (more than 100 rows). */
  maxHeight?: string;
}

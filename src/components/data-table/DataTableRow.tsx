import type { ReactNode, Ref } from 'react';
import { useI18n } from '@/i18n';
import { toggleRow } from './selection';
import type { DataTableColumn, DataTableSelection } from './types';

interface DataTableRowProps<Row> {
  row: Row;
  id: string;
  /** A DOM-safe prefix for ids inside the row. */
  domId: string;
  columns: ReadonlyArray<DataTableColumn<Row>>;
  columnCount: number;
  selection: DataTableSelection<Row> | undefined;
  rowActions: ((row: Row) => ReactNode) | undefined;
  /** undefined: the table has no details column; null: this row has no details. */
  details: ReactNode | null | undefined;
  expanded: boolean;
  onToggleExpanded(id: string): void;
  name: string;
  rowIndex?: number;
  dataIndex?: number;
  rowRef?: Ref<HTMLTableRowElement>;
}

function cellClass(column: DataTableColumn<unknown>): string {
  return `data-table__cell data-table__cell--${column.align ?? 'start'}`;
}

export function DataTableRow<Row>({
  row,
  id,
  domId,
  columns,
  columnCount,
  selection,
  rowActions,
  details,
  expanded,
  onToggleExpanded,
  name,
  rowIndex,
  dataIndex,
  rowRef,
}: DataTableRowProps<Row>) {
  const { t } = useI18n();
  const selected = selection?.selected.has(id) ?? false;
  const reason = selection?.disabledReason?.(row) ?? null;
  const reasonId = `${domId}-reason`;
  const detailsId = `${domId}-details`;
  const showDetails = expanded && details !== undefined && details !== null;

  return (
    <>
      <tr
        ref={rowRef}
        data-index={dataIndex}
        aria-rowindex={rowIndex}
        className={`data-table__row${selected ? ' data-table__row--selected' : ''}${showDetails ? ' data-table__row--expanded' : ''}`}
      >
        {selection && (
          <td className="data-table__select">
            <input
              type="checkbox"
              aria-label={selection.rowLabel(row)}
              checked={selected}
              disabled={reason !== null}
              title={reason ?? undefined}
              aria-describedby={reason ? reasonId : undefined}
              onChange={(event) => selection.onChange(toggleRow(selection.selected, id, event.target.checked))}
            />
            {reason && (
              <span id={reasonId} className="visually-hidden">
                {reason}
              </span>
            )}
          </td>
        )}
        {details !== undefined && (
          <td className="data-table__disclosure">
            {details !== null && (
              <button
                type="button"
                className="data-table__disclosure-button"
                aria-expanded={expanded}
                aria-controls={showDetails ? detailsId : undefined}
                aria-label={t('table.details', { name })}
                onClick={() => onToggleExpanded(id)}
              >
                <span aria-hidden="true" className="data-table__chevron" />
              </button>
            )}
          </td>
        )}
        {columns.map((column) =>
          column.rowHeader ? (
            <th key={column.id} scope="row" className={cellClass(column as DataTableColumn<unknown>)}>
              {column.cell(row)}
            </th>
          ) : (
            <td key={column.id} className={cellClass(column as DataTableColumn<unknown>)}>
              {column.cell(row)}
            </td>
          ),
        )}
        {rowActions && <td className="data-table__cell data-table__actions">{rowActions(row)}</td>}
      </tr>
      {showDetails && (
        <tr className="data-table__expansion" id={detailsId}>
          <td colSpan={columnCount}>{details}</td>
        </tr>
      )}
    </>
  );
}

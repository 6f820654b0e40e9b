import { useCallback, useId, useState, type ReactNode } from 'react';
import { useI18n } from '@/i18n';
import { DataTableHead } from './DataTableHead';
import { DataTableRow } from './DataTableRow';
import type { DataTableProps } from './types';
import { VirtualRows } from './VirtualRows';
import './DataTable.css';

export type { DataTableColumn, DataTableProps, DataTableSelection, TableSort } from './types';

/** Above this many rows only the visible ones are rendered. */
const virtualizeAbove = 100;
const skeletonRows = 5;

function domSafe(id: string): string {
  return id.replace(/[^\w-]/g, '_');
}

/**
 * Horizon's table, cleaner: server-side sort headers, a selection column whose header
 * selects the page, per-row details, a row-actions column, and loading / empty / error states.
 */
export function DataTable<Row>(props: DataTableProps<Row>) {
  const { rows, getRowId, columns, caption, selection, rowActions, expandedRow, rowName, isLoading = false, empty, error, maxHeight = '70vh' } = props;
  const { t } = useI18n();
  const tableId = useId();
  const [scrollElement, setScrollElement] = useState<HTMLDivElement | null>(null);
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(() => new Set());

  const toggleExpanded = useCallback((id: string) => {
    setExpanded((current) => {
      const next = new Set(current);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  }, []);

  const columnCount = columns.length + (selection ? 1 : 0) + (expandedRow ? 1 : 0) + (rowActions ? 1 : 0);
  const virtual = rows.length > virtualizeAbove && !error;
  const showSkeleton = isLoading && rows.length === 0 && !error;

  const renderRow = (index: number, measure?: (element: HTMLTableRowElement | null) => void): ReactNode => {
    const row = rows[index] as Row;
    const id = getRowId(row);
    return (
      <DataTableRow
        key={id}
        row={row}
        id={id}
        domId={`${tableId}-${domSafe(id)}`}
        columns={columns}
        columnCount={columnCount}
        selection={selection}
        rowActions={rowActions}
        details={expandedRow ? expandedRow(row) : undefined}
        expanded={expanded.has(id)}
        onToggleExpanded={toggleExpanded}
        name={rowName ? rowName(row) : id}
        rowIndex={virtual ? index + 2 : undefined}
        dataIndex={virtual ? index : undefined}
        rowRef={measure}
      />
    );
  };

  let body: ReactNode;
  if (error) {
    body = (
      <tr className="data-table__message">
        <td colSpan={columnCount}>{error}</td>
      </tr>
    );
  } else if (showSkeleton) {
    body = Array.from({ length: skeletonRows }, (_, index) => (
      <tr key={index} className="data-table__skeleton-row" aria-hidden="true">
        {Array.from({ length: columnCount }, (__, cell) => (
          <td key={cell} className="data-table__cell" aria-hidden="true">
            <span className="data-table__skeleton" />
          </td>
        ))}
      </tr>
    ));
  } else if (rows.length === 0) {
    body = (
      <tr className="data-table__message">
        <td colSpan={columnCount}>{empty ?? <p className="data-table__empty">{t('table.empty')}</p>}</td>
      </tr>
    );
  } else if (virtual) {
    body = <VirtualRows count={rows.length} columnCount={columnCount} scrollElement={scrollElement} renderRow={renderRow} />;
  } else {
    body = rows.map((_, index) => renderRow(index));
  }

  return (
    <div className="data-table">
      <div
        ref={setScrollElement}
        className={`data-table__scroll${virtual ? ' data-table__scroll--virtual' : ''}`}
        style={virtual ? { maxHeight } : undefined}
        {...(virtual ? { tabIndex: 0, role: 'region', 'aria-labelledby': `${tableId}-caption` } : {})}
      >
        <table
          className={`data-table__table${isLoading ? ' data-table__table--loading' : ''}`}
          aria-busy={isLoading || undefined}
          aria-rowcount={virtual ? rows.length + 1 : undefined}
        >
          <caption id={`${tableId}-caption`} className="visually-hidden">
            {caption}
          </caption>
          <DataTableHead
            rows={rows}
            getRowId={getRowId}
            columns={columns}
            sort={props.sort}
            onSortChange={props.onSortChange}
            selection={selection}
            rowActions={rowActions}
            expandedRow={expandedRow}
            selectionDisabled={isLoading || Boolean(error) || rows.every((row) => Boolean(selection?.disabledReason?.(row)))}
            rowIndex={virtual ? 1 : undefined}
          />
          <tbody>{body}</tbody>
        </table>
      </div>
      <p className="visually-hidden" role="status">
        {isLoading ? t('table.loading') : ''}
      </p>
    </div>
  );
}

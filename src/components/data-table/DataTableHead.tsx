import { useEffect, useRef } from 'react';
import { useI18n } from '@/i18n';
import { pageSelection, togglePage } from './selection';
import type { DataTableColumn, DataTableProps, TableSort } from './types';

type HeadProps<Row> = Pick<DataTableProps<Row>, 'rows' | 'getRowId' | 'columns' | 'sort' | 'onSortChange' | 'selection' | 'rowActions' | 'expandedRow'> & {
  selectionDisabled: boolean;
  /** Set when the table virtualises (with aria-rowcount on the table). */
  rowIndex?: number;
};

function SelectAll<Row>({ rows, getRowId, selection, disabled }: Required<Pick<HeadProps<Row>, 'rows' | 'getRowId' | 'selection'>> & { disabled: boolean }) {
  const { t } = useI18n();
  const ref = useRef<HTMLInputElement>(null);
  const state = pageSelection(rows, getRowId, selection);
  useEffect(() => {
    if (ref.current) ref.current.indeterminate = state === 'some';
  }, [state]);
  return (
    <input
      ref={ref}
      type="checkbox"
      aria-label={t('table.selectAll')}
      checked={state === 'all'}
      disabled={disabled}
      onChange={() => selection.onChange(togglePage(rows, getRowId, selection))}
    />
  );
}

function ariaSort(column: DataTableColumn<unknown>, sort: TableSort | null | undefined) {
  if (!column.sortKey) return undefined;
  if (sort?.key !== column.sortKey) return 'none' as const;
  return sort.dir === 'asc' ? ('ascending' as const) : ('descending' as const);
}

/** Drawn in CSS (two small triangles, or the active one), not a font glyph that may be missing. */
function SortIcon({ dir }: { dir: 'asc' | 'desc' | null }) {
  return (
    <span className={`data-table__sort-icon${dir ? ` data-table__sort-icon--active data-table__sort-icon--${dir}` : ''}`} aria-hidden="true" />
  );
}

export function DataTableHead<Row>({ rows, getRowId, columns, sort, onSortChange, selection, rowActions, expandedRow, selectionDisabled, rowIndex }: HeadProps<Row>) {
  const { t } = useI18n();
  return (
    <thead className="data-table__head">
      <tr aria-rowindex={rowIndex}>
        {selection && (
          <th scope="col" className="data-table__select">
            <SelectAll rows={rows} getRowId={getRowId} selection={selection} disabled={selectionDisabled} />
          </th>
        )}
        {expandedRow && (
          <th scope="col" className="data-table__disclosure">
            <span className="visually-hidden">{t('table.detailsColumn')}</span>
          </th>
        )}
        {columns.map((column) => {
          const active = column.sortKey !== undefined && sort?.key === column.sortKey ? sort.dir : null;
          const sortKey = column.sortKey;
          return (
            <th
              key={column.id}
              scope="col"
              aria-sort={ariaSort(column as DataTableColumn<unknown>, sort)}
              className={`data-table__th data-table__cell--${column.align ?? 'start'}`}
              style={column.width === undefined ? undefined : { width: column.width }}
            >
              {sortKey && onSortChange ? (
                <button
                  type="button"
                  className="data-table__sort"
                  onClick={() => onSortChange({ key: sortKey, dir: active === 'asc' ? 'desc' : 'asc' })}
                >
                  {column.header}
                  <SortIcon dir={active} />
                </button>
              ) : (
                column.header
              )}
            </th>
          );
        })}
        {rowActions && (
          <th scope="col" className="data-table__th data-table__actions">
            {t('table.actions')}
          </th>
        )}
      </tr>
    </thead>
  );
}

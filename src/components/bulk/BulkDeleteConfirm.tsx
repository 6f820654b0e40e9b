import { useId, type ReactNode } from 'react';
import { useI18n } from '@/i18n';
import type { BulkDeleteExtraOption, RowWithReason } from './types';

interface BulkDeleteConfirmProps<Row> {
  deletable: readonly Row[];
  skipped: ReadonlyArray<RowWithReason<Row>>;
  getRowId(row: Row): string;
  rowName(row: Row): string;
  warning: ReactNode;
  extraOption?: BulkDeleteExtraOption;
  extra: boolean;
  onExtraChange(extra: boolean): void;
}

/** Names every row that will go, and apart from them every row that will not and why. */
export function BulkDeleteConfirm<Row>({ deletable, skipped, getRowId, rowName, warning, extraOption, extra, onExtraChange }: BulkDeleteConfirmProps<Row>) {
  const { t } = useI18n();
  const extraId = useId();
  return (
    <div className="bulk-delete">
      {deletable.length > 0 ? (
        <section className="bulk-delete__group">
          <p className="bulk-delete__heading">{t('table.bulk.toDelete', { count: deletable.length })}</p>
          <ul className="bulk-delete__list">
            {deletable.map((row) => (
              <li key={getRowId(row)}>{rowName(row)}</li>
            ))}
          </ul>
        </section>
      ) : (
        <p className="bulk-delete__heading">{t('table.bulk.nothingToDelete')}</p>
      )}
      {skipped.length > 0 && (
        <section className="bulk-delete__group bulk-delete__group--skipped">
          <p className="bulk-delete__heading">{t('table.bulk.toSkip', { count: skipped.length })}</p>
          <ul className="bulk-delete__list">
            {skipped.map(({ row, reason }) => (
              <li key={getRowId(row)}>
                <span className="bulk-delete__name">{rowName(row)}</span>
                <span className="bulk-delete__reason">{reason}</span>
              </li>
            ))}
          </ul>
        </section>
      )}
      {deletable.length > 0 && (
        <div className="bulk-delete__warning">
          <span className="bulk-delete__warning-icon" aria-hidden="true">
            !
          </span>
          <div>{warning}</div>
        </div>
      )}
      {extraOption && deletable.length > 0 && (
        <div className="field field--inline bulk-delete__extra">
          <input
            id={extraId}
            type="checkbox"
            checked={extra}
            aria-describedby={extraOption.description ? `${extraId}-hint` : undefined}
            onChange={(event) => onExtraChange(event.target.checked)}
          />
          <div>
            <label htmlFor={extraId}>{extraOption.label}</label>
            {extraOption.description && (
              <div id={`${extraId}-hint`} className="field__hint">
                {extraOption.description}
              </div>
            )}
          </div>
        </div>
      )}
    </div>
  );
}

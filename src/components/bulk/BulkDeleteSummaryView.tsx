import { useEffect, useRef } from 'react';
import { useI18n } from '@/i18n';
import type { BulkDeleteSummary, RowWithReason } from './types';

interface SummaryProps<Row> {
  summary: BulkDeleteSummary<Row>;
  getRowId(row: Row): string;
  rowName(row: Row): string;
}

function ReasonList<Row>({ entries, getRowId, rowName }: { entries: ReadonlyArray<RowWithReason<Row>> } & Omit<SummaryProps<Row>, 'summary'>) {
  return (
    <ul className="bulk-delete__list">
      {entries.map(({ row, reason }) => (
        <li key={getRowId(row)}>
          <span className="bulk-delete__name">{rowName(row)}</span>
          <span className="bulk-delete__reason">{reason}</span>
        </li>
      ))}
    </ul>
  );
}

/** The outcome: what was deleted, what failed and why, what was not done for an ended session, what was skipped and why. Focus lands on it. */
export function BulkDeleteSummaryView<Row>({ summary, getRowId, rowName }: SummaryProps<Row>) {
  const { t } = useI18n();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.focus(), []);
  const { deleted, failed, skipped, notDone } = summary;
  const clean = failed.length === 0 && skipped.length === 0 && notDone.length === 0;

  return (
    <div ref={ref} tabIndex={-1} className="bulk-delete bulk-delete__summary">
      {deleted.length > 0 && (
        <section className="bulk-delete__group bulk-delete__group--ok">
          <p className="bulk-delete__heading">
            {clean ? t('table.bulk.allDeleted', { count: deleted.length }) : t('table.bulk.deleted', { count: deleted.length })}
          </p>
          <ul className="bulk-delete__list">
            {deleted.map((row) => (
              <li key={getRowId(row)}>{rowName(row)}</li>
            ))}
          </ul>
        </section>
      )}
      {failed.length > 0 && (
        <section className="bulk-delete__group bulk-delete__group--failed">
          <p className="bulk-delete__heading">{t('table.bulk.failed', { count: failed.length })}</p>
          <ReasonList entries={failed} getRowId={getRowId} rowName={rowName} />
        </section>
      )}
      {notDone.length > 0 && (
        <section className="bulk-delete__group bulk-delete__group--failed">
          <p className="bulk-delete__heading">{t('table.bulk.notDone', { count: notDone.length })}</p>
          <ul className="bulk-delete__list">
            {notDone.map((row) => (
              <li key={getRowId(row)}>{rowName(row)}</li>
            ))}
          </ul>
        </section>
      )}
      {skipped.length > 0 && (
        <section className="bulk-delete__group bulk-delete__group--skipped">
          <p className="bulk-delete__heading">{t('table.bulk.skipped', { count: skipped.length })}</p>
          <ReasonList entries={skipped} getRowId={getRowId} rowName={rowName} />
        </section>
      )}
    </div>
  );
}

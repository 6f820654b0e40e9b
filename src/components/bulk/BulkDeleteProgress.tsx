import { useI18n } from '@/i18n';

/** The running stage: a progressbar and "Deleting 7 of 40". */
export function BulkDeleteProgress({ done, total }: { done: number; total: number }) {
  const { t } = useI18n();
  const text = t('table.bulk.progress', { done, total });
  return (
    <div className="bulk-delete bulk-delete__progress">
      <div
        className="bulk-delete__track"
        role="progressbar"
        aria-label={t('table.bulk.progressLabel')}
        aria-valuemin={0}
        aria-valuemax={total}
        aria-valuenow={done}
        aria-valuetext={text}
      >
        <span className="bulk-delete__fill" style={{ width: `${total > 0 ? (done / total) * 100 : 0}%` }} />
      </div>
      <p className="bulk-delete__progress-text">{text}</p>
    </div>
  );
}

import { useEffect, useRef, useState } from 'react';
import { useI18n } from '@/i18n';
import { Dialog } from '../dialog/Dialog';
import { useAnnounce } from '../toast/announce-context';
import { BulkDeleteConfirm } from './BulkDeleteConfirm';
import { BulkDeleteProgress } from './BulkDeleteProgress';
import { BulkDeleteSummaryView } from './BulkDeleteSummaryView';
import type { BulkDeleteDialogProps } from './types';
import { splitRows, useBulkDelete } from './use-bulk-delete';
import './BulkDelete.css';

export type { BulkDeleteDialogProps, BulkDeleteExtraOption, BulkDeleteSummary, DeleteDialogProps, RowWithReason } from './types';

/**
 * Bulk delete, shared by Images and Volume Snapshots: confirm (every name, the skipped ones
 * with their reason, the warning, an optional opt-in) → running (progress, cannot be closed)
 * → summary (deleted, failed and why, skipped and why; rows refused for an ended session are
 * listed as not done, with Retry these).
 * Every opening starts fresh.
 */
export function BulkDeleteDialog<Row>(props: BulkDeleteDialogProps<Row>) {
  const [session, setSession] = useState(0);
  const [wasOpen, setWasOpen] = useState(props.open);
  if (props.open !== wasOpen) {
    setWasOpen(props.open);
    if (props.open) setSession((current) => current + 1);
  }
  return <BulkDeleteFlow key={session} {...props} />;
}

function BulkDeleteFlow<Row>(props: BulkDeleteDialogProps<Row>) {
  const { open, onOpenChange, rows, getRowId, rowName, skippedReason, title, warning, confirmLabel, extraOption } = props;
  const { t } = useI18n();
  const [extra, setExtra] = useState<boolean>(extraOption?.defaultChecked ?? false);
  const { stage, progress, summary, start, retry } = useBulkDelete(props);
  const cancelRef = useRef<HTMLButtonElement>(null);
  const { deletable, skipped } = splitRows(rows, skippedReason);
  const running = stage === 'running';
  const announce = useAnnounce();
  const failures = summary ? summary.failed.length + summary.notDone.length : 0;
  const result = summary
    ? [
        t('table.bulk.resultSpoken', { count: summary.deleted.length }),
        failures > 0 ? t('table.bulk.failedSpoken', { count: failures }) : '',
      ].join(' ').trim()
    : '';
  // The dialog is busy while it runs, so each step is also spoken ("Deleted 7 of 40"); the result
  // goes through the same throttled topic, so it is the last thing said.
  const step = progress.done > 0 ? t('table.bulk.progressSpoken', { done: progress.done, total: progress.total }) : '';
  useEffect(() => announce(step, { topic: 'bulk-delete' }), [announce, step]);
  useEffect(() => announce(result, { topic: 'bulk-delete', assertive: failures > 0 }), [announce, result, failures]);

  let body;
  if (stage === 'summary' && summary) body = <BulkDeleteSummaryView summary={summary} getRowId={getRowId} rowName={rowName} />;
  else if (running) body = <BulkDeleteProgress done={progress.done} total={progress.total} />;
  else {
    body = (
      <BulkDeleteConfirm
        deletable={deletable}
        skipped={skipped}
        getRowId={getRowId}
        rowName={rowName}
        warning={warning}
        extraOption={extraOption}
        extra={extra}
        onExtraChange={setExtra}
      />
    );
  }

  const footer =
    stage === 'summary' ? (
      <>
        {summary && summary.notDone.length > 0 && (
          <button type="button" className="button button--danger" onClick={() => void retry()}>
            {t('table.bulk.retryNotDone')}
          </button>
        )}
        <button type="button" className="button button--primary" onClick={() => onOpenChange(false)}>
          {t('table.bulk.close')}
        </button>
      </>
    ) : (
      <>
        <button ref={cancelRef} type="button" className="button" disabled={running} onClick={() => onOpenChange(false)}>
          {t('table.bulk.cancel')}
        </button>
        <button
          type="button"
          className="button button--danger"
          disabled={!running && deletable.length === 0}
          aria-disabled={running || undefined}
          aria-busy={running || undefined}
          onClick={() => void start(extra)}
        >
          {confirmLabel ?? t('table.bulk.delete')}
        </button>
      </>
    );

  return (
    <Dialog open={open} onOpenChange={onOpenChange} title={stage === 'summary' ? t('table.bulk.resultsTitle') : title} busy={running} size="medium" initialFocus={cancelRef} footer={footer}>
      {body}
    </Dialog>
  );
}

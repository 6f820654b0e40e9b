import { useRef, useState } from 'react';
import { runBounded } from '@/lib/run-bounded';
import type { BulkDeleteDialogProps, BulkDeleteSummary, BulkStage, RowWithReason } from './types';

/**
 * Deletes in flight at once. Eight finishes 100 deletes in about an eighth of the one-by-one time
 * while never putting more than eight requests on Glance or Cinder; through an HTTP/1.1 gateway the
 * browser's own limit of six connections per origin caps it lower still, never higher.
 */
export const defaultBulkConcurrency = 8;

type Inputs<Row> = Pick<BulkDeleteDialogProps<Row>, 'rows' | 'skippedReason' | 'deleteOne' | 'describeError' | 'concurrency' | 'onFinished'>;

export function splitRows<Row>(rows: readonly Row[], skippedReason: (row: Row) => string | null) {
  const deletable: Row[] = [];
  const skipped: Array<RowWithReason<Row>> = [];
  for (const row of rows) {
    const reason = skippedReason(row);
    if (reason === null) deletable.push(row);
    else skipped.push({ row, reason });
  }
  return { deletable, skipped };
}

function safeDescribe(describe: (error: unknown) => string, error: unknown): string {
  try {
    return describe(error);
  } catch {
    return error instanceof Error ? error.message : String(error);
  }
}

/**
 * The confirm → running → summary flow. The rows are fixed when the run starts (the page may
 * refetch meanwhile), and a ref makes sure a double click starts one run only.
 */
export function useBulkDelete<Row>({ rows, skippedReason, deleteOne, describeError, concurrency, onFinished }: Inputs<Row>) {
  const [stage, setStage] = useState<BulkStage>('confirm');
  const [progress, setProgress] = useState({ done: 0, total: 0 });
  const [summary, setSummary] = useState<BulkDeleteSummary<Row> | null>(null);
  const started = useRef(false);

  const start = async (extra: boolean) => {
    if (started.current) return;
    const { deletable, skipped } = splitRows(rows, skippedReason);
    if (deletable.length === 0) return;
    started.current = true;
    setProgress({ done: 0, total: deletable.length });
    setStage('running');
    const results = await runBounded(deletable, (row) => deleteOne(row, { extra }), {
      concurrency: concurrency ?? defaultBulkConcurrency,
      onSettled: (done, total) => setProgress({ done, total }),
    });
    const outcome: BulkDeleteSummary<Row> = { deleted: [], failed: [], skipped };
    for (const result of results) {
      if (result.ok) outcome.deleted.push(result.item);
      else outcome.failed.push({ row: result.item, reason: safeDescribe(describeError, result.error) });
    }
    setSummary(outcome);
    setStage('summary');
    onFinished(outcome);
  };

  return { stage, progress, summary, start };
}

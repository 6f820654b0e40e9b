import { useRef, useState } from 'react';
import { runBounded, type BoundedResult } from '@/lib/run-bounded';
import type { BulkDeleteDialogProps, BulkDeleteSummary, BulkStage, RowWithReason } from './types';

/**
 * Deletes in flight at once. Eight finishes 100 deletes in about an eighth of the one-by-one time
 * while never putting more than eight requests on Glance or Cinder; through an HTTP/1.1 gateway the
 * browser's own limit of six connections per origin caps it lower still, never higher.
 */
export const defaultBulkConcurrency = 8;

type Inputs<Row> = Pick<
  BulkDeleteDialogProps<Row>,
  'rows' | 'skippedReason' | 'deleteOne' | 'settleOne' | 'describeError' | 'retryable' | 'concurrency' | 'onFinished'
>;

type Settled = { ok: true } | { ok: false; error: unknown };

/**
 * The one bulk-delete runner: the deletes go out `concurrency` at a time; each accepted one is then
 * settled (if the panel waits for the cloud) without holding a lane. Results in input order.
 */
export async function runBulkDelete<Row>(
  rows: readonly Row[],
  { deleteOne, settleOne, concurrency }: { deleteOne(row: Row): Promise<unknown>; settleOne?(row: Row): Promise<void>; concurrency?: number },
  onProgress: (done: number, total: number) => void,
): Promise<Array<BoundedResult<Row, unknown>>> {
  const total = rows.length;
  let done = 0;
  const tick = () => {
    done += 1;
    onProgress(done, total);
  };
  const settling: Array<Promise<Settled>> = [];
  const sent = await runBounded(
    rows,
    async (row, index) => {
      await deleteOne(row);
      settling[index] = (settleOne ? settleOne(row) : Promise.resolve()).then(
        (): Settled => ({ ok: true }),
        (error: unknown): Settled => ({ ok: false, error }),
      );
      void settling[index].then(tick);
    },
    { concurrency: concurrency ?? defaultBulkConcurrency, onSettled: (_done, _total, result) => !result.ok && tick() },
  );
  return Promise.all(
    sent.map(async (result, index): Promise<BoundedResult<Row, unknown>> => {
      if (!result.ok) return result;
      const settled = await (settling[index] ?? Promise.resolve<Settled>({ ok: true }));
      return settled.ok ? result : { item: result.item, ok: false, error: settled.error };
    }),
  );
}

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

const FRAME_MS = 16;

/** `update` at most once per frame; the last value always lands (`flush` draws it now). */
function throttledProgress(update: (progress: { done: number; total: number }) => void) {
  let latest: { done: number; total: number } | null = null;
  let drawnAt = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const draw = () => {
    timer = undefined;
    if (!latest) return;
    drawnAt = Date.now();
    update(latest);
    latest = null;
  };
  const show = (done: number, total: number) => {
    latest = { done, total };
    if (timer !== undefined) return;
    const wait = FRAME_MS - (Date.now() - drawnAt);
    if (wait <= 0) draw();
    else timer = setTimeout(draw, wait);
  };
  show.flush = () => {
    clearTimeout(timer);
    draw();
  };
  return show;
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
 * refetch meanwhile), and a ref makes sure a double click starts one run only. Rows refused for
 * an ended session are sent again only by `retry`, once per click, and only those rows.
 */
export function useBulkDelete<Row>({ rows, skippedReason, deleteOne, settleOne, describeError, retryable, concurrency, onFinished }: Inputs<Row>) {
  const [stage, setStage] = useState<BulkStage>('confirm');
  const [progress, setProgress] = useState({ done: 0, total: 0 });
  const [summary, setSummary] = useState<BulkDeleteSummary<Row> | null>(null);
  const running = useRef(false);
  const started = useRef(false);
  const chosenExtra = useRef(false);

  // Progress is drawn at most once a frame: 100 deletes answering within a second need not be 100 renders.
  const [showProgress] = useState(() => throttledProgress(setProgress));

  const run = async (targets: Row[], before: BulkDeleteSummary<Row>) => {
    running.current = true;
    setProgress({ done: 0, total: targets.length });
    setStage('running');
    // A row the cloud accepted is never sent again, whatever its settling then ran into.
    const accepted = new Set<Row>();
    const send = async (row: Row) => {
      await deleteOne(row, { extra: chosenExtra.current });
      accepted.add(row);
    };
    const results = await runBulkDelete(targets, { deleteOne: send, settleOne, concurrency }, showProgress);
    showProgress.flush();
    const outcome: BulkDeleteSummary<Row> = { deleted: [...before.deleted], failed: [...before.failed], skipped: before.skipped, notDone: [] };
    for (const result of results) {
      if (result.ok) outcome.deleted.push(result.item);
      else if (!accepted.has(result.item) && retryable?.(result.error)) outcome.notDone.push(result.item);
      else outcome.failed.push({ row: result.item, reason: safeDescribe(describeError, result.error) });
    }
    setSummary(outcome);
    setStage('summary');
    running.current = false;
    onFinished(outcome);
  };

  const start = async (extra: boolean) => {
    if (started.current) return;
    const { deletable, skipped } = splitRows(rows, skippedReason);
    if (deletable.length === 0) return;
    started.current = true;
    chosenExtra.current = extra;
    await run(deletable, { deleted: [], failed: [], skipped, notDone: [] });
  };

  /** Sends again exactly the rows refused for an ended session, with the option chosen at the start. */
  const retry = async () => {
    if (running.current || !summary || summary.notDone.length === 0) return;
    await run(summary.notDone, summary);
  };

  return { stage, progress, summary, start, retry };
}

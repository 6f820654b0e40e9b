import type { ReactNode } from 'react';
import type { ActionRule } from '../actions/types';

export interface RowWithReason<Row> {
  row: Row;
  reason: string;
}

export interface BulkDeleteSummary<Row> {
  deleted: Row[];
  failed: Array<RowWithReason<Row>>;
  skipped: Array<RowWithReason<Row>>;
  /** Refused because the session had ended: nothing was done to them, and they may be retried after signing in. */
  notDone: Row[];
}

export interface BulkDeleteExtraOption {
  /** "Also delete the linked volume snapshots: …" */
  label: string;
  description?: ReactNode;
  /** Always off: the riskier choice is opt-in. */
  defaultChecked: false;
}

export interface BulkDeleteDialogProps<Row> {
  open: boolean;
  onOpenChange(open: boolean): void;
  /** The selected rows, deletable or not. */
  rows: readonly Row[];
  getRowId(row: Row): string;
  rowName(row: Row): string;
  /** Why a row will not be deleted (listed separately), or null. */
  skippedReason(row: Row): string | null;
  /** "Confirm Delete Images" */
  title: string;
  /** "Deleted images are not recoverable." */
  warning: ReactNode;
  /** The confirm button ("Delete Images"); defaults to "Delete". */
  confirmLabel?: string;
  extraOption?: BulkDeleteExtraOption;
  /** Sends one delete; at most `concurrency` run at once. */
  deleteOne(row: Row, options: { extra: boolean }): Promise<unknown>;
  /**
   * After the cloud accepted a delete: waits until it has really finished (a 202 that may still
   * be refused). Not bounded: the wait holds no request open. Throws when the delete came to nothing.
   */
  settleOne?(row: Row): Promise<void>;
  describeError(error: unknown): string;
  /**
   * The request was refused without anything being done (the session had ended): the row is listed
   * as not done and the summary offers to retry exactly those rows, once the user asks.
   */
  retryable?(error: unknown): boolean;
  /** Deletes in flight at once; `defaultBulkConcurrency` (8) by default. */
  concurrency?: number;
  /** Called once the run ends, before the user closes the summary. */
  onFinished(summary: BulkDeleteSummary<Row>): void;
}

export type BulkStage = 'confirm' | 'running' | 'summary';

/** What every panel's delete dialog takes, whatever it deletes. */
export interface DeleteDialogProps<Row> {
  /** Every selected row, deletable or not: the dialog names the ones it skips and why. */
  rows: readonly Row[];
  /** The panel's delete rule, the one its checkbox, row action and toolbar use. */
  allowed: ActionRule<Row>;
  onClose(): void;
  /** The ids that are gone (also when a follow-up step then failed). */
  onDeleted(ids: string[]): void;
}

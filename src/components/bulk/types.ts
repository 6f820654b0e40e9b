import type { ReactNode } from 'react';

export interface RowWithReason<Row> {
  row: Row;
  reason: string;
}

export interface BulkDeleteSummary<Row> {
  deleted: Row[];
  failed: Array<RowWithReason<Row>>;
  skipped: Array<RowWithReason<Row>>;
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
  deleteOne(row: Row, options: { extra: boolean }): Promise<unknown>;
  describeError(error: unknown): string;
  /** Deletes in flight at once; 5 by default. */
  concurrency?: number;
  /** Called once the run ends, before the user closes the summary. */
  onFinished(summary: BulkDeleteSummary<Row>): void;
}

export type BulkStage = 'confirm' | 'running' | 'summary';

/**
 * Actions are data: one definition drives the row menu, the batch toolbar,
 * the disabled reason and the tests.
 */
export interface RowAction<Row> {
  id: string;
  label: string;
  danger?: boolean;
  /** true, or the reason it is not allowed ("The image is protected."). */
  allowed(row: Row): true | string;
  run(row: Row): void;
}

export interface BatchAction<Row> {
  id: string;
  label: string;
  danger?: boolean;
  /** Per row: true, or the reason this row will be skipped. */
  allowed(row: Row): true | string;
  /**
   * Gets every selected row, allowed or not, so a confirmation can list what it will skip
   * (use `partitionAllowed`). Only called when at least one of them is allowed.
   */
  run(rows: Row[]): void;
}

interface SkippedRow<Row> {
  row: Row;
  reason: string;
}

/** Splits rows into those the action may touch and those it skips, with the reason. */
export function partitionAllowed<Row>(action: Pick<BatchAction<Row>, 'allowed'>, rows: readonly Row[]): { allowed: Row[]; skipped: Array<SkippedRow<Row>> } {
  const allowed: Row[] = [];
  const skipped: Array<SkippedRow<Row>> = [];
  for (const row of rows) {
    const verdict = action.allowed(row);
    if (verdict === true) allowed.push(row);
    else skipped.push({ row, reason: verdict });
  }
  return { allowed, skipped };
}

/**
 * A rule that may block an action on a row: true, or the reason in the user's words. A panel
 * states each rule once and hands the same function to the checkbox, the row action, the
 * toolbar and the dialog's skip list.
 */
export type ActionRule<Row> = (row: Row) => true | string;

/** A rule's verdict as checkboxes and skip lists want it: null when allowed. */
export function blockedBy<Row>(rule: ActionRule<Row>, row: Row): string | null {
  const verdict = rule(row);
  return verdict === true ? null : verdict;
}

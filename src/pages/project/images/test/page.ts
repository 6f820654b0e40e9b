import { screen, waitFor, within } from '@testing-library/react';
import { expect } from 'vitest';

/** The table row whose name cell says `name` exactly. */
export function rowOf(name: string): HTMLElement {
  const cell = screen.getByRole('rowheader', { name });
  const row = cell.closest('tr');
  if (!row) throw new Error(`no row for ${name}`);
  return row;
}

export async function waitForRow(name: string): Promise<HTMLElement> {
  await screen.findByRole('rowheader', { name }, { timeout: 5000 });
  return rowOf(name);
}

/** Names in the Name column, top to bottom. */
export function rowNames(): string[] {
  return screen.queryAllByRole('rowheader').map((cell) => cell.textContent ?? '');
}

export function checkboxOf(name: string): HTMLInputElement {
  return screen.getByRole('checkbox', { name: `Select ${name}` }) as HTMLInputElement;
}

export async function waitForNoRow(name: string): Promise<void> {
  await waitFor(() => expect(screen.queryByRole('rowheader', { name })).not.toBeInTheDocument(), { timeout: 5000 });
}

export function cellText(row: HTMLElement, index: number): string {
  return within(row).getAllByRole('cell')[index]?.textContent ?? '';
}

/** Requests of the mock's log that match `pattern` (method + URL). */
export function requestsMatching(log: ReadonlyArray<{ method: string; url: string }>, pattern: RegExp): string[] {
  return log.map((entry) => `${entry.method} ${entry.url}`).filter((line) => pattern.test(line));
}

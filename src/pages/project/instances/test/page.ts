import { screen, waitFor } from '@testing-library/react';
import { expect } from 'vitest';

/** The table row whose Instance Name cell says `name` exactly. */
export function rowOf(name: string): HTMLElement {
  const row = screen.getByRole('rowheader', { name }).closest('tr');
  if (!row) throw new Error(`no row for ${name}`);
  return row;
}

export async function waitForRow(name: string, timeout = 5000): Promise<HTMLElement> {
  await screen.findByRole('rowheader', { name }, { timeout });
  return rowOf(name);
}

export function rowNames(): string[] {
  return screen.queryAllByRole('rowheader').map((cell) => cell.textContent ?? '');
}

/** The cell of `row` under the column headed `header`. */
export function cellUnder(row: HTMLElement, header: string): HTMLElement {
  const headers = screen.getAllByRole('columnheader').map((cell) => cell.textContent?.replace(/[▲▼↕]/g, '').trim());
  const index = headers.indexOf(header);
  const cells = Array.from(row.children) as HTMLElement[];
  const cell = cells[index];
  if (index < 0 || !cell) throw new Error(`no column ${header}`);
  return cell;
}

/** Requests of the mock's log that match `pattern` (method + URL). */
export function requestsMatching(log: ReadonlyArray<{ method: string; url: string }>, pattern: RegExp): string[] {
  return log.map((entry) => `${entry.method} ${entry.url}`).filter((line) => pattern.test(line));
}

export const serverActionRequest = /POST .*\/servers\/[^/]+\/action/;

export async function waitForNoImageNamesLoading(): Promise<void> {
  await waitFor(() => expect(screen.queryByText('Loading image name…')).not.toBeInTheDocument(), { timeout: 5000 });
}

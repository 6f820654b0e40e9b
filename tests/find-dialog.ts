import { screen, waitFor, type waitForOptions } from '@testing-library/react';
import { expect } from 'vitest';

/**
 * Finds an open modal dialog once it takes clicks. Radix makes the page behind a modal ignore the
 * pointer first and lets the dialog take it one render later; a dialog the app opens by itself
 * (after a 401, from a URL) can be found in between, and a click then would land on nothing.
 */
export async function findDialog(name?: string | RegExp, options?: waitForOptions): Promise<HTMLElement> {
  const dialog = await screen.findByRole('dialog', name === undefined ? {} : { name }, options);
  await waitFor(() => expect(getComputedStyle(dialog).pointerEvents).not.toBe('none'), options);
  return dialog;
}

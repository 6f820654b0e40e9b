import { screen, waitFor, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { expect } from 'vitest';
import { findDialog } from './find-dialog';

/** Signs in through the dialog shown over the page after a 401 (the demo user is filled in already). */
export async function signInAgain(user: UserEvent): Promise<void> {
  const modal = await findDialog('Sign in again');
  expect(within(modal).getByLabelText('User Name')).toHaveValue('demo');
  await user.click(within(modal).getByRole('button', { name: 'Sign In' }));
  await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Sign in again' })).not.toBeInTheDocument());
}

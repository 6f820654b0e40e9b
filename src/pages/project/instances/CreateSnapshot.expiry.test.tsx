import { screen, waitFor, within } from '@testing-library/react';
import { createMockCloud } from '@/mock-cloud';
import { renderApp } from '../../../../tests/app-harness';
import { serverActionRequest, requestsMatching, waitForRow } from './test/page';
import { findDialog } from '../../../../tests/find-dialog';

async function openDialogWithName(name: string) {
  const cloud = createMockCloud();
  cloud.advance(60_000);
  const app = await renderApp({ cloud });
  await app.user.click(within(await waitForRow('web-1')).getByRole('button', { name: 'Create Snapshot' }));
  const dialog = await findDialog('Create Snapshot');
  const field = within(dialog).getByLabelText('Snapshot Name');
  await app.user.clear(field);
  await app.user.type(field, name);
  await within(dialog).findByText('This cloud does not report image quota usage.');
  return { ...app, dialog, field };
}

async function signInAgain(user: Awaited<ReturnType<typeof renderApp>>['user']) {
  const modal = await findDialog('Sign in again');
  expect(within(modal).getByLabelText('User Name')).toHaveValue('demo');
  await user.click(within(modal).getByRole('button', { name: 'Sign In' }));
  await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Sign in again' })).not.toBeInTheDocument());
}

describe('Create Snapshot: an expired session loses nothing', () => {
  it('the token expires with the dialog open: sign-in happens over it, the dialog and the typed name stay', async () => {
    const { cloud, user, queryClient, location, field } = await openDialogWithName('my-precious-name');
    cloud.scenarios.expireTokens();
    // Any request now answers 401; the next refresh of the list makes one.
    await queryClient.invalidateQueries();
    await signInAgain(user);
    expect(location()).toBe('/project/instances');
    const dialog = screen.getByRole('dialog', { name: 'Create Snapshot' });
    expect(within(dialog).getByLabelText('Snapshot Name')).toBe(field);
    expect(field).toHaveValue('my-precious-name');
    expect(requestsMatching(cloud.requestLog, serverActionRequest)).toHaveLength(0);
  });

  it('submitted with an expired token: the user is told, and Retry after signing in makes exactly one snapshot', async () => {
    const { cloud, user, dialog, field } = await openDialogWithName('kept-after-expiry');
    cloud.scenarios.expireTokens();
    await user.click(within(dialog).getByRole('button', { name: 'Create Snapshot' }));
    // Behind the sign-in dialog, the snapshot dialog says what happened.
    expect(await within(dialog).findByText(/session had ended, so this was not done/)).toBeInTheDocument();
    const snapshots = () => Object.values(cloud.db.image.images).filter((image) => image.name === 'kept-after-expiry');
    expect(snapshots()).toHaveLength(0);

    await signInAgain(user);
    // Nothing is sent again on its own.
    expect(snapshots()).toHaveLength(0);
    expect(field).toHaveValue('kept-after-expiry');
    await user.click(within(dialog).getByRole('button', { name: 'Retry' }));
    expect(await screen.findByText('Snapshot kept-after-expiry is being created')).toBeInTheDocument();
    await waitFor(() => expect(snapshots()).toHaveLength(1));
  });
});

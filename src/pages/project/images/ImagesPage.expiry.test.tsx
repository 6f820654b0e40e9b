import { screen, waitFor, within } from '@testing-library/react';
import { seedIds } from '@/mock-cloud/seed/ids';
import { renderApp } from '../../../../tests/app-harness';
import { signInAgain } from '../../../../tests/sign-in-again';
import { checkboxOf, requestsMatching, rowOf, waitForNoRow, waitForRow } from './test/page';
import { findDialog } from '../../../../tests/find-dialog';

const imageDeletes = /DELETE .*\/v2\/images\//;

describe('Images panel: an expired session loses nothing, and nothing is sent again unasked', () => {
  it('Edit Image refused with 401: says it was not done, keeps the input, and Retry after signing in sends one PATCH', async () => {
    const { user, cloud } = await renderApp({ route: '/project/images' });
    await waitForRow('web-1-snap-nightly');
    await user.click(within(rowOf('web-1-snap-nightly')).getByRole('button', { name: /More actions/ }));
    await user.click(await screen.findByRole('menuitem', { name: 'Edit Image' }));
    const dialog = await findDialog('Edit Image: web-1-snap-nightly');
    const name = within(dialog).getByLabelText('Image Name');
    await user.clear(name);
    await user.type(name, 'web-1-renamed');

    cloud.scenarios.expireTokens();
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    // Behind the sign-in dialog, the edit dialog says what happened.
    expect(await within(dialog).findByText(/Your session had ended, so this was not done/)).toBeInTheDocument();
    await signInAgain(user);

    // Nothing went again on its own; what was typed is still there.
    expect(cloud.db.image.images[seedIds.images.web1SnapNightly]?.name).toBe('web-1-snap-nightly');
    expect(name).toHaveValue('web-1-renamed');
    cloud.clearRequestLog();
    await user.dblClick(within(dialog).getByRole('button', { name: 'Retry' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(requestsMatching(cloud.requestLog, /PATCH .*\/v2\/images\//)).toEqual([
      expect.stringContaining(`/v2/images/${seedIds.images.web1SnapNightly}`),
    ]);
    await waitForRow('web-1-renamed');
  });

  it('bulk delete refused with 401: the rows are "not done", and Retry these deletes exactly them, once', async () => {
    const { user, cloud } = await renderApp({ route: '/project/images?type=snapshots' });
    await waitForRow('web-1-snap-nightly');
    await user.click(checkboxOf('web-1-snap-nightly'));
    await user.click(checkboxOf('db-1-snap-old'));
    await user.click(screen.getByRole('button', { name: 'Delete Images' }));
    const dialog = await findDialog('Confirm Delete Images');

    cloud.scenarios.expireTokens();
    await user.click(within(dialog).getByRole('button', { name: 'Delete Images' }));
    expect(
      await within(dialog).findByText('Not done: the session ended before 2 items could be deleted. Sign in again, then choose Retry these:'),
    ).toBeInTheDocument();
    expect(dialog).not.toHaveTextContent('could not be deleted:');
    await signInAgain(user);

    // Still there: nothing is deleted until the user asks.
    expect(cloud.db.image.images[seedIds.images.web1SnapNightly]).toBeDefined();
    expect(cloud.db.image.images[seedIds.images.db1SnapOld]).toBeDefined();
    cloud.clearRequestLog();
    await user.dblClick(within(dialog).getByRole('button', { name: 'Retry these' }));
    expect(await within(dialog).findByText('All 2 items were deleted.')).toBeInTheDocument();
    expect(within(dialog).queryByRole('button', { name: 'Retry these' })).not.toBeInTheDocument();
    const deletes = requestsMatching(cloud.requestLog, imageDeletes);
    expect(deletes).toHaveLength(2);
    expect(deletes.filter((line) => line.includes(seedIds.images.web1SnapNightly))).toHaveLength(1);
    expect(deletes.filter((line) => line.includes(seedIds.images.db1SnapOld))).toHaveLength(1);

    await user.click(within(dialog).getByRole('button', { name: 'Close' }));
    await waitForNoRow('web-1-snap-nightly');
    await waitForNoRow('db-1-snap-old');
    // Unselected rows were never touched.
    expect(screen.getByRole('rowheader', { name: 'vol-app-1-snap' })).toBeInTheDocument();
    expect(cloud.db.image.images[seedIds.images.web1SnapGolden]).toBeDefined();
  });

  it('a partial run: only the row refused with 401 is offered again; the deleted one is not sent twice', async () => {
    const { user, cloud } = await renderApp({ route: '/project/images?type=snapshots' });
    cloud.scenarios.failNext({ service: 'image', method: 'DELETE', path: new RegExp(seedIds.images.db1SnapOld), status: 401 });
    await waitForRow('web-1-snap-nightly');
    await user.click(checkboxOf('web-1-snap-nightly'));
    await user.click(checkboxOf('db-1-snap-old'));
    await user.click(screen.getByRole('button', { name: 'Delete Images' }));
    const dialog = await findDialog('Confirm Delete Images');
    await user.click(within(dialog).getByRole('button', { name: 'Delete Images' }));

    expect(
      await within(dialog).findByText('Not done: the session ended before 1 item could be deleted. Sign in again, then choose Retry these:'),
    ).toBeInTheDocument();
    expect(dialog).toHaveTextContent('Deleted 1 item:');
    await signInAgain(user);
    cloud.clearRequestLog();
    await user.click(within(dialog).getByRole('button', { name: 'Retry these' }));
    expect(await within(dialog).findByText('All 2 items were deleted.')).toBeInTheDocument();
    expect(requestsMatching(cloud.requestLog, imageDeletes)).toEqual([expect.stringContaining(seedIds.images.db1SnapOld)]);
  });
});

import { screen, waitFor, within } from '@testing-library/react';
import { createMockCloud } from '@/mock-cloud';
import { seedIds } from '@/mock-cloud/seed/ids';
import { renderApp } from '../../../../tests/app-harness';
import { checkboxOf, requestsMatching, waitForNoRow, waitForRow } from './test/page';
import { findDialog } from '../../../../tests/find-dialog';

const selectAll = () => screen.getByRole('checkbox', { name: 'Select all rows on this page' }) as HTMLInputElement;

describe('Images panel: selection and bulk delete', () => {
  it('disables rows the project cannot delete and says why; the header selects none / some / all', async () => {
    const { user } = await renderApp({ route: '/project/images' });
    await waitForRow('cirros-0.6.2');
    const foreign = checkboxOf('cirros-0.6.2');
    expect(foreign).toBeDisabled();
    expect(foreign).toHaveAccessibleDescription('Owned by another project: only its owner can delete it.');
    // Protected rows stay selectable: the dialog names them as skipped.
    expect(checkboxOf('web-1-snap-golden')).toBeEnabled();

    expect(selectAll().checked).toBe(false);
    await user.click(checkboxOf('web-1-snap-nightly'));
    expect(selectAll().indeterminate).toBe(true);
    expect(screen.getByText('1 selected')).toBeInTheDocument();
    await user.click(selectAll());
    expect(selectAll().checked).toBe(true);
    expect(foreign.checked).toBe(false);
    await user.click(selectAll());
    expect(screen.getByText('0 selected')).toBeInTheDocument();

    // Space toggles a row from the keyboard.
    checkboxOf('db-1-snap-old').focus();
    await user.keyboard(' ');
    expect(checkboxOf('db-1-snap-old').checked).toBe(true);
  });

  it('deletes the allowed rest, names the protected one as skipped, and refreshes the list', async () => {
    const { user, cloud } = await renderApp({ route: '/project/images?type=snapshots' });
    await waitForRow('web-1-snap-nightly');
    await user.click(checkboxOf('web-1-snap-golden'));
    await user.click(checkboxOf('web-1-snap-nightly'));
    await user.click(checkboxOf('db-1-snap-old'));
    await user.click(screen.getByRole('button', { name: 'Delete Images' }));

    const dialog = await findDialog('Confirm Delete Images');
    expect(dialog).toHaveTextContent('You have selected 2 items. They will be deleted:');
    expect(dialog).toHaveTextContent('web-1-snap-nightly');
    expect(dialog).toHaveTextContent('db-1-snap-old');
    expect(dialog).toHaveTextContent('1 selected item will not be deleted:');
    expect(dialog).toHaveTextContent('web-1-snap-golden');
    expect(dialog).toHaveTextContent('Protected: turn off “Protected” with Edit Image before deleting it.');
    expect(dialog).toHaveTextContent('Deleted images are not recoverable.');
    cloud.clearRequestLog();
    await user.dblClick(within(dialog).getByRole('button', { name: 'Delete Images' }));

    await within(dialog).findByText('Deleted 2 items:');
    expect(dialog).toHaveTextContent('1 item was skipped:');
    expect(requestsMatching(cloud.requestLog, /DELETE .*\/v2\/images\//)).toHaveLength(2);
    expect(requestsMatching(cloud.requestLog, new RegExp(`DELETE .*${seedIds.images.web1SnapGolden}`))).toEqual([]);
    await user.click(within(dialog).getByRole('button', { name: 'Close' }));
    await waitForNoRow('web-1-snap-nightly');
    await waitForNoRow('db-1-snap-old');
    expect(checkboxOf('web-1-snap-golden').checked).toBe(true);
    expect(screen.getByText('1 selected')).toBeInTheDocument();
  });

  it('reports a partial failure in the service’s words; failed rows stay selected, untouched rows stay', async () => {
    const cloud = createMockCloud();
    cloud.scenarios.failNext({ service: 'image', method: 'DELETE', path: new RegExp(seedIds.images.web1SnapNightly), status: 403, body: 'Not allowed today.' });
    cloud.scenarios.failNext({ service: 'image', method: 'DELETE', path: new RegExp(seedIds.images.db1SnapOld), status: 500 });
    const { user } = await renderApp({ route: '/project/images?type=snapshots', cloud });
    await waitForRow('web-1-snap-nightly');
    for (const name of ['web-1-snap-nightly', 'db-1-snap-old', 'vol-app-1-snap']) await user.click(checkboxOf(name));
    await user.click(screen.getByRole('button', { name: 'Delete Images' }));
    const dialog = await findDialog();
    await user.click(within(dialog).getByRole('button', { name: 'Delete Images' }));
    await within(dialog).findByText('2 items could not be deleted:');
    expect(dialog).toHaveTextContent('Deleted 1 item:');
    expect(dialog).toHaveTextContent(/web-1-snap-nightly.*Image \(Glance\) refused/);
    expect(dialog).toHaveTextContent(/db-1-snap-old.*Image \(Glance\) failed/);
    await user.keyboard('{Escape}');
    await waitForNoRow('vol-app-1-snap');
    expect(checkboxOf('web-1-snap-nightly').checked).toBe(true);
    expect(checkboxOf('db-1-snap-old').checked).toBe(true);
    expect(checkboxOf('web-1-snap-golden').checked).toBe(false);
    expect(screen.getByText('2 selected')).toBeInTheDocument();
  });

  it('offers to delete the linked volume snapshots of a volume-backed snapshot, off by default', async () => {
    const { user, cloud } = await renderApp({ route: '/project/images?type=snapshots' });
    await waitForRow('vol-app-1-snap');
    await user.click(checkboxOf('vol-app-1-snap'));
    await user.click(screen.getByRole('button', { name: 'Delete Images' }));
    const dialog = await findDialog();
    const option = within(dialog).getByRole('checkbox', { name: /Also delete the 1 volume snapshot/ });
    expect(option).not.toBeChecked();
    await within(dialog).findByText(/vol-app-1-snap: snapshot for vol-app-1-snap/);
    await user.click(option);
    cloud.clearRequestLog();
    await user.click(within(dialog).getByRole('button', { name: 'Delete Image' }));
    await within(dialog).findByText('The item was deleted.');
    const deletes = requestsMatching(cloud.requestLog, /^DELETE /);
    expect(deletes).toHaveLength(2);
    expect(deletes[0]).toMatch(/\/v2\/images\//);
    expect(deletes[1]).toMatch(/\/snapshots\//);
  });

  it('leaves the volume snapshots alone when the option stays off', async () => {
    const { user, cloud } = await renderApp({ route: '/project/images?type=snapshots' });
    await waitForRow('vol-app-1-snap');
    await user.click(checkboxOf('vol-app-1-snap'));
    await user.click(screen.getByRole('button', { name: 'Delete Images' }));
    const dialog = await findDialog();
    cloud.clearRequestLog();
    await user.click(within(dialog).getByRole('button', { name: 'Delete Image' }));
    await within(dialog).findByText('The item was deleted.');
    expect(requestsMatching(cloud.requestLog, /^DELETE /)).toHaveLength(1);
  });

  it('Escape cancels the dialog and deletes nothing', async () => {
    const { user, cloud } = await renderApp({ route: '/project/images?type=snapshots' });
    await waitForRow('web-1-snap-nightly');
    await user.click(checkboxOf('web-1-snap-nightly'));
    await user.click(screen.getByRole('button', { name: 'Delete Images' }));
    const dialog = await findDialog();
    expect(within(dialog).getByRole('button', { name: 'Cancel' })).toHaveFocus();
    await user.tab();
    expect(dialog).toContainElement(document.activeElement as HTMLElement);
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(requestsMatching(cloud.requestLog, /^DELETE /)).toEqual([]);
    expect(checkboxOf('web-1-snap-nightly').checked).toBe(true);
  });
});

import { screen, waitFor, within } from '@testing-library/react';
import { createMockCloud, seedIds } from '@/mock-cloud';
import { renderApp } from '../../../../tests/app-harness';
import { expectNoAxeViolations } from '../../../../tests/axe';
import { rowOf, waitForRow } from './test/page';
import { findDialog } from '../../../../tests/find-dialog';

function settledCloud() {
  const cloud = createMockCloud();
  cloud.advance(60_000);
  return cloud;
}

describe('Instances panel: power actions and Delete Instances', () => {
  it('links every name to its detail page', async () => {
    await renderApp({ route: '/project/instances', cloud: settledCloud() });
    const row = await waitForRow('web-1');
    expect(within(row).getByRole('link', { name: 'web-1' })).toHaveAttribute('href', `/project/instances/${seedIds.servers.web1}`);
  });

  it('deletes three ticked instances with a per-item summary, skipping the one being snapshotted and naming the volume that goes too', async () => {
    const cloud = settledCloud();
    const web = cloud.db.compute.servers[seedIds.servers.web1];
    if (web) web.task_state = 'image_uploading';
    const { user } = await renderApp({ route: '/project/instances', cloud });
    await waitForRow('web-1');
    for (const name of ['web-1', 'db-1', 'vol-app-1']) await user.click(within(rowOf(name)).getByRole('checkbox', { name: `Select ${name}` }));
    const toolbar = screen.getByRole('toolbar', { name: 'Actions on selected instances' });
    expect(toolbar).toHaveTextContent('3 selected');
    await user.click(within(toolbar).getByRole('button', { name: 'Delete Instances' }));

    const dialog = await findDialog('Confirm Delete Instances');
    expect(dialog).toHaveTextContent('They will be deleted:');
    expect(within(dialog).getAllByRole('list')[0]).toHaveTextContent(/db-1.*vol-app-1/);
    expect(dialog).toHaveTextContent('web-1A snapshot of this instance is in progress (Uploading snapshot); deleting now would lose it.');
    await waitFor(() => expect(dialog).toHaveTextContent('vol-app-1-root (of vol-app-1)'));
    await expectNoAxeViolations(dialog);

    await user.click(within(dialog).getByRole('button', { name: 'Delete Instances' }));
    await waitFor(() => expect(dialog).toHaveTextContent('Deleted 2 items:'));
    expect(dialog).toHaveTextContent('1 item was skipped:');
    const deletes = cloud.requestLog.filter((entry) => entry.method === 'DELETE' && entry.url.includes('/servers/')).map((entry) => entry.url.split('/').at(-1));
    expect(deletes.sort()).toEqual([seedIds.servers.db1, seedIds.servers.volApp1].sort());
  });

  it('keeps the checkbox of an instance already being deleted off, saying why', async () => {
    const cloud = settledCloud();
    const db = cloud.db.compute.servers[seedIds.servers.db1];
    if (db) db.task_state = 'deleting';
    await renderApp({ route: '/project/instances', cloud });
    await waitForRow('db-1');
    const checkbox = within(rowOf('db-1')).getByRole('checkbox', { name: 'Select db-1' });
    expect(checkbox).toBeDisabled();
    expect(checkbox).toHaveAccessibleDescription('The instance is already being deleted.');
    expect(within(rowOf('web-1')).getByRole('checkbox', { name: 'Select web-1' })).toBeEnabled();
  });

  it('offers the power actions in each row’s menu, disabled with the reason', async () => {
    const { user } = await renderApp({ route: '/project/instances', cloud: settledCloud() });
    const row = await waitForRow('db-1');
    await user.click(within(row).getByRole('button', { name: 'More actions for db-1' }));
    const menu = await screen.findByRole('menu');
    expect(within(menu).getByRole('menuitem', { name: /Start Instance/ })).not.toHaveAttribute('aria-disabled', 'true');
    const soft = within(menu).getByRole('menuitem', { name: /Soft Reboot Instance/ });
    expect(soft).toHaveAttribute('aria-disabled', 'true');
    expect(menu).toHaveTextContent('Not possible while the instance is Shutoff.');
  });

  it('shuts off ticked instances after one confirmation naming them, skipping the ones already off, and reports once', async () => {
    const cloud = settledCloud();
    const { user } = await renderApp({ route: '/project/instances', cloud });
    await waitForRow('web-1');
    for (const name of ['web-1', 'vol-app-1', 'db-1']) await user.click(within(rowOf(name)).getByRole('checkbox', { name: `Select ${name}` }));
    const toolbar = screen.getByRole('toolbar', { name: 'Actions on selected instances' });
    await user.click(within(toolbar).getByRole('button', { name: 'Shut Off Instances' }));
    const dialog = await findDialog('Shut off 2 instances?');
    expect(dialog).toHaveTextContent('These instances are powered off: web-1, vol-app-1.');
    await user.click(within(dialog).getByRole('button', { name: 'Shut Off Instances' }));
    expect(await screen.findByText('Shut Off Instances: 2 accepted, 0 failed.')).toBeInTheDocument();
    const stops = cloud.requestLog.filter((entry) => entry.method === 'POST' && entry.url.endsWith('/action'));
    expect(stops).toHaveLength(2);
  });
});

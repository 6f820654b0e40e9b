import { screen, waitFor, within } from '@testing-library/react';
import { createMockCloud, seedIds } from '@/mock-cloud';
import { renderApp } from '../../../../../tests/app-harness';
import { expectNoAxeViolations } from '../../../../../tests/axe';
import { findDialog } from '../../../../../tests/find-dialog';

const { web1, volDb1, broken1 } = seedIds.servers;

/** The value next to a term in the page's description lists. */
function field(term: string): HTMLElement {
  const dt = screen.getAllByRole('term').find((node) => node.textContent === term);
  const dd = dt?.nextElementSibling;
  if (!(dd instanceof HTMLElement)) throw new Error(`no field ${term}`);
  return dd;
}

function settledCloud() {
  const cloud = createMockCloud();
  cloud.advance(60_000);
  return cloud;
}

describe('Instance detail page', () => {
  it('shows the instance’s fields, a copyable ID and its action log, and is axe clean', async () => {
    const { user } = await renderApp({ route: `/project/instances/${web1}`, cloud: settledCloud() });
    expect(await screen.findByRole('heading', { level: 1, name: 'web-1' })).toBeInTheDocument();
    expect(field('ID')).toHaveTextContent(web1);
    expect(field('Status')).toHaveTextContent('Active');
    expect(field('Power State')).toHaveTextContent('Running');
    expect(field('Task')).toHaveTextContent('None');
    expect(field('VCPUs')).toHaveTextContent('1');
    expect(field('Availability Zone')).toHaveTextContent('nova');
    expect(field('Key Pair')).toHaveTextContent('demo-key');
    expect(within(field('Security Groups')).getAllByRole('listitem').map((item) => item.textContent)).toEqual(['default', 'web']);
    expect(await within(field('Boot Source')).findByRole('link', { name: 'Image: cirros-0.6.2' })).toHaveAttribute('href', `/project/images/${seedIds.images.cirros}`);
    expect(screen.getByText('10.0.0.11')).toBeInTheDocument();
    expect(screen.getByText('No volumes are attached.')).toBeInTheDocument();

    const log = await screen.findByRole('table', { name: 'Action log of this instance' });
    expect(within(log).getByRole('rowheader', { name: 'Create' })).toBeInTheDocument();
    expect(within(log).getByText('Success')).toBeInTheDocument();

    await user.click(within(field('ID')).getByRole('button', { name: 'Copy ID' }));
    await waitFor(() => expect(within(field('ID')).getByRole('status')).toHaveTextContent('Copied'));
    expect(await navigator.clipboard.readText()).toBe(web1);
    await expectNoAxeViolations();
  });

  it('lists a volume-backed instance’s volumes with device and delete-on-termination, and boots from its first one', async () => {
    await renderApp({ route: `/project/instances/${volDb1}`, cloud: settledCloud() });
    const table = await screen.findByRole('table', { name: 'Volumes attached to this instance' });
    await waitFor(() => expect(within(table).getAllByRole('row')).toHaveLength(3));
    const rows = within(table).getAllByRole('row').slice(1).map((row) => Array.from(row.children).map((cell) => cell.textContent));
    expect(rows.map((cells) => cells.slice(2))).toEqual([
      ['/dev/vda', 'No'],
      ['/dev/vdb', 'No'],
    ]);
    await waitFor(() => expect(within(field('Boot Source')).getByRole('link')).toHaveAttribute('href', `/project/snapshots/volumes/${seedIds.volumes.volDb1Root}`));
    expect(field('Status')).toHaveTextContent('Shutoff');
  });

  it('shows an instance’s fault in Nova’s words', async () => {
    await renderApp({ route: `/project/instances/${broken1}`, cloud: settledCloud() });
    await screen.findByRole('heading', { level: 1, name: 'broken-1' });
    expect(field('Fault')).toHaveTextContent('No valid host was found. There are not enough hosts available.');
  });

  it('shows a not-found page with Nova’s message for an unknown ID', async () => {
    await renderApp({ route: '/project/instances/not-a-uuid' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Instance not found' })).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent('Instance not-a-uuid could not be found.');
    expect(screen.getByRole('link', { name: 'Back to Instances' })).toHaveAttribute('href', '/project/instances');
    await expectNoAxeViolations();
  });

  it('shuts the instance off after a confirmation, shows the task while it runs, then logs it; unavailable actions say why', async () => {
    const cloud = settledCloud();
    const { user } = await renderApp({ route: `/project/instances/${web1}`, cloud });
    await screen.findByRole('heading', { level: 1, name: 'web-1' });
    const start = screen.getByRole('button', { name: 'Start Instance' });
    expect(start).toHaveAttribute('aria-disabled', 'true');
    expect(start).toHaveAccessibleDescription('Not possible while the instance is Active.');

    await user.click(screen.getByRole('button', { name: 'Shut Off Instance' }));
    const dialog = await findDialog('Shut off web-1?');
    expect(dialog).toHaveTextContent('Anything not yet written to disk is lost.');
    await user.click(within(dialog).getByRole('button', { name: 'Shut Off Instance' }));
    await waitFor(() => expect(field('Task')).toHaveTextContent('Powering Off'));
    expect(screen.getByRole('button', { name: 'Shut Off Instance' })).toHaveAttribute('aria-disabled', 'true');

    cloud.advance(2000);
    await waitFor(() => expect(field('Status')).toHaveTextContent('Shutoff'), { timeout: 6000 });
    const log = screen.getByRole('table', { name: 'Action log of this instance' });
    await waitFor(() => expect(within(log).getAllByRole('rowheader').map((cell) => cell.textContent)).toEqual(['Shut Off', 'Create']));
    expect(screen.getByRole('button', { name: 'Start Instance' })).not.toHaveAttribute('aria-disabled');
  });

  it('shows a rebuild’s phase in words, and the instance’s snapshots between its volumes and its action log', async () => {
    const cloud = settledCloud();
    const server = cloud.db.compute.servers[web1];
    if (!server) throw new Error('no web-1 in the seed');
    server.task_state = 'rebuild_spawning';
    await renderApp({ route: `/project/instances/${web1}`, cloud });
    expect(await screen.findByRole('heading', { level: 1, name: 'web-1' })).toBeInTheDocument();
    expect(field('Status')).toHaveTextContent('Rebuild');
    expect(field('Task')).toHaveTextContent('Rebuilding: starting from the image');
    const headings = screen.getAllByRole('heading', { level: 2 }).map((heading) => heading.textContent);
    expect(headings.slice(headings.indexOf('Volumes Attached'))).toEqual(['Volumes Attached', 'Snapshots', 'Snapshot Policies', 'Metadata', 'Action Log']);
    expect(await screen.findByRole('table', { name: 'Snapshots of web-1' }, { timeout: 5000 })).toBeInTheDocument();
  });
});

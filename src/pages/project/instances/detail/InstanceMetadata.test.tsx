import { screen, waitFor, within } from '@testing-library/react';
import { renderApp } from '../../../../../tests/app-harness';
import { expectNoAxeViolations } from '../../../../../tests/axe';
import { findDialog } from '../../../../../tests/find-dialog';
import { createMockCloud } from '@/mock-cloud';
import { seedIds } from '@/mock-cloud/seed/ids';
import { paths } from '@/paths';

const web1 = seedIds.servers.web1;

function section(name: string): HTMLElement {
  return screen.getByRole('heading', { level: 2, name }).closest('section') as HTMLElement;
}

describe('Instance detail: metadata and snapshot policies', () => {
  it('tags the instance backup=daily, removes a key, and then shows the policy that covers it by that tag', async () => {
    const cloud = createMockCloud();
    const { user } = await renderApp({ route: paths.instanceDetail(web1), cloud });
    await screen.findByRole('heading', { level: 2, name: 'Metadata' }, { timeout: 15_000 });
    const metadata = section('Metadata');
    expect(within(metadata).getByRole('rowheader', { name: 'role' })).toBeInTheDocument();
    expect(await within(section('Snapshot Policies')).findByText('No snapshot policy covers this instance.')).toBeInTheDocument();

    await user.type(within(metadata).getByLabelText('Key'), 'backup');
    await user.type(within(metadata).getByLabelText('Value'), 'daily');
    await user.click(within(metadata).getByRole('button', { name: 'Add Metadata' }));
    expect(await within(metadata).findByRole('rowheader', { name: 'backup' })).toBeInTheDocument();
    expect(cloud.db.compute.servers[web1]?.metadata).toEqual({ role: 'web', backup: 'daily' });

    await user.click(within(metadata).getByRole('button', { name: 'Remove role' }));
    await waitFor(() => expect(within(metadata).queryByRole('rowheader', { name: 'role' })).not.toBeInTheDocument());
    expect(cloud.db.compute.servers[web1]?.metadata).toEqual({ backup: 'daily' });

    const nav = screen.getByRole('navigation', { name: 'Main navigation' });
    await user.click(within(nav).getByRole('link', { name: 'Snapshot Policies' }));
    await user.click((await screen.findAllByRole('button', { name: 'Create Policy' }, { timeout: 15_000 }))[0] as HTMLElement);
    const dialog = await findDialog('Create Snapshot Policy');
    await user.type(within(dialog).getByLabelText('Name'), 'daily');
    await user.type(within(dialog).getByLabelText('Metadata key'), 'backup');
    await user.type(within(dialog).getByLabelText('Metadata value'), 'daily');
    await user.click(within(dialog).getByRole('button', { name: 'Create Policy' }));
    await screen.findByRole('heading', { level: 1, name: 'daily' });

    await user.click(within(nav).getByRole('link', { name: 'Instances' }));
    await user.click(await screen.findByRole('link', { name: 'web-1' }));
    const policies = await screen.findByRole('heading', { level: 2, name: 'Snapshot Policies' });
    expect(await within(policies.closest('section') as HTMLElement).findByRole('link', { name: 'daily' })).toBeInTheDocument();
    await expectNoAxeViolations();
  }, 60_000);
});

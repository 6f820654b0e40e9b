import { screen, waitFor, within } from '@testing-library/react';
import { expectNoAxeViolations } from '../../../../tests/axe';
import { findDialog } from '../../../../tests/find-dialog';
import { seedIds } from '@/mock-cloud/seed/ids';
import { paths } from '@/paths';
import { createTaggedPolicy, openPolicies } from './test/page';

describe('Snapshot Policies: create', () => {
  it('creates a policy for tagged instances with the next five runs shown first, then lists it in words', async () => {
    const { user, cloud, location } = await openPolicies();
    expect(await screen.findByText('No snapshot policies yet', {}, { timeout: 15_000 })).toBeInTheDocument();
    await expectNoAxeViolations();

    const dialog = await createTaggedPolicy(user, { name: 'nightly', key: 'backup', value: 'daily', hours: '6', keep: '3' });
    const preview = within(within(dialog).getByRole('region', { name: 'Next five runs' })).getAllByRole('listitem');
    expect(preview).toHaveLength(5);
    await expectNoAxeViolations(dialog);
    await user.click(within(dialog).getByRole('button', { name: 'Create Policy' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'nightly' })).toBeInTheDocument();
    const stored = Object.values(cloud.db.policy.policies)[0]?.policy;
    expect(stored).toMatchObject({
      name: 'nightly',
      targets: { instanceIds: [], metadata: { key: 'backup', value: 'daily' } },
      schedule: { kind: 'interval', minutes: 360 },
      timeZone: 'UTC',
      retention: { keepLast: 3, maxAgeDays: null },
      consistency: 'live',
      namePattern: '{instance}-{policy}-{YYYYMMDD-HHmm}',
    });
    expect(location()).toBe(paths.policyDetail(stored?.id ?? ''));

    await user.click(screen.getByRole('link', { name: 'Back to Snapshot Policies' }));
    const row = (await screen.findByRole('rowheader', { name: /nightly/ })).closest('tr') as HTMLElement;
    expect(within(row).getByText('instances tagged backup=daily')).toBeInTheDocument();
    expect(within(row).getByText('Every 6 hours')).toBeInTheDocument();
    expect(within(row).getByText('keep the last 3 snapshots per instance')).toBeInTheDocument();
    expect(within(row).getByText('Not run yet')).toBeInTheDocument();
  }, 60_000);

  it('says what is missing instead of sending an incomplete policy', async () => {
    const { user, cloud } = await openPolicies();
    await user.click((await screen.findAllByRole('button', { name: 'Create Policy' }, { timeout: 15_000 }))[0] as HTMLElement);
    const dialog = await findDialog('Create Snapshot Policy');
    await user.click(within(dialog).getByRole('radio', { name: 'Cron expression' }));
    const cron = within(dialog).getByRole('textbox', { name: 'Cron expression' });
    await user.clear(cron);
    await user.type(cron, '0 25 * * *');
    expect(within(dialog).getByText('Complete the schedule and time zone to see the next runs.')).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Create Policy' }));
    expect(within(dialog).getByLabelText('Name')).toHaveAttribute('aria-invalid', 'true');
    expect(within(dialog).getByText('Enter a name of up to 64 characters.')).toBeInTheDocument();
    expect(within(dialog).getByText('Choose at least one instance, or a metadata key and value.')).toBeInTheDocument();
    expect(within(dialog).getByRole('textbox', { name: 'Cron expression' })).toHaveAttribute('aria-invalid', 'true');
    expect(Object.keys(cloud.db.policy.policies)).toHaveLength(0);
  }, 60_000);
});

describe('Snapshot Policies: a policy at work', () => {
  it('runs now, shows every instance’s outcome and the snapshots it holds, pauses, and deletes', async () => {
    const { user, cloud } = await openPolicies();
    await screen.findByText('No snapshot policies yet', {}, { timeout: 15_000 });
    const dialog = await createTaggedPolicy(user, { name: 'web', key: 'role', value: 'web', hours: '12', keep: '2' });
    await user.click(within(dialog).getByRole('button', { name: 'Create Policy' }));
    await screen.findByRole('heading', { level: 1, name: 'web' });
    expect(await screen.findByText('The policy has not run yet.')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Run Now' }));
    const run = await screen.findByRole('article', { name: /Run of/ });
    expect(within(run).getByText('Started by hand')).toBeInTheDocument();
    expect(within(run).getByRole('link', { name: 'web-1' })).toHaveAttribute('href', paths.instanceDetail(seedIds.servers.web1));

    cloud.advance(15_000);
    await waitFor(() => expect(within(screen.getByRole('article', { name: /Run of/ })).getAllByText('Succeeded')).toHaveLength(2), { timeout: 10_000 });
    const held = await screen.findByRole('table', { name: 'Snapshots made by web' });
    expect(within(held).getAllByRole('rowheader')).toHaveLength(1);
    expect(within(held).getByRole('rowheader').textContent).toMatch(/^web-1-web-\d{8}-\d{4}$/);
    await expectNoAxeViolations();
    const snapshotName = within(held).getByRole('rowheader').textContent ?? '';

    // The Images panel filtered to this policy's snapshots (Glance filters on the policy's property).
    await user.click(screen.getByRole('link', { name: 'Show them in Images' }));
    const note = await screen.findByText('Showing only the snapshots made by the policy', {}, { timeout: 15_000 });
    await waitFor(() => expect(screen.getAllByRole('rowheader').map((cell) => cell.textContent)).toEqual([snapshotName]));
    expect(cloud.requestLog.some((entry) => entry.url.includes('/v2/images?') && entry.url.includes('dashboard_policy_id='))).toBe(true);
    await user.click(within(note.closest('p') as HTMLElement).getByRole('link', { name: 'web' }));
    await screen.findByRole('heading', { level: 1, name: 'web' });

    await user.click(screen.getByRole('button', { name: 'Pause' }));
    expect(await screen.findByRole('button', { name: 'Resume' })).toBeInTheDocument();
    expect(Object.values(cloud.db.policy.policies)[0]?.policy.enabled).toBe(false);

    await user.click(screen.getByRole('button', { name: 'Delete' }));
    const confirm = await findDialog('Delete policy web?');
    await user.click(within(confirm).getByRole('button', { name: 'Delete Policy' }));
    expect(await screen.findByText('No snapshot policies yet', {}, { timeout: 15_000 })).toBeInTheDocument();
    expect(cloud.db.policy.policies).toEqual({});
  }, 60_000);
});

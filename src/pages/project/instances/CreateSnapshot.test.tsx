import { screen, waitFor, within } from '@testing-library/react';
import { createMockCloud } from '@/mock-cloud';
import { seedIds } from '@/mock-cloud/seed/ids';
import { renderApp } from '../../../../tests/app-harness';
import { expectNoAxeViolations } from '../../../../tests/axe';
import { serverActionRequest, requestsMatching, rowOf, waitForRow } from './test/page';
import { findDialog } from '../../../../tests/find-dialog';

function settledCloud(options: { timeScale?: number } = {}) {
  const cloud = createMockCloud(options);
  cloud.advance(60_000);
  return cloud;
}

async function openDialogFor(user: ReturnType<typeof import('@testing-library/user-event').default.setup>, name: string) {
  await user.click(within(await waitForRow(name)).getByRole('button', { name: 'Create Snapshot' }));
  return findDialog('Create Snapshot');
}

describe('Create Snapshot: when it is allowed', () => {
  it('is offered for active, shut-off and paused image-backed servers, refused with the reason otherwise', async () => {
    const cloud = createMockCloud();
    await renderApp({ cloud });
    const button = (name: string) => within(rowOf(name)).getByRole('button', { name: 'Create Snapshot' });
    await waitForRow('web-1');
    for (const name of ['web-1', 'db-1', 'worker-1', 'vol-app-1', 'vol-db-1']) {
      expect(button(name)).not.toHaveAttribute('aria-disabled');
    }
    expect(button('builder-1')).toHaveAttribute('aria-disabled', 'true');
    expect(button('builder-1')).toHaveAccessibleDescription('A task is in progress (Spawning). Wait until the Task column says None.');
    expect(button('broken-1')).toHaveAccessibleDescription(
      'Only Active, Shutoff, Paused or Suspended instances can be snapshotted; this one is Error.',
    );
  });

  it('refuses a paused volume-backed server, as Nova does', async () => {
    const cloud = settledCloud();
    const server = cloud.db.compute.servers[seedIds.servers.volApp1];
    if (server) Object.assign(server, { vm_state: 'paused', power_state: 3 });
    const { user } = await renderApp({ cloud });
    const button = within(await waitForRow('vol-app-1')).getByRole('button', { name: 'Create Snapshot' });
    expect(button).toHaveAccessibleDescription(/boots from a volume and is paused/);
    await user.click(button);
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });
});

describe('Create Snapshot: the dialog', () => {
  it('calls only an active instance running: shut-off and paused ones get their own words and no consistency warning', async () => {
    const { user } = await renderApp({ cloud: settledCloud() });
    const shutOff = await openDialogFor(user, 'db-1');
    expect(within(shutOff).getByText(/It is shut off, so the copy is consistent\./)).toBeInTheDocument();
    expect(within(shutOff).queryByText(/running/)).not.toBeInTheDocument();
    expect(within(shutOff).queryByRole('checkbox', { name: /Shut it off first/ })).not.toBeInTheDocument();
    await user.click(within(shutOff).getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());

    const paused = await openDialogFor(user, 'worker-1');
    expect(within(paused).getByText(/this paused instance\. What is in its memory is not kept\./)).toBeInTheDocument();
    expect(within(paused).queryByText(/running/)).not.toBeInTheDocument();
    expect(within(paused).queryByRole('checkbox', { name: /Shut it off first/ })).not.toBeInTheDocument();
  });

  it('names the instance, proposes a name, explains snapshots, and is axe clean', async () => {
    const { user } = await renderApp({ cloud: settledCloud() });
    const dialog = await openDialogFor(user, 'web-1');
    expect(within(dialog).getByText('web-1')).toBeInTheDocument();
    expect((within(dialog).getByLabelText('Snapshot Name') as HTMLInputElement).value).toMatch(/^web-1-snapshot-\d{8}-\d{4}$/);
    expect(within(dialog).getByText('A snapshot is an image which preserves the disk state of this running instance.')).toBeInTheDocument();
    expect(within(dialog).getByText(/A snapshot taken while it runs can be inconsistent/)).toBeInTheDocument();
    expect(within(dialog).getByRole('checkbox', { name: /Shut it off first/ })).not.toBeChecked();
    await within(dialog).findByText('This cloud does not report image quota usage.');
    await expectNoAxeViolations(dialog);
  });

  it('validates the name before calling Nova: empty, spaces only, 256 characters', async () => {
    const { user, cloud } = await renderApp({ cloud: settledCloud() });
    const dialog = await openDialogFor(user, 'db-1');
    const name = within(dialog).getByLabelText('Snapshot Name');
    const submit = within(dialog).getByRole('button', { name: 'Create Snapshot' });

    await user.clear(name);
    await user.click(submit);
    expect(name).toHaveAccessibleDescription(/Enter a name for the snapshot\./);
    expect(name).toHaveAttribute('aria-invalid', 'true');

    await user.type(name, '     ');
    await user.click(submit);
    expect(name).toHaveAccessibleDescription(/Enter a name for the snapshot\./);

    await user.clear(name);
    await user.click(name);
    await user.paste('x'.repeat(256));
    await user.click(submit);
    expect(name).toHaveAccessibleDescription(/at most 255 characters; it has 256/);
    expect(requestsMatching(cloud.requestLog, serverActionRequest)).toEqual([]);
    expect(screen.getByRole('dialog')).toBeInTheDocument();
  });

  it('sends createImage once, however fast the button is clicked, with the trimmed name', async () => {
    const { user, cloud } = await renderApp({ cloud: settledCloud() });
    const dialog = await openDialogFor(user, 'db-1');
    const name = within(dialog).getByLabelText('Snapshot Name');
    await user.clear(name);
    await user.type(name, '  db-1-before-upgrade  ');
    cloud.scenarios.slowCloud(300);
    await user.dblClick(within(dialog).getByRole('button', { name: 'Create Snapshot' }));
    expect(await within(dialog).findByRole('button', { name: 'Creating snapshot…' })).toBeDisabled();
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument(), { timeout: 5000 });
    cloud.scenarios.slowCloud(0);
    expect(requestsMatching(cloud.requestLog, serverActionRequest)).toHaveLength(1);
    const created = Object.values(cloud.db.image.images).filter((image) => image.name === 'db-1-before-upgrade');
    expect(created).toHaveLength(1);
  });
});

describe('Create Snapshot: quota first', () => {
  it('lists a volume-backed server’s volumes and disables submit when the Cinder quota is short', async () => {
    const cloud = settledCloud();
    cloud.scenarios.setQuota('volume', 'snapshots', 6);
    const { user } = await renderApp({ cloud });
    const dialog = await openDialogFor(user, 'vol-db-1');
    const volumes = await within(dialog).findByRole('table', { name: 'Volumes of this instance' });
    expect(within(volumes).getByRole('rowheader', { name: 'vol-db-1-root' })).toBeInTheDocument();
    expect(within(volumes).getByRole('rowheader', { name: 'vol-db-1-data' })).toBeInTheDocument();
    expect(within(volumes).getByText('40 GB')).toBeInTheDocument();
    expect(within(dialog).getByText(/Nova snapshots it as 2 Cinder snapshots/)).toBeInTheDocument();
    expect(within(dialog).getByRole('meter', { name: 'Volume snapshots' })).toHaveAttribute('aria-valuetext', expect.stringMatching(/8 of 6/));
    expect(within(dialog).getByText('Over by 2')).toBeInTheDocument();
    expect(within(dialog).getByRole('meter', { name: 'Volume storage (GB)' })).toBeInTheDocument();
    const submit = within(dialog).getByRole('button', { name: 'Create Snapshot' });
    expect(submit).toBeDisabled();
    expect(submit).toHaveAccessibleDescription('Not enough quota: Volume snapshots. Free some up or ask for a larger quota.');
    // A shut-off volume-backed server: no consistency warning.
    expect(within(dialog).queryByRole('checkbox')).not.toBeInTheDocument();
    await expectNoAxeViolations(dialog);
  });

  it('lets a volume-backed snapshot through when it fits, and shows Glance usage for an image-backed one', async () => {
    const cloud = settledCloud();
    cloud.scenarios.setQuota('image', 'image_count_total', 100);
    const { user } = await renderApp({ cloud });
    let dialog = await openDialogFor(user, 'vol-app-1');
    await within(dialog).findByRole('meter', { name: 'Volume snapshots' });
    expect(within(dialog).getByRole('button', { name: 'Create Snapshot' })).toBeEnabled();
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));

    dialog = await openDialogFor(user, 'web-1');
    expect(await within(dialog).findByRole('meter', { name: 'Images' })).toBeInTheDocument();
  });
});

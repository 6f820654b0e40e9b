import { act, screen, waitFor, within } from '@testing-library/react';
import { createMockCloud } from '@/mock-cloud';
import { seedIds } from '@/mock-cloud/seed/ids';
import { paths } from '@/paths';
import { expectNoAxeViolations } from '../../../../../tests/axe';
import { renderApp } from '../../../../../tests/app-harness';
import { signInAgain } from '../../../../../tests/sign-in-again';
import { findDialog } from '../../../../../tests/find-dialog';

const web1 = seedIds.servers.web1;
const actionBodies = (log: ReadonlyArray<{ method: string; url: string }>) =>
  log.filter((entry) => entry.method === 'POST' && /\/servers\/[^/]+\/action$/.test(entry.url)).map((entry) => entry.url);

async function openRestore(user: Awaited<ReturnType<typeof renderApp>>['user']) {
  await user.click(await screen.findByRole('button', { name: 'Restore Instance' }, { timeout: 5000 }));
  const dialog = await findDialog('Restore web-1');
  await within(dialog).findByLabelText('Restore from', {}, { timeout: 5000 });
  return dialog;
}

describe('Snapshots of an instance and Restore', () => {
  it('lists the instance’s snapshots newest first with status, size, age, Launch and Restore', async () => {
    const { container } = await renderApp({ route: paths.instanceDetail(web1) });
    const table = await screen.findByRole('table', { name: 'Snapshots of web-1' }, { timeout: 5000 });
    const names = within(table).getAllByRole('rowheader').map((cell) => cell.textContent);
    expect(names).toEqual(['web-1-snap-inflight', 'web-1-snap-nightly', 'web-1-snap-golden']);
    const nightly = within(table).getByRole('rowheader', { name: 'web-1-snap-nightly' }).closest('tr') as HTMLElement;
    expect(within(nightly).getByText('Active')).toBeInTheDocument();
    expect(within(nightly).getByText('26 MB')).toBeInTheDocument();
    expect(within(nightly).getByRole('link', { name: 'Launch an instance from web-1-snap-nightly' })).toHaveAttribute(
      'href',
      paths.launch({ source: 'instance_snapshot', id: seedIds.images.web1SnapNightly }),
    );
    const inflight = within(table).getByRole('rowheader', { name: 'web-1-snap-inflight' }).closest('tr') as HTMLElement;
    expect(within(inflight).getByRole('button', { name: 'Restore web-1 from web-1-snap-inflight' })).toHaveAttribute('aria-disabled', 'true');
    await expectNoAxeViolations(container);
  });

  it('chooses the newest active snapshot by default and refuses an image the flavor cannot hold', async () => {
    const { user, cloud } = await renderApp({ route: paths.instanceDetail(web1) });
    const dialog = await openRestore(user);
    const select = within(dialog).getByLabelText('Restore from');
    expect(select).toHaveValue(seedIds.images.web1SnapNightly);
    expect(within(dialog).getByText(`The instance ID: ${web1}`)).toBeInTheDocument();
    expect(within(dialog).getByText('Its addresses: 10.0.0.11')).toBeInTheDocument();
    expect(within(dialog).getByText('Everything written to the root disk since the snapshot was taken.')).toBeInTheDocument();
    expect(within(dialog).getByRole('checkbox', { name: /Take a snapshot of the current state first/ })).toBeChecked();

    await user.selectOptions(select, seedIds.images.db1SnapOld);
    expect(within(dialog).getByText(/^Needs a 40 GB root disk; the flavor m1\.small has 20 GB\.$/)).toBeInTheDocument();
    await user.type(within(dialog).getByLabelText('Type the instance name web-1 to confirm'), 'web-1');
    await user.click(within(dialog).getByRole('button', { name: 'Restore' }));
    expect(actionBodies(cloud.requestLog)).toEqual([]);
    await expectNoAxeViolations(dialog);
  });

  it('does nothing until the instance name is typed exactly', async () => {
    const { user, cloud } = await renderApp({ route: paths.instanceDetail(web1) });
    const dialog = await openRestore(user);
    await user.type(within(dialog).getByLabelText('Type the instance name web-1 to confirm'), 'web-2');
    await user.click(within(dialog).getByRole('button', { name: 'Restore' }));
    expect(within(dialog).getByText('Type web-1 exactly.')).toBeInTheDocument();
    expect(within(dialog).getByLabelText('Type the instance name web-1 to confirm')).toHaveAttribute('aria-invalid', 'true');
    expect(actionBodies(cloud.requestLog)).toEqual([]);
  });

  it('takes the safety snapshot, waits until it is active, then rebuilds: same ID and addresses, the chosen image', async () => {
    const cloud = createMockCloud({ timeScale: 0.05 });
    cloud.advance(60_000);
    const { user } = await renderApp({ cloud, route: paths.instanceDetail(web1) });
    const dialog = await openRestore(user);
    // The seed's in-flight snapshot has finished by now: it is the newest active one.
    expect(within(dialog).getByLabelText('Restore from')).toHaveValue(seedIds.images.web1SnapInflight);
    await user.type(within(dialog).getByLabelText('Type the instance name web-1 to confirm'), 'web-1');
    await user.click(within(dialog).getByRole('button', { name: 'Restore' }));

    const steps = within(dialog).getByRole('region', { name: 'Progress' });
    expect(within(steps).getByText('Take a snapshot of the current state')).toBeInTheDocument();
    expect(within(steps).getByText(/Rebuild the instance from web-1-snap-inflight/)).toBeInTheDocument();
    await within(dialog).findByText('web-1 was restored from web-1-snap-inflight.', {}, { timeout: 15_000 });

    const server = cloud.db.compute.servers[web1];
    expect(server?.image_id).toBe(seedIds.images.web1SnapInflight);
    expect(server?.vm_state).toBe('active');
    const port = Object.values(cloud.db.network.ports).find((candidate) => candidate.device_id === web1);
    expect(port?.fixed_ips.map((ip) => ip.ip_address)).toEqual(['10.0.0.11']);
    const safety = Object.values(cloud.db.image.images).filter(
      (image) => image.properties['instance_uuid'] === web1 && image.name?.startsWith('web-1-snapshot-'),
    );
    expect(safety.map((image) => image.status)).toEqual(['active']);
    const actions = cloud.requestLog.filter((entry) => entry.method === 'POST' && entry.url.endsWith(`/servers/${web1}/action`));
    expect(actions).toHaveLength(2);
  }, 30_000);

  it('a rebuild refused because the session ended is offered again after signing in, and Retry sends it once', async () => {
    const cloud = createMockCloud({ timeScale: 0.05 });
    cloud.advance(60_000);
    const { user } = await renderApp({ cloud, route: paths.instanceDetail(web1) });
    const dialog = await openRestore(user);
    await user.selectOptions(within(dialog).getByLabelText('Restore from'), seedIds.images.web1SnapGolden);
    await user.click(within(dialog).getByRole('checkbox', { name: /Take a snapshot of the current state first/ }));
    await user.type(within(dialog).getByLabelText('Type the instance name web-1 to confirm'), 'web-1');

    cloud.scenarios.expireTokens();
    await user.click(within(dialog).getByRole('button', { name: 'Restore' }));
    await signInAgain(user);
    const again = await findDialog('Restore web-1');
    expect((await within(again).findAllByText(/Your session had ended, so this was not done/)).length).toBeGreaterThan(0);
    expect(cloud.db.compute.servers[web1]?.image_id).not.toBe(seedIds.images.web1SnapGolden);

    cloud.clearRequestLog();
    await user.dblClick(within(again).getByRole('button', { name: 'Retry' }));
    await within(again).findByText('web-1 was restored from web-1-snap-golden.', {}, { timeout: 15_000 });
    expect(actionBodies(cloud.requestLog)).toHaveLength(1);
    expect(cloud.db.compute.servers[web1]?.image_id).toBe(seedIds.images.web1SnapGolden);
  }, 30_000);

  it('disables Restore of a volume-backed instance below compute 2.93 and says why', async () => {
    const { user, store } = await renderApp({ route: paths.instanceDetail(seedIds.servers.volApp1) });
    const session = store.getState().session;
    if (!session) throw new Error('not signed in');
    act(() => store.setSession({ ...session, microversions: { ...session.microversions, compute: '2.90' } }));
    const table = await screen.findByRole('table', { name: 'Snapshots of vol-app-1' }, { timeout: 5000 });
    const restore = within(table).getByRole('button', { name: 'Restore vol-app-1 from vol-app-1-snap' });
    expect(restore).toHaveAttribute('aria-disabled', 'true');
    expect(restore).toHaveAccessibleDescription(/needs compute API microversion 2\.93 or later \(this session has 2\.90\)/);
    await user.click(screen.getByRole('button', { name: 'Restore Instance' }));
    const dialog = await findDialog('Restore vol-app-1');
    const submit = within(dialog).getByRole('button', { name: 'Restore' });
    expect(submit).toBeDisabled();
    expect(submit).toHaveAccessibleDescription(/needs compute API microversion 2\.93 or later/);
  });

  it('at compute 2.93 lists a volume-backed instance’s snapshot but will not rebuild from its empty image', async () => {
    const { user } = await renderApp({ route: paths.instanceDetail(seedIds.servers.volApp1) });
    const table = await screen.findByRole('table', { name: 'Snapshots of vol-app-1' }, { timeout: 5000 });
    const row = within(table).getByRole('rowheader', { name: 'vol-app-1-snap' }).closest('tr') as HTMLElement;
    expect(within(row).getByText('Volume snapshots')).toBeInTheDocument();
    const restore = within(row).getByRole('button', { name: 'Restore vol-app-1 from vol-app-1-snap' });
    expect(restore).toHaveAttribute('aria-disabled', 'true');
    expect(restore).toHaveAccessibleDescription(/holds no disk image/);
    await user.click(screen.getByRole('button', { name: 'Restore Instance' }));
    const dialog = await findDialog('Restore vol-app-1');
    const select = await within(dialog).findByLabelText('Restore from', {}, { timeout: 5000 });
    expect(within(dialog).getByText(/holds no disk image/)).toBeInTheDocument();
    await user.selectOptions(select, seedIds.images.ubuntu);
    expect(within(dialog).queryByText(/holds no disk image/)).not.toBeInTheDocument();
    expect(within(dialog).getByRole('button', { name: 'Restore' })).toBeEnabled();
  });

  it('offers Restore on a snapshot’s detail page and opens the dialog with that snapshot chosen', async () => {
    const { user, location } = await renderApp({ route: paths.imageDetail(seedIds.images.web1SnapGolden) });
    const link = await screen.findByRole('link', { name: 'Restore Instance' }, { timeout: 5000 });
    await user.click(link);
    await waitFor(() => expect(location()).toBe(paths.instanceRestore(web1, seedIds.images.web1SnapGolden)));
    const dialog = await findDialog('Restore web-1', { timeout: 5000 });
    expect(await within(dialog).findByLabelText('Restore from', {}, { timeout: 5000 })).toHaveValue(seedIds.images.web1SnapGolden);
  });

  it('sends the former snapshots page of an instance to its detail page, Restore dialog included', async () => {
    const { user, location } = await renderApp({ route: `/project/instances/${web1}/snapshots?restore=${seedIds.images.web1SnapGolden}` });
    await waitFor(() => expect(location()).toBe(paths.instanceRestore(web1, seedIds.images.web1SnapGolden)));
    const dialog = await findDialog('Restore web-1', { timeout: 5000 });
    expect(await within(dialog).findByLabelText('Restore from', {}, { timeout: 5000 })).toHaveValue(seedIds.images.web1SnapGolden);
    await user.keyboard('{Escape}');
    await waitFor(() => expect(location()).toBe(paths.instanceDetail(web1)));
    expect(screen.getByRole('heading', { name: 'Action Log' })).toBeInTheDocument();
    expect(screen.getByRole('table', { name: 'Snapshots of web-1' })).toBeInTheDocument();
  });
});

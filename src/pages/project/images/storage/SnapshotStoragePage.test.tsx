import { screen, waitFor, within } from '@testing-library/react';
import { createMockCloud } from '@/mock-cloud';
import { seedIds } from '@/mock-cloud/seed/ids';
import { renderApp } from '../../../../../tests/app-harness';
import { expectNoAxeViolations } from '../../../../../tests/axe';
import { findDialog } from '../../../../../tests/find-dialog';

const done = /^Read every snapshot/;

/** The per-instance table as [instance, snapshots, size, share] rows. */
function instanceRows(): string[][] {
  const table = screen.getByRole('table', { name: 'Snapshot storage per instance, largest first' });
  return within(table)
    .getAllByRole('row')
    .slice(1)
    .map((row) => [within(row).getByRole('rowheader'), ...within(row).getAllByRole('cell')].map((cell) => cell.textContent ?? ''));
}

/** A seeded cloud whose in-flight snapshot has finished, so every size is settled. */
function settledCloud() {
  const cloud = createMockCloud();
  cloud.advance(60_000);
  return cloud;
}

describe('Snapshot storage', () => {
  it('opens from the Images panel’s header and leads back to it', async () => {
    const { user, location } = await renderApp({ route: '/project/images', cloud: settledCloud() });
    await user.click(await screen.findByRole('link', { name: 'Snapshot storage' }, { timeout: 30_000 }));
    // The view's route module loads on the first visit.
    expect(await screen.findByRole('heading', { level: 1, name: 'Snapshot storage' }, { timeout: 30_000 })).toBeInTheDocument();
    expect(location()).toBe('/project/images/storage');
    await screen.findByText(done, undefined, { timeout: 30_000 });
    await user.click(screen.getByRole('link', { name: 'Back to Images' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Images' }, { timeout: 30_000 })).toBeInTheDocument();
  }, 60_000);

  it('totals per instance add up to the listed snapshots, beside the quotas, and is axe clean', async () => {
    await renderApp({ route: '/project/images/storage', cloud: settledCloud() });
    expect(await screen.findByText(done, undefined, { timeout: 30_000 })).toHaveTextContent('5 instance snapshots');
    expect(screen.getByRole('heading', { level: 1, name: 'Snapshot storage' })).toBeInTheDocument();
    expect(screen.getByRole('navigation', { name: 'Breadcrumbs' })).toHaveTextContent('Snapshot storage');

    // web-1: golden 960 KiB + nightly 26 MiB + the finished in-flight 25 MiB; vol-app-1: its 20 GiB Cinder snapshot.
    expect(instanceRows()).toEqual([
      ['vol-app-1', '1', '20 GB', '96.5% of the total'],
      [`Deleted instance ${seedIds.servers.deleted}`, '1', '700 MB', '3.3% of the total'],
      ['web-1', '3', '51.9 MB', '0.2% of the total'],
    ]);
    expect(screen.getByRole('link', { name: 'web-1' })).toHaveAttribute('href', `/project/instances/${seedIds.servers.web1}`);
    // 20 GiB + 700 MiB + 51.9 MiB = 20.73 GiB.
    expect(screen.getByText(/^Total:/)).toHaveTextContent('Total: 20.7 GB in 5 snapshots');

    // The local cloud's Glance has no unified limits: said as it is, next to Cinder's gauges.
    expect(screen.getByText(/^No image quota set/)).toBeInTheDocument();
    expect(screen.getByRole('meter', { name: /Block storage in gigabytes/ })).toHaveAttribute('aria-valuetext');
    expect(screen.getByRole('meter', { name: 'Volume snapshots (Cinder)' })).toBeInTheDocument();

    const largest = screen.getByRole('table', { name: 'Largest snapshots' });
    expect(within(largest).getAllByRole('rowheader').map((cell) => cell.textContent)).toEqual([
      'vol-app-1-snap',
      'db-1-snap-old',
      'web-1-snap-nightly',
      'web-1-snap-inflight',
      'web-1-snap-golden',
    ]);
    expect(within(largest).getByText('20 GB in Cinder')).toBeInTheDocument();
    const oldest = screen.getByRole('table', { name: 'Oldest snapshots' });
    expect(within(oldest).getAllByRole('rowheader')[0]).toHaveTextContent('db-1-snap-old');
    await expectNoAxeViolations();
  }, 60_000);

  it('shows Glance’s image quota as gauges when the cloud reports one', async () => {
    const cloud = settledCloud();
    cloud.scenarios.setQuota('image', 'image_size_total', 2048);
    cloud.scenarios.setQuota('image', 'image_count_total', 100);
    await renderApp({ route: '/project/images/storage', cloud });
    await screen.findByText(done, undefined, { timeout: 30_000 });
    expect(await screen.findByRole('meter', { name: 'Image storage (Glance)' }, { timeout: 10_000 })).toHaveAttribute('aria-valuemax', '2048');
    expect(screen.getByRole('meter', { name: 'Images (Glance)' })).toHaveAttribute('aria-valuemax', '100');
    expect(screen.queryByText(/^No image quota set/)).not.toBeInTheDocument();
  }, 60_000);

  it('deletes the selected snapshots through the usual bulk dialog, and the totals follow', async () => {
    const { user } = await renderApp({ route: '/project/images/storage', cloud: settledCloud() });
    await screen.findByText(done, undefined, { timeout: 30_000 });
    const largest = screen.getByRole('table', { name: 'Largest snapshots' });
    await user.click(within(largest).getByRole('checkbox', { name: 'Select db-1-snap-old' }));
    // One selection over both lists: the same snapshot is ticked in the oldest list too.
    expect(within(screen.getByRole('table', { name: 'Oldest snapshots' })).getByRole('checkbox', { name: 'Select db-1-snap-old' })).toBeChecked();
    await user.click(screen.getByRole('button', { name: 'Delete 1 selected snapshot' }));
    const dialog = await findDialog('Confirm Delete Image', { timeout: 10_000 });
    await user.click(within(dialog).getByRole('button', { name: 'Delete Image' }));
    await user.click(await within(await findDialog()).findByRole('button', { name: 'Close' }, { timeout: 10_000 }));
    await waitFor(() => expect(screen.getByText(/^Total:/)).toHaveTextContent('Total: 20.1 GB in 4 snapshots'), { timeout: 5000 });
    expect(instanceRows().map((row) => row[0])).toEqual(['vol-app-1', 'web-1']);
    expect(screen.getByRole('button', { name: 'Delete 0 selected snapshots' })).toBeDisabled();
  }, 60_000);

  it('speaks Polish', async () => {
    const { user } = await renderApp({ route: '/project/images/storage', cloud: settledCloud() });
    await screen.findByText(done, undefined, { timeout: 30_000 });
    await user.selectOptions(screen.getByRole('combobox', { name: 'Language' }), 'pl');
    expect(await screen.findByRole('heading', { level: 1, name: 'Miejsce na migawki' }, { timeout: 30_000 })).toBeInTheDocument();
    expect(screen.getByText(/^Razem:/)).toHaveTextContent('Razem: 20,7 GB w 5 migawkach');
    expect(screen.getByRole('table', { name: 'Największe migawki' })).toBeInTheDocument();
  }, 60_000);
});

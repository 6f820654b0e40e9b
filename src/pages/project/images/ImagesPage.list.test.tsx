import { screen, waitFor, within } from '@testing-library/react';
import { createMockCloud } from '@/mock-cloud';
import { seedIds } from '@/mock-cloud/seed/ids';
import { renderApp } from '../../../../tests/app-harness';
import { expectNoAxeViolations } from '../../../../tests/axe';
import { cellText, requestsMatching, rowNames, rowOf, waitForNoRow, waitForRow } from './test/page';

describe('Images panel: the list', () => {
  it('shows Horizon’s columns with words for types and statuses, and is axe clean', async () => {
    const { cloud } = await renderApp({ route: '/project/images' });
    const nightly = await waitForRow('web-1-snap-nightly');
    const headers = screen.getAllByRole('columnheader').map((header) => header.textContent?.trim());
    for (const name of ['Owner', 'Name', 'Type', 'Status', 'Visibility', 'Protected', 'Disk Format', 'Size', 'Created']) {
      expect(headers.some((header) => header?.startsWith(name))).toBe(true);
    }
    expect(cellText(nightly, 2)).toBe('demo'); // owner: the session's project by name (cells: select, details, owner…)
    expect(within(nightly).getByText('Snapshot')).toBeInTheDocument();
    expect(within(rowOf('cirros-0.6.2')).getByText('Image')).toBeInTheDocument();
    expect(within(rowOf('cirros-0.6.2')).getByText('Public')).toBeInTheDocument();
    // Another project's image: its owner's whole id, never a cut one.
    expect(cellText(rowOf('cirros-0.6.2'), 2)).toBe(`${seedIds.projects.admin}(another project)`);
    expect(within(rowOf('broken-upload')).getByText('Failed')).toBeInTheDocument();
    expect(within(rowOf('web-1-snap-golden')).getByText('Yes')).toBeInTheDocument();
    // A volume-backed snapshot (no image_type) is still a snapshot: the one classifier.
    expect(within(rowOf('vol-app-1-snap')).getByText('Snapshot')).toBeInTheDocument();
    // The first page is one Glance request (repeated only by the poll for the saving snapshot);
    // the invitations banner asks once more, for images shared with the project and still pending.
    expect(new Set(requestsMatching(cloud.requestLog, /GET .*\/v2\/images\?(?!.*member_status=pending)/)).size).toBe(1);
    expect(new Set(requestsMatching(cloud.requestLog, /GET .*\/v2\/images\?.*member_status=pending/)).size).toBe(1);
    await expectNoAxeViolations();
  });

  it('filters to snapshots with two Glance queries merged, and to images by classifying', async () => {
    const { user, cloud, location } = await renderApp({ route: '/project/images' });
    await waitForRow('cirros-0.6.2');
    cloud.clearRequestLog();
    await user.click(screen.getByRole('radio', { name: 'Snapshots' }));
    await waitForNoRow('cirros-0.6.2');
    expect(location()).toContain('type=snapshots');
    expect(rowNames()).toEqual(expect.arrayContaining(['web-1-snap-golden', 'web-1-snap-nightly', 'vol-app-1-snap', 'db-1-snap-old']));
    expect(rowNames()).not.toContain('project-tools');
    const asked = requestsMatching(cloud.requestLog, /GET .*\/v2\/images\?/);
    expect(asked.some((line) => line.includes('image_type=snapshot'))).toBe(true);
    expect(asked.some((line) => line.includes('bdm_v2=True'))).toBe(true);
    expect(new Set(asked).size).toBe(2);

    await user.click(screen.getByRole('radio', { name: 'Images' }));
    await waitForRow('project-tools');
    expect(rowNames()).not.toContain('vol-app-1-snap');
    expect(rowNames()).not.toContain('web-1-snap-nightly');
  });

  it('filters by visibility, status and a name substring, all in the URL', async () => {
    const { user, location } = await renderApp({ route: '/project/images' });
    await waitForRow('cirros-0.6.2');
    await user.selectOptions(screen.getByLabelText('Visibility'), 'project');
    await waitForNoRow('cirros-0.6.2');
    expect(location()).toContain('visibility=project');
    await user.selectOptions(screen.getByLabelText('Status'), 'killed');
    await waitFor(() => expect(rowNames()).toEqual(['broken-upload']));
    await user.selectOptions(screen.getByLabelText('Status'), '');
    await user.type(screen.getByLabelText('Name contains'), 'GOLD');
    await waitFor(() => expect(rowNames()).toEqual(['web-1-snap-golden']));
    expect(location()).toContain('name=GOLD');
  });

  it('reads filters from the URL and sorts on the server', async () => {
    const { user, cloud, location } = await renderApp({ route: '/project/images?type=snapshots&sort=name:asc' });
    await waitForRow('web-1-snap-nightly');
    expect(rowNames()[0]).toBe('db-1-snap-old');
    cloud.clearRequestLog();
    await user.click(screen.getByRole('button', { name: 'Name' }));
    await waitFor(() => expect(rowNames()[0]).toBe('web-1-snap-nightly'));
    expect(location()).toContain('sort=name%3Adesc');
    expect(requestsMatching(cloud.requestLog, /sort_key=name&sort_dir=desc|sort_dir=desc.*sort_key=name/).length).toBeGreaterThan(0);
  });

  it('pages with markers over several pages, with a page-size choice', async () => {
    const cloud = createMockCloud();
    cloud.scenarios.withImages(45);
    // The hardest case: two merged Glance streams plus a client-side name filter.
    const { user, location } = await renderApp({ route: '/project/images?type=snapshots&name=bulk-image&sort=name:asc', cloud });
    await screen.findByText('Displaying 20 items', undefined, { timeout: 5000 });
    const first = rowNames();
    expect(first[0]).toBe('bulk-image-0001');
    await user.click(screen.getByRole('button', { name: /Next/ }));
    await waitFor(() => expect(rowNames()[0]).toBe('bulk-image-0021'));
    expect(location()).toContain('marker=');
    const second = rowNames();
    await user.click(screen.getByRole('button', { name: /Next/ }));
    await waitFor(() => expect(rowNames()[0]).toBe('bulk-image-0041'));
    const third = rowNames();
    expect(third).toHaveLength(5);
    expect(screen.getByRole('button', { name: /Next/ })).toBeDisabled();
    const all = [...first, ...second, ...third];
    expect(all).toEqual(Array.from({ length: 45 }, (_, index) => `bulk-image-${String(index + 1).padStart(4, '0')}`));
    await user.click(screen.getByRole('button', { name: /Prev/ }));
    await waitFor(() => expect(rowNames()).toEqual(second));
    await user.selectOptions(screen.getByLabelText('Items per page'), '50');
    await waitFor(() => expect(rowNames()).toEqual(all));
    expect(location()).toContain('limit=50');
    expect(location()).not.toContain('marker=');
    expect(screen.getByRole('button', { name: /Next/ })).toBeDisabled();
  });

  it('shows a snapshot’s details: instance (or deleted), base image by name, BDM volume snapshots', async () => {
    const { user } = await renderApp({ route: '/project/images?type=snapshots' });
    await waitForRow('db-1-snap-old');
    await user.click(screen.getByRole('button', { name: 'Details of db-1-snap-old' }));
    expect(await screen.findByText('(instance deleted)')).toBeInTheDocument();
    expect(await screen.findByRole('link', { name: 'ubuntu-24.04' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Details of web-1-snap-nightly' }));
    expect(await screen.findByRole('link', { name: 'web-1' })).toHaveAttribute('href', `/project/instances/${seedIds.servers.web1}`);
    await user.click(screen.getByRole('button', { name: 'Details of vol-app-1-snap' }));
    expect(await screen.findByRole('link', { name: 'snapshot for vol-app-1-snap' })).toBeInTheDocument();
  });

  it('polls while a snapshot is saving and stops once it settles', async () => {
    const { cloud } = await renderApp({ route: '/project/images?type=snapshots' });
    const row = await waitForRow('web-1-snap-inflight');
    expect(within(row).getByText('Saving')).toBeInTheDocument();
    expect(screen.getByText(/Refreshing every few seconds/)).toBeInTheDocument();
    cloud.advance(10 * 60_000);
    await waitFor(() => expect(within(rowOf('web-1-snap-inflight')).getByText('Active')).toBeInTheDocument(), { timeout: 6000 });
    expect(screen.queryByText(/Refreshing every few seconds/)).not.toBeInTheDocument();
  });

  it('reports a saving snapshot that disappears without being deleted here', async () => {
    const { cloud } = await renderApp({ route: '/project/images?type=snapshots' });
    await waitForRow('web-1-snap-inflight');
    delete cloud.db.image.images[seedIds.images.web1SnapInflight];
    const alert = await screen.findByRole('alert', {}, { timeout: 6000 });
    expect(alert).toHaveTextContent('A snapshot disappeared while it was being saved');
    expect(alert).toHaveTextContent('web-1-snap-inflight (last seen: Saving)');
  });
});

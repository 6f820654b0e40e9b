import { hashKey } from '@tanstack/react-query';
import { screen, waitFor, within } from '@testing-library/react';
import { createMockCloud } from '@/mock-cloud';
import { newestImagesPage, type ImageCatalogPage } from '@/openstack/glance/image-catalog';
import { renderApp } from '../../../../tests/app-harness';
import { findDialog } from '../../../../tests/find-dialog';
import { requestsMatching, serverActionRequest, waitForRow } from './test/page';

function settledCloud() {
  const cloud = createMockCloud();
  cloud.advance(60_000);
  return cloud;
}

type Cloud = ReturnType<typeof createMockCloud>;

/** The Images panel's opening page (everything, newest first, 20 rows + 1 to know of a next page). */
const openingPageRequest = /^GET .*\/v2\/images\?limit=21&sort_key=created_at&sort_dir=desc$/;

/** Every read of Nova, Glance and Cinder goes unanswered until the returned function is called. */
function holdReads(cloud: Cloud): () => void {
  const releases = (['compute', 'image', 'volume'] as const).map((service) => cloud.scenarios.hold({ service, method: 'GET', path: /./ }));
  return () => releases.forEach((release) => release());
}

async function submitSnapshot(user: Awaited<ReturnType<typeof renderApp>>['user'], server: string, name: string, beforeSubmit: () => void) {
  await user.click(within(await waitForRow(server)).getByRole('button', { name: 'Create Snapshot' }));
  const dialog = await findDialog('Create Snapshot');
  const field = within(dialog).getByLabelText('Snapshot Name');
  await user.clear(field);
  await user.type(field, name);
  await within(dialog).findByText('This cloud does not report image quota usage.');
  beforeSubmit();
  await user.click(within(dialog).getByRole('button', { name: 'Create Snapshot' }));
}

describe('Create Snapshot: done when Nova accepts it', () => {
  it('closes the dialog once the POST is answered, while the refreshes it started are still unanswered', async () => {
    const { user, cloud } = await renderApp({ cloud: settledCloud() });
    let release = () => {};
    await submitSnapshot(user, 'db-1', 'db-1-quick', () => {
      release = holdReads(cloud);
      cloud.clearRequestLog();
    });
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(await screen.findByText('Snapshot db-1-quick is being created')).toBeInTheDocument();
    expect(requestsMatching(cloud.requestLog, serverActionRequest)).toHaveLength(1);
    // The Instances list's refresh was asked for after the POST and has no answer yet.
    const log = requestsMatching(cloud.requestLog, /./);
    const post = log.findIndex((line) => serverActionRequest.test(line));
    expect(log.slice(post + 1).some((line) => /^GET .*\/servers\/detail/.test(line))).toBe(true);
    release();
    await waitForRow('db-1');
  });

  it('shows the new snapshot on Images at once from the cached list, before Glance answers the list again, and only once after', async () => {
    const { user, cloud } = await renderApp({ cloud: settledCloud(), route: '/project/images' });
    await screen.findByRole('rowheader', { name: 'web-1-snap-nightly' });
    await user.click(screen.getByRole('link', { name: 'Instances' }));
    let releaseLists = () => {};
    await submitSnapshot(user, 'db-1', 'db-1-quick', () => {
      // From the click on: Glance's image listings get no answer.
      releaseLists = cloud.scenarios.hold({ service: 'image', method: 'GET', path: /^\/v2\/images$/ });
    });
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    cloud.clearRequestLog();

    await user.click(screen.getByRole('link', { name: 'Images' }));
    const row = (await screen.findByRole('rowheader', { name: 'db-1-quick' })).closest('tr') as HTMLElement;
    expect(within(row).getByText('Queued')).toBeInTheDocument();
    expect(within(row).getByText('Snapshot')).toBeInTheDocument();
    // The list is asked again (it was marked stale), and that answer is still held back.
    expect(requestsMatching(cloud.requestLog, openingPageRequest)).toHaveLength(1);

    // Glance's answer replaces the row: the same id, so still one row, now as Glance says it is.
    cloud.advance(4000);
    releaseLists();
    await waitFor(() => expect(within(screen.getByRole('rowheader', { name: 'db-1-quick' }).closest('tr') as HTMLElement).getByText(/Saving/)).toBeInTheDocument());
    expect(screen.getAllByRole('rowheader', { name: 'db-1-quick' })).toHaveLength(1);
  });

  it('reads the Images list ahead when it was not cached, while the user is still on Instances', async () => {
    const { user, cloud, queryClient, location } = await renderApp({ cloud: settledCloud() });
    await submitSnapshot(user, 'db-1', 'db-1-quick', () => cloud.clearRequestLog());
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    await waitFor(() => expect(requestsMatching(cloud.requestLog, openingPageRequest)).toHaveLength(1));
    expect(location()).toBe('/project/instances');
    // The panel's opening page is cached, the new snapshot on it.
    const openingPage = () =>
      queryClient.getQueryCache().findAll({ predicate: (query) => hashKey([query.queryKey.at(-1)]) === hashKey([newestImagesPage]) })[0]?.state
        .data as ImageCatalogPage | undefined;
    await waitFor(() => expect(openingPage()?.images.map((image) => image.name)).toContain('db-1-quick'));

    // On Images the row is there before the list's own refresh is answered.
    const release = cloud.scenarios.hold({ service: 'image', method: 'GET', path: /^\/v2\/images$/ });
    await user.click(screen.getByRole('link', { name: 'Images' }));
    expect(await screen.findByRole('rowheader', { name: 'db-1-quick' })).toBeInTheDocument();
    release();
  });
});

import { screen, waitFor, within } from '@testing-library/react';
import { createMockCloud } from '@/mock-cloud';
import { seedIds } from '@/mock-cloud/seed/ids';
import { renderApp } from '../../../../../tests/app-harness';
import { findDialog } from '../../../../../tests/find-dialog';
import { requestsMatching, rowOf } from '../test/page';

const slow = { timeout: 8000 };
/** The first render of the Images panel in a file (cold imports) can take long on loaded CI cores. */
const firstLoad = { timeout: 20_000 };

async function openCopyDialog(user: Awaited<ReturnType<typeof renderApp>>['user']) {
  await screen.findByRole('rowheader', { name: 'vol-app-1-snap' }, firstLoad);
  await user.click(within(rowOf('vol-app-1-snap')).getByRole('button', { name: /More actions/ }));
  await user.click(await screen.findByRole('menuitem', { name: 'Copy to Image' }, slow));
  return findDialog('Copy to Image: vol-app-1-snap', slow);
}

function copiesIn(cloud: ReturnType<typeof createMockCloud>, name: string) {
  return Object.values(cloud.db.image.images).filter((image) => image.name === name);
}

describe('Copy to Image: a volume-backed snapshot becomes an image with data', () => {
  it('creates a volume from the snapshot, uploads it, deletes the volume, step by step, each request once', async () => {
    const { user, cloud, location } = await renderApp({ route: '/project/images' });
    const dialog = await openCopyDialog(user);
    expect(await within(dialog).findByText(/volume snapshot snapshot for vol-app-1-snap \(20 GiB\)/, undefined, slow)).toBeInTheDocument();
    expect(within(dialog).getByLabelText('New image name')).toHaveValue('vol-app-1-snap-copy');
    await user.click(within(dialog).getByLabelText(/^Raw/));
    await user.click(within(dialog).getByRole('button', { name: 'Copy' }));

    // The form gives way to the steps once Cinder has accepted the volume.
    const steps = await screen.findByRole('list', { name: 'Progress of the copy' }, slow);
    const progress = await findDialog('Copy to Image: vol-app-1-snap');
    expect(within(steps).getAllByRole('listitem').map((step) => step.firstChild?.textContent)).toEqual([
      'Create a temporary volume from the snapshot',
      'Upload the volume to the image',
      'Image is active',
      'Delete the temporary volume',
    ]);

    // The virtual clock runs on past each step: volume available, image active, volume deleted.
    cloud.advance(3000);
    await waitFor(() => expect(requestsMatching(cloud.requestLog, /^POST .*\/volumes\/[^/]+\/action$/)).toHaveLength(1), slow);
    cloud.advance(5000);
    await waitFor(() => expect(requestsMatching(cloud.requestLog, /^DELETE .*\/volumes\/[^/]+$/)).toHaveLength(1), slow);
    cloud.advance(3000);
    expect(await within(progress).findByText('Image vol-app-1-snap-copy is ready.', undefined, slow)).toBeInTheDocument();
    for (const step of within(steps).getAllByRole('listitem')) expect(step).toHaveTextContent('Done');

    const [image] = copiesIn(cloud, 'vol-app-1-snap-copy');
    expect(image).toMatchObject({ status: 'active', disk_format: 'raw', container_format: 'bare' });
    expect(image?.size).toBeGreaterThan(0);
    expect(Object.values(cloud.db.volume.volumes).filter((volume) => volume.name?.startsWith('vol-app-1-snap-copy-temp-'))).toEqual([]);
    expect(requestsMatching(cloud.requestLog, /^POST .*\/volumes$/)).toHaveLength(1);
    expect(requestsMatching(cloud.requestLog, /^POST .*\/volumes\/[^/]+\/action$/)).toHaveLength(1);
    expect(requestsMatching(cloud.requestLog, /^DELETE .*\/volumes\/[^/]+$/)).toHaveLength(1);

    await user.click(within(progress).getByRole('link', { name: 'Open image' }));
    await waitFor(() => expect(location()).toBe(`/project/images/${image?.id}`));
  }, 30_000);

  it('goes on after a reload mid-way without sending any step twice, and says when it ends', async () => {
    const cloud = createMockCloud();
    const first = await renderApp({ route: '/project/images', cloud });
    const dialog = await openCopyDialog(first.user);
    await first.user.click(within(dialog).getByRole('button', { name: 'Copy' }));
    cloud.advance(3000);
    await waitFor(() => expect(copiesIn(cloud, 'vol-app-1-snap-copy')).toHaveLength(1), slow);
    // The tab goes away with the upload running; the plan stays in localStorage.
    first.unmount();
    first.server.close();

    const second = await renderApp({ route: '/project/images', cloud });
    await screen.findByRole('rowheader', { name: 'vol-app-1-snap' }, firstLoad);
    cloud.advance(5000);
    await waitFor(() => expect(requestsMatching(cloud.requestLog, /^DELETE .*\/volumes\/[^/]+$/)).toHaveLength(1), slow);
    cloud.advance(3000);
    const toast = await screen.findByText('vol-app-1-snap was copied to image vol-app-1-snap-copy.', undefined, slow);
    expect(toast).toBeInTheDocument();
    expect(copiesIn(cloud, 'vol-app-1-snap-copy')).toHaveLength(1);
    expect(requestsMatching(cloud.requestLog, /^POST .*\/volumes$/)).toHaveLength(1);
    expect(requestsMatching(cloud.requestLog, /^POST .*\/volumes\/[^/]+\/action$/)).toHaveLength(1);
    expect(second.location()).toBe('/project/images');
  }, 30_000);

  it('a refusal keeps what was typed and gives Cinder’s words; nothing is left running', async () => {
    const { user, cloud } = await renderApp({ route: '/project/images' });
    const dialog = await openCopyDialog(user);
    const name = within(dialog).getByLabelText('New image name');
    await user.clear(name);
    await user.type(name, 'app-backup');
    cloud.scenarios.failNext({ service: 'volume', method: 'POST', path: /\/volumes$/, status: 400, body: 'Invalid volume: the backend is full.' });
    await user.click(within(dialog).getByRole('button', { name: 'Copy' }));
    expect(await within(dialog).findByRole('alert', undefined, slow)).toHaveTextContent('Invalid volume: the backend is full.');
    expect(name).toHaveValue('app-backup');
    expect(Object.keys(localStorage).filter((key) => key.includes('copy-to-image'))).toEqual([]);
  });

  it('checks the quota first and says what is missing, sending nothing', async () => {
    const cloud = createMockCloud();
    cloud.scenarios.setQuota('volume', 'gigabytes', 25);
    const { user } = await renderApp({ route: '/project/images', cloud });
    const dialog = await openCopyDialog(user);
    expect(await within(dialog).findByText(/Cinder gigabytes: limit 25 GiB, in use \d+ GiB; the temporary volume needs 20 GiB more\./, undefined, slow)).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Copy' }));
    expect(requestsMatching(cloud.requestLog, /^POST .*\/volumes/)).toEqual([]);
  });

  it('is offered only on volume-backed snapshots, with the reason elsewhere', async () => {
    const { user } = await renderApp({ route: '/project/images' });
    await screen.findByRole('rowheader', { name: 'web-1-snap-nightly' }, firstLoad);
    await user.click(within(rowOf('web-1-snap-nightly')).getByRole('button', { name: /More actions/ }));
    const item = await screen.findByRole('menuitem', { name: 'Copy to Image' }, slow);
    expect(item).toHaveAttribute('aria-disabled', 'true');
    expect(item).toHaveAccessibleDescription('Its data is in Glance already: only a snapshot of a volume-backed instance needs copying.');
  });

  it('the detail page of a volume-backed snapshot offers it, an image-backed one does not', async () => {
    const volumeBacked = await renderApp({ route: `/project/images/${seedIds.images.volApp1Snap}` });
    await screen.findByRole('heading', { level: 1, name: 'vol-app-1-snap' }, firstLoad);
    await volumeBacked.user.click(screen.getByRole('button', { name: 'Copy to Image' }));
    expect(await findDialog('Copy to Image: vol-app-1-snap', slow)).toBeInTheDocument();
    volumeBacked.unmount();
    volumeBacked.server.close();

    await renderApp({ route: `/project/images/${seedIds.images.web1SnapNightly}` });
    await screen.findByRole('heading', { level: 1, name: 'web-1-snap-nightly' }, slow);
    expect(screen.queryByRole('button', { name: 'Copy to Image' })).not.toBeInTheDocument();
  });
});

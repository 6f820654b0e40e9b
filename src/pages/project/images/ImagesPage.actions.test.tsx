import { screen, waitFor, within } from '@testing-library/react';
import { seedIds } from '@/mock-cloud/seed/ids';
import { renderApp } from '../../../../tests/app-harness';
import { rowOf, waitForRow } from './test/page';
import { findDialog } from '../../../../tests/find-dialog';

describe('Images panel: row actions', () => {
  it('Launch opens the wizard with Instance Snapshot preset for a snapshot, Image for an image', async () => {
    const { user, location } = await renderApp({ route: '/project/images' });
    await waitForRow('web-1-snap-nightly');
    await user.click(within(rowOf('web-1-snap-nightly')).getByRole('button', { name: 'Launch' }));
    await waitFor(() => expect(location()).toBe(`/project/launch?source=instance_snapshot&id=${seedIds.images.web1SnapNightly}`));
  });

  it('Launch is refused for an image that is not active, with the reason', async () => {
    await renderApp({ route: '/project/images' });
    const launch = within(await waitForRow('broken-upload')).getByRole('button', { name: 'Launch' });
    expect(launch).toHaveAttribute('aria-disabled', 'true');
    expect(launch).toHaveAccessibleDescription('Only an active image can launch an instance.');
  });

  it('Launch from an image presets the Image source', async () => {
    const { user, location } = await renderApp({ route: '/project/images' });
    await user.click(within(await waitForRow('cirros-0.6.2')).getByRole('button', { name: 'Launch' }));
    await waitFor(() => expect(location()).toBe(`/project/launch?source=image&id=${seedIds.images.cirros}`));
  });

  it('Edit validates, keeps the input on failure, and PATCHes name and Protected with json-patch', async () => {
    const { user, cloud } = await renderApp({ route: '/project/images' });
    await waitForRow('web-1-snap-nightly');
    await user.click(within(rowOf('web-1-snap-nightly')).getByRole('button', { name: /More actions/ }));
    await user.click(await screen.findByRole('menuitem', { name: 'Edit Image' }));
    const dialog = await findDialog('Edit Image: web-1-snap-nightly');
    const name = within(dialog).getByLabelText('Image Name');
    await user.clear(name);
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    expect(within(dialog).getByText('Enter a name.')).toBeInTheDocument();
    expect(cloud.requestLog.filter((entry) => entry.method === 'PATCH')).toEqual([]);

    await user.type(name, 'web-1-keep');
    await user.click(within(dialog).getByLabelText('Protected'));
    cloud.scenarios.failNext({ service: 'image', method: 'PATCH', path: /\/v2\/images\//, status: 500, body: 'Glance is having a bad day.' });
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent('Glance is having a bad day.');
    expect(name).toHaveValue('web-1-keep');
    expect(within(dialog).getByLabelText('Protected')).toBeChecked();

    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    const row = await waitForRow('web-1-keep');
    expect(within(row).getByText('Yes')).toBeInTheDocument();
    const saved = cloud.db.image.images[seedIds.images.web1SnapNightly];
    expect(saved?.protected).toBe(true);
  });

  it('the detail page shows one snapshot with its Launch preset and its source instance', async () => {
    const { user, location } = await renderApp({ route: `/project/images/${seedIds.images.web1SnapNightly}` });
    expect(await screen.findByRole('heading', { level: 1, name: 'web-1-snap-nightly' })).toBeInTheDocument();
    expect(await screen.findByRole('link', { name: 'web-1' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'cirros-0.6.2' })).toBeInTheDocument();
    await user.click(screen.getByRole('link', { name: 'Launch' }));
    await waitFor(() => expect(location()).toBe(`/project/launch?source=instance_snapshot&id=${seedIds.images.web1SnapNightly}`));
  });

  it('the detail page says so when the image is gone', async () => {
    await renderApp({ route: '/project/images/no-such-image' });
    expect(await screen.findByRole('alert')).toHaveTextContent('Could not load the image.');
  });
});

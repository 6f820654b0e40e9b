import { screen, waitFor, within } from '@testing-library/react';
import { createMockCloud, type MockCloud } from '@/mock-cloud';
import { seedIds } from '@/mock-cloud/seed/ids';
import { renderApp } from '../../../../tests/app-harness';
import { expectNoAxeViolations } from '../../../../tests/axe';
import { findDialog } from '../../../../tests/find-dialog';
import { requestsMatching, waitForRow } from './test/page';

const alt = seedIds.projects.demoAlt;

/** `alt-web-1-snap` (owned by demo-alt) shared with the demo project, which has not answered yet. */
function cloudWithInvitation(): MockCloud {
  const cloud = createMockCloud();
  const image = cloud.db.image.images[seedIds.images.altWeb1Snap];
  if (!image) throw new Error('seed changed: no alt-web-1-snap');
  image.visibility = 'shared';
  image.members.push({ member_id: seedIds.projects.demo, status: 'pending', created_at: '2026-02-20T10:00:00Z', updated_at: '2026-02-20T10:00:00Z' });
  return cloud;
}

describe('Images panel: sharing an image with another project', () => {
  it('makes a private image shared (detail page), then checks the project id before anything is sent', async () => {
    const { user, cloud } = await renderApp({ route: `/project/images/${seedIds.images.web1SnapNightly}` });
    await user.click(await screen.findByRole('button', { name: 'Share Image' }));
    const dialog = await findDialog('Share Image: web-1-snap-nightly');
    expect(within(dialog).getByText('Only a shared image can have members. This image is private now.')).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Make it shared' }));
    const field = await within(dialog).findByLabelText('Project ID to share with');
    await waitFor(() => expect(cloud.db.image.images[seedIds.images.web1SnapNightly]?.visibility).toBe('shared'));
    expect(await within(dialog).findByText('Not shared with any project yet.')).toBeInTheDocument();
    await expectNoAxeViolations(dialog);

    await user.type(field, 'demo-alt');
    await user.click(within(dialog).getByRole('button', { name: 'Add project' }));
    expect(within(dialog).getByText('Enter a project ID: 32 hexadecimal characters, or a UUID.')).toBeInTheDocument();
    await user.clear(field);
    await user.type(field, seedIds.projects.demo);
    await user.click(within(dialog).getByRole('button', { name: 'Add project' }));
    expect(within(dialog).getByText('This is your own project: it owns the image already.')).toBeInTheDocument();
    expect(requestsMatching(cloud.requestLog, /POST .*\/members/)).toEqual([]);
  });

  it('invites a project (pending until it answers) and removes it', async () => {
    const cloud = createMockCloud();
    const image = cloud.db.image.images[seedIds.images.web1SnapNightly];
    if (!image) throw new Error('seed changed');
    image.visibility = 'shared';
    const { user } = await renderApp({ route: `/project/images/${seedIds.images.web1SnapNightly}`, cloud });
    await user.click(await screen.findByRole('button', { name: 'Share Image' }));
    const dialog = await findDialog('Share Image: web-1-snap-nightly');
    const field = await within(dialog).findByLabelText('Project ID to share with');
    await within(dialog).findByText('Not shared with any project yet.');
    await user.type(field, alt);
    await user.click(within(dialog).getByRole('button', { name: 'Add project' }));
    const members = await within(dialog).findByRole('table', { name: 'Projects this image is shared with' });
    const row = await within(members).findByRole('row', { name: new RegExp(alt) });
    expect(within(row).getByText('Pending')).toBeInTheDocument();
    expect(field).toHaveValue('');
    expect(cloud.db.image.images[seedIds.images.web1SnapNightly]?.members.map((m) => [m.member_id, m.status])).toEqual([[alt, 'pending']]);

    await user.click(within(dialog).getByRole('button', { name: `Remove project ${alt}` }));
    expect(await within(dialog).findByText('Not shared with any project yet.')).toBeInTheDocument();
    expect(cloud.db.image.images[seedIds.images.web1SnapNightly]?.members).toEqual([]);
  });

  it('shows each member’s answer, and says Glance’s words when an invitation fails', async () => {
    const cloud = createMockCloud();
    const image = cloud.db.image.images[seedIds.images.web1SnapGolden];
    if (!image) throw new Error('seed changed');
    image.visibility = 'shared';
    image.members.push(
      { member_id: alt, status: 'accepted', created_at: '2026-02-20T10:00:00Z', updated_at: '2026-02-20T10:00:00Z' },
      { member_id: seedIds.projects.admin, status: 'rejected', created_at: '2026-02-21T10:00:00Z', updated_at: '2026-02-21T10:00:00Z' },
    );
    const { user } = await renderApp({ route: `/project/images/${seedIds.images.web1SnapGolden}`, cloud });
    await user.click(await screen.findByRole('button', { name: 'Share Image' }));
    const dialog = await findDialog('Share Image: web-1-snap-golden');
    const members = await within(dialog).findByRole('table', { name: 'Projects this image is shared with' });
    expect(within(within(members).getByRole('row', { name: new RegExp(alt) })).getByText('Accepted')).toBeInTheDocument();
    expect(within(within(members).getByRole('row', { name: new RegExp(seedIds.projects.admin) })).getByText('Rejected')).toBeInTheDocument();

    await user.type(within(dialog).getByLabelText('Project ID to share with'), alt);
    await user.click(within(dialog).getByRole('button', { name: 'Add project' }));
    expect(within(dialog).getByText('This project is on the list already.')).toBeInTheDocument();

    cloud.scenarios.failNext({ service: 'image', method: 'POST', path: /\/members$/, status: 413, body: 'The limit has been exceeded on the number of allowed image members for this image.' });
    const field = within(dialog).getByLabelText('Project ID to share with');
    await user.clear(field);
    await user.type(field, 'f'.repeat(32));
    await user.click(within(dialog).getByRole('button', { name: 'Add project' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent('The limit has been exceeded on the number of allowed image members');
    expect(field).toHaveValue('f'.repeat(32));
  });

  it('Share is refused on another project’s image, with the reason', async () => {
    const { user } = await renderApp({ route: '/project/images' });
    await user.click(within(await waitForRow('cirros-0.6.2')).getByRole('button', { name: /More actions/ }));
    const share = await screen.findByRole('menuitem', { name: 'Share Image' });
    expect(share).toHaveAttribute('aria-disabled', 'true');
    expect(share).toHaveAccessibleDescription('Owned by another project: only its owner can share it.');
  });
});

describe('Images panel: images shared with this project', () => {
  it('lists the pending invitation in a banner, outside the list, and is axe clean', async () => {
    await renderApp({ route: '/project/images', cloud: cloudWithInvitation() });
    const banner = await screen.findByRole('region', { name: '1 image was shared with this project' });
    expect(within(banner).getByText('alt-web-1-snap')).toBeInTheDocument();
    expect(within(banner).getByText(`from project ${alt}`)).toBeInTheDocument();
    await waitForRow('web-1-snap-nightly');
    expect(screen.queryByRole('rowheader', { name: 'alt-web-1-snap' })).not.toBeInTheDocument();
    await expectNoAxeViolations();
  });

  it('Accept puts the image under Shared with me, which leaves out the project’s own shared images', async () => {
    const cloud = cloudWithInvitation();
    const own = cloud.db.image.images[seedIds.images.web1SnapNightly];
    if (!own) throw new Error('seed changed');
    own.visibility = 'shared';
    const { user } = await renderApp({ route: '/project/images?visibility=shared-with-me', cloud });
    const banner = await screen.findByRole('region', { name: '1 image was shared with this project' });
    expect(await screen.findByText('No images match the filters')).toBeInTheDocument();
    await user.click(within(banner).getByRole('button', { name: 'Accept alt-web-1-snap' }));
    await waitFor(() => expect(screen.queryByRole('region', { name: /shared with this project/ })).not.toBeInTheDocument());
    expect(cloud.db.image.images[seedIds.images.altWeb1Snap]?.members[0]?.status).toBe('accepted');
    expect(await screen.findByText(/Accepted “alt-web-1-snap”/)).toBeInTheDocument();
    await waitForRow('alt-web-1-snap');
    expect(screen.queryByRole('rowheader', { name: 'web-1-snap-nightly' })).not.toBeInTheDocument();
  });

  it('Reject hides the invitation and the image stays out of the list', async () => {
    const { user, cloud } = await renderApp({ route: '/project/images?visibility=shared-with-me', cloud: cloudWithInvitation() });
    const banner = await screen.findByRole('region', { name: '1 image was shared with this project' });
    await user.click(within(banner).getByRole('button', { name: 'Reject alt-web-1-snap' }));
    await waitFor(() => expect(screen.queryByRole('region', { name: /shared with this project/ })).not.toBeInTheDocument());
    expect(cloud.db.image.images[seedIds.images.altWeb1Snap]?.members[0]?.status).toBe('rejected');
    expect(await screen.findByText('No images match the filters')).toBeInTheDocument();
  });
});

import { screen, waitFor, within } from '@testing-library/react';
import { seedIds } from '@/mock-cloud/seed/ids';
import { renderApp } from '../../../../tests/app-harness';
import { expectNoAxeViolations } from '../../../../tests/axe';
import { findDialog } from '../../../../tests/find-dialog';

function field(term: string): HTMLElement {
  const dt = screen.getAllByRole('term').find((element) => element.textContent === term);
  const dd = dt?.nextElementSibling;
  if (!(dd instanceof HTMLElement)) throw new Error(`no field ${term}`);
  return dd;
}

describe('Image detail page: every field Glance returns', () => {
  it('shows visibility, protected, owner by name, sizes, hashes and every custom property, and copies the ID', async () => {
    const { user } = await renderApp({ route: `/project/images/${seedIds.images.web1SnapGolden}` });
    expect(await screen.findByRole('heading', { level: 1, name: 'web-1-snap-golden' })).toBeInTheDocument();

    expect(field('Visibility')).toHaveTextContent('Private');
    expect(field('Protected')).toHaveTextContent('Yes: it cannot be deleted until Protected is turned off with Edit Image.');
    expect(field('Owner')).toHaveTextContent('demo');
    expect(field('Minimum disk / RAM')).toHaveTextContent(/20 GB/);
    expect(field('Disk / container format')).toHaveTextContent('qcow2 / bare');
    expect(field('Hash (os_hash_algo: os_hash_value)')).toHaveTextContent(/^sha512: [0-9a-f]+$/);

    const properties = screen.getByRole('region', { name: 'Custom properties' });
    const names = within(properties).getAllByRole('term').map((term) => term.textContent);
    expect(names).toEqual(expect.arrayContaining(['os_distro', 'hw_rng_model', 'image_type', 'instance_uuid']));
    expect(field('os_distro')).toHaveTextContent('cirros');
    expect(field('instance_uuid')).toHaveTextContent(seedIds.servers.web1);

    await user.click(within(field('ID')).getByRole('button', { name: 'Copy ID' }));
    await waitFor(() => expect(within(field('ID')).getByRole('status')).toHaveTextContent('Copied'));
    expect(await navigator.clipboard.readText()).toBe(seedIds.images.web1SnapGolden);
    await expectNoAxeViolations();
  });

  it('says plainly that a protected snapshot is protected, and Delete gives the reason instead of deleting', async () => {
    const { user, cloud } = await renderApp({ route: `/project/images/${seedIds.images.web1SnapGolden}` });
    expect(await screen.findByRole('heading', { level: 1, name: 'web-1-snap-golden' })).toBeInTheDocument();
    expect(screen.getAllByText('Protected', { selector: '.status-badge *, .status-badge' }).length).toBeGreaterThan(0);
    const remove = screen.getByRole('button', { name: 'Delete Image' });
    expect(remove).toHaveAttribute('aria-disabled', 'true');
    expect(remove).toHaveAccessibleDescription('Protected: turn off “Protected” with Edit Image before deleting it.');
    await user.click(remove);
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(cloud.db.image.images[seedIds.images.web1SnapGolden]).toBeDefined();
  });

  it('shows a public image’s owner as the whole project id, with its own copy button', async () => {
    const { user } = await renderApp({ route: `/project/images/${seedIds.images.cirros}` });
    expect(await screen.findByRole('heading', { level: 1, name: 'cirros-0.6.2' })).toBeInTheDocument();
    expect(field('Visibility')).toHaveTextContent('Public');
    expect(field('Protected')).toHaveTextContent('No');
    expect(within(field('Owner')).getByText(seedIds.projects.admin)).toBeInTheDocument();
    await user.click(within(field('Owner')).getByRole('button', { name: 'Copy owner ID' }));
    expect(await navigator.clipboard.readText()).toBe(seedIds.projects.admin);
    expect(screen.getByRole('button', { name: 'Delete Image' })).toHaveAccessibleDescription('Owned by another project: only its owner can delete it.');
  });

  it('deletes an unprotected snapshot after confirming and goes back to Images', async () => {
    const { user, cloud, location } = await renderApp({ route: `/project/images/${seedIds.images.web1SnapNightly}` });
    expect(await screen.findByRole('heading', { level: 1, name: 'web-1-snap-nightly' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Edit Image' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Delete Image' }));
    const dialog = await findDialog('Confirm Delete Image');
    await user.click(within(dialog).getByRole('button', { name: 'Delete Image' }));
    await waitFor(() => expect(location()).toBe('/project/images'));
    expect(cloud.db.image.images[seedIds.images.web1SnapNightly]).toBeUndefined();
  });
});

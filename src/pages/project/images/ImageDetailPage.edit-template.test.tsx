import { screen, waitFor, within } from '@testing-library/react';
import { seedIds } from '@/mock-cloud/seed/ids';
import { renderApp } from '../../../../tests/app-harness';
import { findDialog } from '../../../../tests/find-dialog';
import { requestsMatching } from './test/page';

describe('Edit Image: what a template needs', () => {
  it('validates the minimums, explains the guest agent, and sends only the changed fields', async () => {
    const { user, cloud } = await renderApp({ route: `/project/images/${seedIds.images.web1SnapGolden}` });
    await user.click(await screen.findByRole('button', { name: 'Edit Image' }));
    const dialog = await findDialog('Edit Image: web-1-snap-golden');
    const guestAgent = within(dialog).getByLabelText('QEMU guest agent');
    expect(guestAgent).toHaveAccessibleDescription(/freeze the file systems while a snapshot is taken/);

    const minDisk = within(dialog).getByLabelText('Minimum Disk (GiB)');
    await user.clear(minDisk);
    await user.type(minDisk, 'ten');
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    expect(within(dialog).getByText('Enter a whole number, 0 or more.')).toBeInTheDocument();
    expect(requestsMatching(cloud.requestLog, /PATCH /)).toEqual([]);

    await user.clear(minDisk);
    await user.type(minDisk, '40');
    await user.type(within(dialog).getByLabelText('Description'), 'Web tier, nginx ready');
    expect(within(dialog).getByLabelText('OS Distro')).toHaveValue('cirros');
    const osVersion = within(dialog).getByLabelText('OS Version');
    expect(osVersion).toHaveValue('0.6.2');
    await user.clear(osVersion);
    await user.type(osVersion, '0.6.3');
    await user.selectOptions(guestAgent, 'Yes: the image runs the agent');
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());

    const saved = cloud.db.image.images[seedIds.images.web1SnapGolden];
    expect(saved?.min_disk).toBe(40);
    expect(saved?.properties['description']).toBe('Web tier, nginx ready');
    expect(saved?.properties['os_version']).toBe('0.6.3');
    expect(saved?.properties['os_distro']).toBe('cirros');
    expect(saved?.properties['hw_qemu_guest_agent']).toBe('yes');
    expect(requestsMatching(cloud.requestLog, /PATCH /)).toHaveLength(1);
  });
});

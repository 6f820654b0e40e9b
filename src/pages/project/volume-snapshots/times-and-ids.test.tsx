import { screen, within, waitFor } from '@testing-library/react';
import { seedIds } from '@/mock-cloud/seed/ids';
import { paths } from '@/paths';
import { renderApp } from '../../../../tests/app-harness';
import { openList, rowOf } from './test/page';

describe('Volume Snapshots: times and IDs', () => {
  it('shows the age in the list, with the exact time on hover, as the other panels do', async () => {
    await openList();
    const created = within(rowOf('data-snap-2')).getByText(/ago$/);
    expect(created.tagName).toBe('TIME');
    expect(created).toHaveAttribute('dateTime', expect.stringMatching(/Z$/));
    expect(created).toHaveAttribute('title', expect.stringMatching(/\d{4}/));
  });

  it('gives the snapshot ID a copy button on its page, where times are exact', async () => {
    const { user } = await renderApp({ route: paths.volumeSnapshotDetail(seedIds.volumeSnapshots.dataSnap2) });
    await screen.findByRole('heading', { level: 1, name: /data-snap-2/ });
    const id = screen.getAllByRole('definition').find((dd) => dd.textContent?.includes(seedIds.volumeSnapshots.dataSnap2));
    if (!id) throw new Error('no ID field');
    await user.click(within(id).getByRole('button', { name: 'Copy ID' }));
    await waitFor(() => expect(within(id).getByRole('status')).toHaveTextContent('Copied'));
    expect(await navigator.clipboard.readText()).toBe(seedIds.volumeSnapshots.dataSnap2);
    expect(screen.getAllByRole('time').every((time) => !(time.textContent ?? '').endsWith('ago'))).toBe(true);
  });
});

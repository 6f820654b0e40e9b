import { screen, within } from '@testing-library/react';
import { createMockCloud } from '@/mock-cloud';
import { findDialog } from '../../../tests/find-dialog';
import { renderApp } from '../../../tests/app-harness';

describe('a snapshot watched while its instance is on the Instances page', () => {
  it('reads the instance from the list that page polls, the image only now and then, and tells the end once Nova is done', async () => {
    // 13× the demo's lifecycle: Nova works on the instance for ~2 min of cloud time.
    const cloud = createMockCloud({ timeScale: 13 });
    cloud.advance(200_000);
    const { user } = await renderApp({ cloud });
    const row = (await screen.findByRole('rowheader', { name: 'web-1' }, { timeout: 15_000 })).closest('tr') as HTMLElement;
    const serverId = within(row).getByRole('link', { name: 'web-1' }).getAttribute('href')?.split('/').pop() ?? '';
    await user.click(within(row).getByRole('button', { name: 'Create Snapshot' }));
    const dialog = await findDialog('Create Snapshot');
    await user.clear(within(dialog).getByLabelText('Snapshot Name'));
    await user.type(within(dialog).getByLabelText('Snapshot Name'), 'web-1-watched');
    await user.click(within(dialog).getByRole('button', { name: 'Create Snapshot' }));
    await screen.findByText('Snapshot web-1-watched is being created');
    const image = Object.values(cloud.db.image.images).find((candidate) => candidate.name === 'web-1-watched');
    if (!image) throw new Error('no snapshot made');

    cloud.advance(14_000);
    const from = cloud.requestLog.length;
    await new Promise((resolve) => setTimeout(resolve, 6500));
    const during = cloud.requestLog.slice(from).filter((entry) => entry.method === 'GET');
    expect(during.filter((entry) => entry.url.endsWith(`/servers/${serverId}`))).toHaveLength(0);
    expect(during.filter((entry) => entry.url.includes('/servers/detail')).length).toBeGreaterThanOrEqual(3);
    expect(during.filter((entry) => entry.url.endsWith(`/images/${image.id}`)).length).toBeLessThanOrEqual(2);

    cloud.advance(140_000);
    await screen.findByText(/^web-1-watched is active after/, {}, { timeout: 4000 });
  }, 60_000);
});

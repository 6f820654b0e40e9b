import { screen, waitFor } from '@testing-library/react';
import { vi } from 'vitest';
import { canFilterNameContains } from '@/openstack/cinder/snapshots';
import '@/i18n/panels/volume-snapshots';
import { renderWithProviders } from '../../../../tests/render';
import { SnapshotsFilters } from './SnapshotsFilters';
import { openList } from './test/page';

describe('Volume Snapshots: the name filter', () => {
  it('matches part of the name, whatever the case, through Cinder’s name~ filter', async () => {
    const { user, cloud, location } = await openList();
    cloud.clearRequestLog();
    const field = screen.getByRole('searchbox', { name: 'Name contains' });
    expect(field).not.toHaveAccessibleDescription();
    await user.type(field, 'SNAP-E');
    await waitFor(() => expect(screen.queryByRole('rowheader', { name: /data-snap-2/ })).not.toBeInTheDocument(), { timeout: 5000 });
    expect(screen.getByRole('rowheader', { name: /data-snap-err/ })).toBeInTheDocument();
    expect(location()).toContain('name=SNAP-E');
    expect(cloud.requestLog.some((entry) => entry.url.includes('/snapshots/detail?') && entry.url.includes('name%7E=SNAP-E'))).toBe(true);
  });

  it('says honestly that it matches the whole name only where Cinder is older than 3.34', async () => {
    expect(canFilterNameContains({ microversion: () => '3.33' })).toBe(false);
    expect(canFilterNameContains({ microversion: () => '3.34' })).toBe(true);
    renderWithProviders(
      <SnapshotsFilters
        filters={{ name: '', status: '', volume: '', sort: null, limit: 20 }}
        volumeName={null}
        nameContains={false}
        onChange={vi.fn()}
      />,
    );
    expect(await screen.findByRole('searchbox', { name: 'Name (exact)' })).toHaveAccessibleDescription(
      'This cloud’s Cinder is older than 3.34 and matches the whole name only.',
    );
  });
});

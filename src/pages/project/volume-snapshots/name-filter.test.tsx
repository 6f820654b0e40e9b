import { screen, waitFor } from '@testing-library/react';
import { acceptsNameContains } from '@/openstack/cinder/snapshots';
import { openList } from './test/page';

describe('Volume Snapshots: the name filter', () => {
  it('matches part of the name, any case; where Cinder cannot (its default), the browser does and the field says so', async () => {
    const { user, cloud, location } = await openList();
    cloud.clearRequestLog();
    const field = screen.getByRole('searchbox', { name: 'Name contains' });
    await user.type(field, 'SNAP-E');
    await waitFor(() => expect(screen.queryByRole('rowheader', { name: /data-snap-2/ })).not.toBeInTheDocument(), { timeout: 10_000 });
    expect(screen.getByRole('rowheader', { name: /data-snap-err/ })).toBeInTheDocument();
    expect(location()).toContain('name=SNAP-E');
    expect(field).toHaveAccessibleDescription(
      'This Cinder does not match part of a name: every snapshot is read and filtered in your browser, on one page.',
    );
    const urls = cloud.requestLog.map((entry) => entry.url);
    expect(urls.some((url) => url.includes('/resource_filters?resource=snapshot'))).toBe(true);
    expect(urls.some((url) => url.includes('name%7E') || url.includes('name~'))).toBe(false);
  });

  it('asks Cinder for name~ only where its resource filters list it, from 3.34', () => {
    const api = (version: string) => ({ microversion: () => version });
    expect(acceptsNameContains(api('3.70'), ['name', 'status'])).toBe(false);
    expect(acceptsNameContains(api('3.70'), ['name', 'name~', 'status'])).toBe(true);
    expect(acceptsNameContains(api('3.33'), ['name', 'name~'])).toBe(false);
  });
});

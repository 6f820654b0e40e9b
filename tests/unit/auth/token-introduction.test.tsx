import { screen, waitFor, within } from '@testing-library/react';
import { createMockCloud, type MockCloud } from '@/mock-cloud';
import { renderApp } from '../../app-harness';

/** The one small read per service that shows a new token to it (src/openstack/token-introduction.ts). */
const introductions = ['/v2.1/flavors?limit=1', '/v2/images?limit=1', '/volumes?limit=1', '/v2.0/networks?limit=1&fields=id'];

function introduced(cloud: MockCloud): string[] {
  return introductions.filter((path) => cloud.requestLog.some((entry) => entry.method === 'GET' && entry.url.endsWith(path)));
}

function introductionCount(cloud: MockCloud): number {
  return cloud.requestLog.filter((entry) => introductions.some((path) => entry.url.endsWith(path))).length;
}

describe('a new token is shown to every service once', () => {
  it('while signing in, one small read per service, answered before the first panel asks for its list', async () => {
    const cloud = createMockCloud();
    const { user } = await renderApp({ signedIn: false, cloud, route: '/project/snapshots' });
    await user.click(await screen.findByRole('button', { name: 'Sign In' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Volume Snapshots' })).toBeInTheDocument();
    await waitFor(() => expect(cloud.requestLog.some((entry) => entry.url.includes('/snapshots/detail'))).toBe(true));
    expect(introduced(cloud)).toEqual(introductions);
    expect(introductionCount(cloud)).toBe(4);
    const firstList = cloud.requestLog.findIndex((entry) => entry.url.includes('/snapshots/detail'));
    const lastIntroduction = Math.max(...introductions.map((path) => cloud.requestLog.findIndex((entry) => entry.url.endsWith(path))));
    expect(lastIntroduction).toBeLessThan(firstList);
  });

  it('does not hold signing in for a service that does not answer', async () => {
    const cloud = createMockCloud();
    const { user } = await renderApp({ signedIn: false, cloud, route: '/project/instances' });
    const signIn = await screen.findByRole('button', { name: 'Sign In' });
    const release = cloud.scenarios.hold({ service: 'network', method: 'GET', path: '/v2.0/networks' });
    await user.click(signIn);
    expect(await screen.findByText('web-1', {}, { timeout: 5000 })).toBeInTheDocument();
    release();
  });

  it('not on a reload with the session kept: those services have seen that token', async () => {
    const cloud = createMockCloud();
    await renderApp({ cloud, route: '/project/instances' });
    expect(await screen.findByText('web-1')).toBeInTheDocument();
    expect(introduced(cloud)).toEqual([]);
  });

  it('again after switching project (a new token)', async () => {
    const cloud = createMockCloud();
    const { user, store } = await renderApp({ cloud, route: '/project/instances' });
    expect(await screen.findByText('web-1')).toBeInTheDocument();
    const select = screen.getByRole('combobox', { name: 'Switch project' });
    await user.hover(select);
    await waitFor(() => expect(within(select).getAllByRole('option').map((option) => option.textContent)).toContain('demo-alt'));
    await user.selectOptions(select, 'demo-alt');
    await waitFor(() => expect(store.getState().session?.project.name).toBe('demo-alt'));
    await waitFor(() => expect(introduced(cloud)).toEqual(introductions));
    expect(introductionCount(cloud)).toBe(4);
  });
});

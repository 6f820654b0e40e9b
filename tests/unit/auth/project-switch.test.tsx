import { screen, waitFor, within } from '@testing-library/react';
import { createMockCloud } from '@/mock-cloud';
import { renderApp } from '../../app-harness';

describe('project switch', () => {
  it('lists the projects the user has a role on and re-scopes the token to the chosen one', async () => {
    const cloud = createMockCloud();
    const { user, store } = await renderApp({ cloud, route: '/project/instances' });
    expect(await screen.findByText('web-1')).toBeInTheDocument();
    const select = await screen.findByRole('combobox', { name: 'Switch project' });
    await user.click(select);
    await waitFor(() => expect(within(select).getAllByRole('option').map((option) => option.textContent)).toEqual(expect.arrayContaining(['demo', 'demo-alt'])));
    const firstToken = store.getState().session?.token;

    await user.selectOptions(select, 'demo-alt');

    await waitFor(() => expect(store.getState().session?.project.name).toBe('demo-alt'));
    expect(store.getState().session?.token).not.toBe(firstToken);
    expect(await screen.findByText('alt-web-1')).toBeInTheDocument();
    expect(screen.queryByText('web-1')).not.toBeInTheDocument();
    const rescope = cloud.requestLog.filter((entry) => entry.method === 'POST' && entry.url.endsWith('/identity/v3/auth/tokens'));
    expect(rescope.length).toBeGreaterThanOrEqual(2);
  });

  it('opens a panel on a reload without asking for the project list; reaching for the switcher asks once', async () => {
    const cloud = createMockCloud();
    const { user } = await renderApp({ cloud, route: '/project/instances' });
    expect(await screen.findByText('web-1')).toBeInTheDocument();
    const select = screen.getByRole('combobox', { name: 'Switch project' });
    expect(within(select).getAllByRole('option').map((option) => option.textContent)).toEqual(['demo']);
    const asked = () => cloud.requestLog.filter((entry) => entry.url.endsWith('/identity/v3/auth/projects')).length;
    expect(cloud.requestLog.some((entry) => entry.url.includes('/servers/detail'))).toBe(true);
    expect(asked()).toBe(0);

    await user.hover(select);
    await waitFor(() => expect(within(select).getAllByRole('option').map((option) => option.textContent)).toEqual(expect.arrayContaining(['demo', 'demo-alt'])));
    await user.click(select);
    expect(asked()).toBe(1);
  });

  it('a snapshot still saving in the project left behind is not reported as disappeared in the next one', async () => {
    const cloud = createMockCloud();
    const { user, store } = await renderApp({ cloud, route: '/project/images?type=snapshots' });
    expect(await screen.findByText('web-1-snap-inflight')).toBeInTheDocument();
    const select = screen.getByRole('combobox', { name: 'Switch project' });
    await user.click(select);
    await waitFor(() => expect(within(select).getAllByRole('option').map((option) => option.textContent)).toEqual(expect.arrayContaining(['demo-alt'])));

    await user.selectOptions(select, 'demo-alt');

    await waitFor(() => expect(store.getState().session?.project.name).toBe('demo-alt'));
    expect(await screen.findByText('alt-web-1-snap')).toBeInTheDocument();
    // The watch's one lookup would have run by the next answer; wait for one more list request.
    const lists = () => cloud.requestLog.filter((entry) => entry.url.includes('/v2/images?')).length;
    const seen = lists();
    await user.click(screen.getByRole('button', { name: 'Refresh Images' }));
    await waitFor(() => expect(lists()).toBeGreaterThan(seen));
    expect(screen.queryByText('A snapshot disappeared while it was being saved')).not.toBeInTheDocument();
    expect(screen.getByText('alt-web-1-snap')).toBeInTheDocument();
  });
});

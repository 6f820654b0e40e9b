import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, onTestFinished, vi } from 'vitest';
import { prefetchFirstPanel } from '@/app/first-panel';
import { recordFirstRequests, type RecordedFirstRequests } from '@/app/first-requests';
import { createQueryClient } from '@/app/query-client';
import { SessionStore } from '@/cloud/session-store';
import { createMockCloud, type MockCloud } from '@/mock-cloud';
import { startMockCloudServer } from '@/mock-cloud/node';
import { EARLY_REQUESTS_GLOBAL, FIRST_REQUESTS_KEY, SESSION_KEY, replayFirstRequests } from '@/openstack/early-requests/replay.mjs';
import type { SessionData } from '@/openstack/session-data';
import { memoryStorage, renderApp, signedInSession } from '../../app-harness';

const panels = [
  { panel: 'Instances', pathname: '/project/instances', search: '', request: '/servers/detail', row: 'web-1' },
  { panel: 'Images', pathname: '/project/images', search: '?type=snapshot', request: 'sort_key=created_at', row: 'web-1-snap-golden' },
  { panel: 'Volume Snapshots', pathname: '/project/snapshots', search: '', request: '/snapshots/detail', row: 'data-snap-1' },
] as const;

function asked(cloud: MockCloud, part: string): string[] {
  return cloud.requestLog.filter((entry) => entry.method === 'GET' && entry.url.includes(part)).map((entry) => entry.url);
}

async function cloudWithSession(): Promise<{ cloud: MockCloud; store: SessionStore; session: SessionData }> {
  const cloud = createMockCloud();
  const server = startMockCloudServer(cloud);
  server.listen({ onUnhandledRequest: 'error' });
  onTestFinished(() => server.close());
  const store = new SessionStore(memoryStorage());
  const session = await signedInSession(cloud);
  store.setSession(session);
  cloud.clearRequestLog();
  return { cloud, store, session };
}

function recordedIn(storage: Storage): RecordedFirstRequests {
  return JSON.parse(storage.getItem(FIRST_REQUESTS_KEY) ?? 'null') as RecordedFirstRequests;
}

/** A window as index.html's script sees it: the tab's storage, its address, and a fetch that only notes. */
function pageWindow(storage: Storage, address: string) {
  const fetch = vi.fn<(url: string, init: RequestInit) => Promise<Response>>(() => Promise.resolve(new Response('{}')));
  const url = new URL(address, 'http://dashboard.test');
  const win = { sessionStorage: storage, location: { pathname: url.pathname, search: url.search }, fetch };
  return { win: win as unknown as Window & typeof globalThis, fetch, sent: () => Reflect.get(win, EARLY_REQUESTS_GLOBAL) as unknown };
}

function replay(storage: Storage, address: string) {
  const page = pageWindow(storage, address);
  replayFirstRequests(page.win, SESSION_KEY, FIRST_REQUESTS_KEY, EARLY_REQUESTS_GLOBAL);
  return page;
}

afterEach(() => {
  Reflect.deleteProperty(globalThis, EARLY_REQUESTS_GLOBAL);
});

describe('the first list request of a page load, sent by index.html before the app arrives', () => {
  it.each(panels)('$panel: what is recorded is the request the page itself sends, and recording sends nothing', async ({ pathname, search, request }) => {
    const { cloud, store, session } = await cloudWithSession();
    const storage = memoryStorage();
    await recordFirstRequests(session, [{ pathname, search }], storage);
    expect(cloud.requestLog).toHaveLength(0);

    prefetchFirstPanel(createQueryClient(), store, { pathname, search });
    await waitFor(() => expect(asked(cloud, request)).toHaveLength(1));
    const [recorded] = recordedIn(storage).pages[`${pathname}${search}`] ?? [];
    expect(recorded?.url).toBe(asked(cloud, request)[0]);
  });

  it('sends what was recorded for this address with the tab’s token, and nothing for another address', async () => {
    const { session } = await cloudWithSession();
    const storage = memoryStorage();
    storage.setItem(SESSION_KEY, JSON.stringify(session));
    await recordFirstRequests(session, [{ pathname: '/project/instances', search: '' }], storage);

    const instances = replay(storage, '/project/instances');
    expect(instances.fetch).toHaveBeenCalledTimes(1);
    const [url, init] = instances.fetch.mock.calls[0] ?? [];
    expect(url).toContain('/servers/detail?');
    expect(init?.headers).toMatchObject({ 'X-Auth-Token': session.token, 'OpenStack-API-Version': `compute ${session.microversions.compute}` });
    expect(instances.sent()).toEqual([expect.objectContaining({ url, token: session.token })]);

    expect(replay(storage, '/project/instances/web-1').fetch).not.toHaveBeenCalled();
    expect(replay(storage, '/project/images?type=snapshot').fetch).not.toHaveBeenCalled();
  });

  it('sends nothing for another project, after the token’s expiry, after signing out, or to an address outside the session’s endpoints', async () => {
    const { session } = await cloudWithSession();
    const storage = memoryStorage();
    await recordFirstRequests(session, [{ pathname: '/project/images', search: '' }], storage);
    const recorded = recordedIn(storage);

    storage.setItem(SESSION_KEY, JSON.stringify({ ...session, project: { ...session.project, id: 'another-project' } }));
    expect(replay(storage, '/project/images').fetch).not.toHaveBeenCalled();

    storage.setItem(SESSION_KEY, JSON.stringify({ ...session, expiresAt: new Date(Date.now() - 1000).toISOString() }));
    expect(replay(storage, '/project/images').fetch).not.toHaveBeenCalled();

    storage.setItem(SESSION_KEY, JSON.stringify(session));
    const elsewhere = { ...recorded, pages: { '/project/images': [{ url: 'https://attacker.test/collect', headers: {} }] } };
    storage.setItem(FIRST_REQUESTS_KEY, JSON.stringify(elsewhere));
    expect(replay(storage, '/project/images').fetch).not.toHaveBeenCalled();

    storage.setItem(FIRST_REQUESTS_KEY, JSON.stringify(recorded));
    expect(replay(storage, '/project/images').fetch).toHaveBeenCalledTimes(1);
    const store = new SessionStore(storage);
    store.signOut();
    expect(storage.getItem(FIRST_REQUESTS_KEY)).toBeNull();
    expect(replay(storage, '/project/images').fetch).not.toHaveBeenCalled();
  });

  it.each(panels)('$panel shows the rows of the script’s request: the page does not ask again', async ({ pathname, search, request, row }) => {
    const cloud = createMockCloud();
    await renderApp({
      cloud,
      route: `${pathname}${search}`,
      prefetchFirstPanel: true,
      beforeStart: async (store) => {
        const session = store.getState().session;
        if (!session) throw new Error('signed in first');
        sessionStorage.setItem(SESSION_KEY, JSON.stringify(session));
        await recordFirstRequests(session, [{ pathname, search }], sessionStorage);
        const early = pageWindow(sessionStorage, `${pathname}${search}`);
        early.win.fetch = fetch;
        replayFirstRequests(early.win, SESSION_KEY, FIRST_REQUESTS_KEY, EARLY_REQUESTS_GLOBAL);
        Reflect.set(globalThis, EARLY_REQUESTS_GLOBAL, early.sent());
      },
    });
    const table = await screen.findByRole('table');
    await within(table).findByRole('rowheader', { name: new RegExp(row) });
    expect(asked(cloud, request)).toHaveLength(1);
  });

  it('leaves an answer sent with another token to nobody: the page asks with its own', async () => {
    const cloud = createMockCloud();
    const route = '/project/images?type=snapshot';
    await renderApp({
      cloud,
      route,
      prefetchFirstPanel: true,
      beforeStart: async (store) => {
        const session = store.getState().session;
        if (!session) throw new Error('signed in first');
        const storage = memoryStorage();
        storage.setItem(SESSION_KEY, JSON.stringify({ ...session, token: 'an-older-token' }));
        await recordFirstRequests(session, [{ pathname: '/project/images', search: '?type=snapshot' }], storage);
        const early = pageWindow(storage, route);
        replayFirstRequests(early.win, SESSION_KEY, FIRST_REQUESTS_KEY, EARLY_REQUESTS_GLOBAL);
        Reflect.set(globalThis, EARLY_REQUESTS_GLOBAL, early.sent());
      },
    });
    await within(await screen.findByRole('table')).findByRole('rowheader', { name: /web-1-snap-golden/ });
    expect(asked(cloud, 'sort_key=created_at')).toHaveLength(1);
  });

  it('is recorded by the app for the page on screen, next to the list panels signing in recorded, against a real cloud', async () => {
    await renderApp({
      route: '/project/images?type=snapshot',
      mode: 'gateway',
      // What signing in left in the tab (App's prepareSession).
      beforeStart: async (store) => {
        const session = store.getState().session;
        if (session) await recordFirstRequests(session);
      },
    });
    await within(await screen.findByRole('table')).findByRole('rowheader', { name: /web-1-snap-golden/ });
    await waitFor(() => expect(Object.keys(recordedIn(sessionStorage)?.pages ?? {})).toContain('/project/images?type=snapshot'));
    expect(Object.keys(recordedIn(sessionStorage).pages)).toEqual(
      expect.arrayContaining(['/project/instances', '/project/images', '/project/snapshots']),
    );
  });

  it('is not recorded in the demo, whose cloud answers only once the app has started', async () => {
    await renderApp({ route: '/project/images?type=snapshot', mode: 'demo' });
    await within(await screen.findByRole('table')).findByRole('rowheader', { name: /web-1-snap-golden/ });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(sessionStorage.getItem(FIRST_REQUESTS_KEY)).toBeNull();
  });

  it('is recorded by signing in before the first page shows, so a reload right after it starts early', async () => {
    const { user } = await renderApp({ signedIn: false, route: '/project/instances', mode: 'gateway' });
    await user.type(await screen.findByLabelText('Password'), 'demo');
    await user.click(screen.getByRole('button', { name: 'Sign In' }));
    await screen.findByRole('navigation', { name: 'Main navigation' });
    expect(Object.keys(recordedIn(sessionStorage)?.pages ?? {})).toEqual(
      expect.arrayContaining(['/project/instances', '/project/images', '/project/snapshots']),
    );
  });
});

import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, onTestFinished } from 'vitest';
import { prefetchFirstPanel } from '@/app/first-panel';
import { createQueryClient } from '@/app/query-client';
import { SessionStore } from '@/cloud/session-store';
import { createMockCloud, type MockCloud } from '@/mock-cloud';
import { startMockCloudServer } from '@/mock-cloud/node';
import { memoryStorage, renderApp, signedInSession } from '../../app-harness';

const listRequests = {
  instances: '/servers/detail',
  images: 'sort_key=created_at',
  snapshots: '/snapshots/detail',
} as const;

function asked(cloud: MockCloud, part: string): string[] {
  return cloud.requestLog.filter((entry) => entry.method === 'GET' && entry.url.includes(part)).map((entry) => entry.url);
}

/** A mock cloud on msw with a signed-in session store, nothing rendered; the log starts empty. */
async function cloudWithSession(): Promise<{ cloud: MockCloud; store: SessionStore }> {
  const cloud = createMockCloud();
  const server = startMockCloudServer(cloud);
  server.listen({ onUnhandledRequest: 'error' });
  onTestFinished(() => server.close());
  const store = await signedInStore(cloud);
  cloud.clearRequestLog();
  return { cloud, store };
}

async function signedInStore(cloud: MockCloud): Promise<SessionStore> {
  const store = new SessionStore(memoryStorage());
  store.setSession(await signedInSession(cloud));
  return store;
}

describe('a page load that opens a list panel', () => {
  it('asks for the panel’s first page with nothing rendered yet', async () => {
    const { cloud, store } = await cloudWithSession();
    prefetchFirstPanel(createQueryClient(), store, { pathname: '/project/snapshots', search: '?status=available' });
    await waitFor(() => expect(asked(cloud, listRequests.snapshots)).toHaveLength(1));
    expect(asked(cloud, listRequests.snapshots)[0]).toContain('status=available');
    expect(cloud.requestLog).toHaveLength(1);
  });

  it.each([
    { panel: 'Instances', route: '/project/instances', request: listRequests.instances, row: 'web-1' },
    { panel: 'Images', route: '/project/images?type=snapshot', request: listRequests.images, row: 'web-1-snap-golden' },
    { panel: 'Volume Snapshots', route: '/project/snapshots', request: listRequests.snapshots, row: 'data-snap-1' },
  ])('$panel shows the rows of that one request: the page reads the answer instead of asking again', async ({ route, request, row }) => {
    const cloud = createMockCloud();
    await renderApp({ cloud, route, prefetchFirstPanel: true });
    const table = await screen.findByRole('table');
    await within(table).findByRole('rowheader', { name: new RegExp(row) });
    expect(asked(cloud, request)).toHaveLength(1);
  });

  it('leaves a name search on Volume Snapshots to the page (it first asks which filters Cinder takes)', async () => {
    const { cloud, store } = await cloudWithSession();
    prefetchFirstPanel(createQueryClient(), store, { pathname: '/project/snapshots', search: '?name=daily' });
    prefetchFirstPanel(createQueryClient(), store, { pathname: '/project/snapshots/some-id', search: '' });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(cloud.requestLog).toHaveLength(0);
  });
});

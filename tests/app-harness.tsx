import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter } from 'react-router-dom';
import { onTestFinished } from 'vitest';
import { App } from '@/app/App';
import { prefetchFirstPanel } from '@/app/first-panel';
import { createQueryClient } from '@/app/query-client';
import { demoLoginDefaults, type RuntimeConfig } from '@/cloud/runtime-config';
import { SessionStore } from '@/cloud/session-store';
import { createMockCloud, type MockCloud } from '@/mock-cloud';
import { startMockCloudServer } from '@/mock-cloud/node';
import { authenticateWithPassword } from '@/openstack/keystone/auth';
import { buildSession } from '@/openstack/session';
import type { SessionData } from '@/openstack/session-data';

export interface RenderAppOptions {
  route?: string;
  cloud?: MockCloud;
  /** Sign in as demo/demo before rendering (default true). */
  signedIn?: boolean;
  username?: string;
  password?: string;
  /** Offered on the login page as Reset demo cloud (the demo bootstrap's reset). */
  resetDemo?: () => Promise<void>;
  /** The runtime mode the app believes it runs in (default demo); the mock cloud answers either way. */
  mode?: RuntimeConfig['mode'];
  /**
   * Start the route's first list request before rendering, as src/main.tsx does on a page load
   * (and keep the app's own freshness, so the page reads that answer instead of asking again).
   */
  prefetchFirstPanel?: boolean;
  /** Runs after signing in, before anything starts: what a page load finds in the tab (index.html's script, storage). */
  beforeStart?: (store: SessionStore) => void | Promise<void>;
}

/** A session of the mock cloud's project `demo`, signed in with a password as the login page does. */
export async function signedInSession(cloud: MockCloud, username = 'demo', password = 'demo'): Promise<SessionData> {
  const issued = await authenticateWithPassword(cloud.authUrl, {
    username,
    password,
    userDomainName: 'Default',
    project: { name: 'demo', domainName: 'Default' },
  });
  return buildSession(issued, { authUrl: cloud.authUrl });
}

/** A Storage that lives only as long as the test, so tests never share a session. */
export function memoryStorage(): Storage {
  const data = new Map<string, string>();
  return {
    get length() {
      return data.size;
    },
    clear: () => data.clear(),
    getItem: (key) => data.get(key) ?? null,
    key: (index) => [...data.keys()][index] ?? null,
    removeItem: (key) => void data.delete(key),
    setItem: (key, value) => void data.set(key, String(value)),
  };
}

/**
 * Boots the real app (router, providers, pages) at `route` against a fresh mock cloud served by
 * msw, with unhandled requests failing the test. Everything a user sees goes through the real code.
 */
export async function renderApp(options: RenderAppOptions = {}) {
  const cloud = options.cloud ?? createMockCloud();
  const server = startMockCloudServer(cloud);
  server.listen({ onUnhandledRequest: 'error' });
  onTestFinished(() => server.close());
  // Launch drafts (sessionStorage) and snapshot plans (localStorage) must not reach the next test.
  onTestFinished(() => {
    sessionStorage.clear();
    localStorage.clear();
  });

  const config: RuntimeConfig = { mode: options.mode ?? 'demo', authUrl: cloud.authUrl, defaults: demoLoginDefaults };
  const store = new SessionStore(memoryStorage());
  if (options.signedIn ?? true) store.setSession(await signedInSession(cloud, options.username, options.password));
  await options.beforeStart?.(store);
  const queryClient = createQueryClient();
  queryClient.setDefaultOptions({
    queries: { ...queryClient.getDefaultOptions().queries, retry: false, ...(options.prefetchFirstPanel ? {} : { staleTime: 0 }) },
    mutations: { retry: 0 },
  });
  if (options.prefetchFirstPanel) {
    const start = new URL(options.route ?? '/project/instances', 'http://dashboard.test');
    prefetchFirstPanel(queryClient, store, start);
  }
  let router: ReturnType<typeof createMemoryRouter> | undefined;
  const user = userEvent.setup({ delay: null });
  const view = render(
    <App
      config={config}
      resetDemo={options.resetDemo}
      store={store}
      queryClient={queryClient}
      createRouter={(routes) => {
        router = createMemoryRouter(routes, { initialEntries: [options.route ?? '/project/instances'] });
        return router;
      }}
    />,
  );
  return {
    ...view,
    user,
    cloud,
    server,
    store,
    queryClient,
    /** The current location of the memory router (path + search). */
    location: () => (router ? `${router.state.location.pathname}${router.state.location.search}` : ''),
  };
}

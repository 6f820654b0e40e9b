import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { Suspense, lazy, useState } from 'react';
import { RouterProvider, createBrowserRouter, type RouteObject } from 'react-router-dom';
import { I18nProvider } from '@/i18n';
import { CloudProvider, useCloud } from '@/cloud/cloud-context';
import type { RuntimeConfig } from '@/cloud/runtime-config';
import { SessionStore } from '@/cloud/session-store';
import { ToastProvider } from '@/components/toast/ToastProvider';
import type { SessionData } from '@/openstack/session-data';
import { createQueryClient } from './query-client';
import { appRoutes } from './routes';

// Both need the data layer: they come with it, after the first page (not in the first chunk).
const PanelPreloader = lazy(() => import('./PanelPreloader').then((module) => ({ default: module.PanelPreloader })));
const recordFirstRequests = (session: SessionData) => import('./first-requests').then((module) => module.recordFirstRequests(session));

/** Only with a session: the login page does not fetch the data layer while it draws (it does so at idle). */
function SignedInPanelPreloader() {
  const { session } = useCloud();
  if (!session) return null;
  return (
    <Suspense fallback={null}>
      <PanelPreloader />
    </Suspense>
  );
}

export interface AppProps {
  config: RuntimeConfig;
  resetDemo?: () => Promise<void>;
  /** Tests pass their own router (memory history) and client. */
  createRouter?: (routes: RouteObject[]) => ReturnType<typeof createBrowserRouter>;
  queryClient?: QueryClient;
  store?: SessionStore;
  /**
   * Fetch the chunk of the panel where a just-started operation ends (PanelPreloader). Only the
   * real entry (main.tsx) turns it on: under tests the panel's module would be transformed for nothing.
   */
  preloadPanels?: boolean;
}

export function App({ config, resetDemo, createRouter = createBrowserRouter, queryClient, store, preloadPanels = false }: AppProps) {
  const [client] = useState(() => queryClient ?? createQueryClient());
  const [sessionStore] = useState(() => store ?? new SessionStore());
  const [router] = useState(() => createRouter(appRoutes));
  return (
    <QueryClientProvider client={client}>
      <I18nProvider>
        <CloudProvider config={config} store={sessionStore} resetDemo={resetDemo} prepareSession={config.mode === 'demo' ? undefined : recordFirstRequests}>
          {preloadPanels && <SignedInPanelPreloader />}
          <ToastProvider>
            <RouterProvider router={router} />
          </ToastProvider>
        </CloudProvider>
      </I18nProvider>
    </QueryClientProvider>
  );
}

import type { QueryClient } from '@tanstack/react-query';
import { cloudApiFor } from '@/cloud/cloud-context';
import type { SessionStore } from '@/cloud/session-store';
import type { CloudApi } from '@/openstack/http';
import { paths } from '@/paths';
import { panelModules } from './panel-modules';

interface PanelListModule {
  prefetchFirstPage(client: QueryClient, api: CloudApi, params: URLSearchParams): Promise<void>;
}

/**
 * The list panels' route modules (the chunks the router loads anyway, so no extra download), by
 * the exact path of their list (the root and /project open Instances).
 */
const panelLists: Record<string, () => Promise<PanelListModule>> = {
  '/': panelModules.instances,
  '/project': panelModules.instances,
  [paths.instances]: panelModules.instances,
  [paths.images]: panelModules.images,
  [paths.volumeSnapshots]: panelModules.volumeSnapshots,
};

/**
 * A page load that opens a list panel with a session: its first list request starts now, while
 * React and the panel's code are still on their way, instead of after the first render (about
 * 100–200 ms later). The page's own query finds it in flight or answered. Errors are the page's
 * to show: the prefetch swallows them, and a refused token ends the session as any request would.
 */
export function prefetchFirstPanel(client: QueryClient, store: SessionStore, location: Pick<Location, 'pathname' | 'search'>): void {
  const session = store.getState().session;
  const load = panelLists[location.pathname.replace(/(.)\/+$/, '$1')];
  if (!session || !load) return;
  const api = cloudApiFor(session, store);
  void load()
    .then((panel) => panel.prefetchFirstPage(client, api, new URLSearchParams(location.search)))
    .catch(() => undefined);
}

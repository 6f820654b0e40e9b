import type { QueryClient } from '@tanstack/react-query';
import { cloudApiFor } from '@/cloud/session-services';
import type { SessionStore } from '@/cloud/session-store';
import type { CloudApi } from '@/openstack/http';
import { prefetchFirstPage as prefetchImages } from '@/pages/project/images/images-list-query';
import { prefetchFirstPage as prefetchInstances } from '@/pages/project/instances/instances-list-query';
import { prefetchFirstPage as prefetchVolumeSnapshots } from '@/pages/project/volume-snapshots/snapshots-list-query';
import { paths } from '@/paths';

export type PrefetchFirstPage = (client: QueryClient, api: CloudApi, params: URLSearchParams) => Promise<void>;

/**
 * The list panels' first-page reads, by the exact path of their list (the root and /project open
 * Instances). Loaded with the data layer (main.tsx imports this module once a session is stored);
 * index.html's own script has usually sent the request already (early-requests/replay.mjs).
 */
export const panelLists: Record<string, PrefetchFirstPage> = {
  '/': prefetchInstances,
  '/project': prefetchInstances,
  [paths.instances]: prefetchInstances,
  [paths.images]: prefetchImages,
  [paths.volumeSnapshots]: prefetchVolumeSnapshots,
};

/** The first-page read of the list panel at `pathname` (a trailing slash ignored), if it is one. */
export function firstPageReadOf(pathname: string): PrefetchFirstPage | undefined {
  return panelLists[pathname.replace(/(.)\/+$/, '$1')];
}

/**
 * A page load that opens a list panel with a session: its first list request starts now, while
 * React and the panel's code are still on their way, instead of after the first render (about
 * 100–200 ms later). The page's own query finds it in flight or answered. Errors are the page's
 * to show: the prefetch swallows them, and a refused token ends the session like every other request.
 * Resolves once the answer is in the query cache or the read failed (at once where there is none).
 */
export function prefetchFirstPanel(client: QueryClient, store: SessionStore, location: Pick<Location, 'pathname' | 'search'>): Promise<void> {
  const session = store.getState().session;
  const prefetch = firstPageReadOf(location.pathname);
  if (!session || !prefetch) return Promise.resolve();
  return prefetch(client, cloudApiFor(session, store), new URLSearchParams(location.search)).catch(() => undefined);
}

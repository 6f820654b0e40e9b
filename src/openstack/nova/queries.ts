import { focusManager, mutationOptions, queryOptions, type QueryClient } from '@tanstack/react-query';
import { volumeKeys, volumeSnapshotKeys } from '../cinder/queries';
import { imageKeys } from '../glance/queries';
import { showQueuedSnapshot } from '../glance/queued-snapshot';
import { settleBatch } from '../invalidation';
import type { CloudApi } from '../http';
import { listAvailabilityZones } from './availability-zones';
import { listFlavors } from './flavors';
import { listKeypairs } from './keypairs';
import { getLimits } from './limits';
import { getQuotaDetail } from './quotas';
import { listInstanceActions, listVolumeAttachments } from './instance-actions';
import { createServerImage, rebootServer, startServer, stopServer, type CreateServerImageInput, type RebootType } from './server-actions';
import { rebuildServer } from './rebuild';
import { deleteServerMetadataItem, setServerMetadata } from './server-metadata';
import { patchServerPage } from './server-pages';
import { createServer, deleteServer, getServer, listServers, type ServerListFilters, type ServerPage } from './servers';
import type { Server, ServerCreate } from './schemas';

const computeKeys = {
  all: (api: CloudApi) => ['compute', api.scope] as const,
  flavors: (api: CloudApi) => [...computeKeys.all(api), 'flavors'] as const,
  keypairs: (api: CloudApi) => [...computeKeys.all(api), 'keypairs'] as const,
  limits: (api: CloudApi) => [...computeKeys.all(api), 'limits'] as const,
  quota: (api: CloudApi) => [...computeKeys.all(api), 'quota'] as const,
  availabilityZones: (api: CloudApi) => [...computeKeys.all(api), 'availability-zones'] as const,
};

export const serverKeys = {
  all: (api: CloudApi) => [...computeKeys.all(api), 'servers'] as const,
  lists: (api: CloudApi) => [...serverKeys.all(api), 'list'] as const,
  list: (api: CloudApi, filters: ServerListFilters) => [...serverKeys.lists(api), filters] as const,
  detail: (api: CloudApi, id: string) => [...serverKeys.all(api), 'detail', id] as const,
  actions: (api: CloudApi, id: string) => [...serverKeys.all(api), 'actions', id] as const,
  volumeAttachments: (api: CloudApi, id: string) => [...serverKeys.all(api), 'volume-attachments', id] as const,
};

/**
 * One server's answer is fresher than the cached list pages that show it: its row there is
 * replaced (keeping the page's own "updated" time), so a new instance turns Active in the list as
 * soon as the watcher's cheap GET /servers/{id} sees it, without a GET /servers/detail.
 */
function putServerInLists(client: QueryClient, api: CloudApi, server: Server): void {
  const prefix = serverKeys.lists(api);
  for (const [queryKey, page] of client.getQueriesData<ServerPage>({ queryKey: prefix })) {
    const filters = queryKey[prefix.length];
    if (!page || typeof filters !== 'object' || filters === null) continue;
    const patch = patchServerPage(page, filters, server);
    if (patch.kind === 'patched') {
      client.setQueryData(queryKey, patch.page, { updatedAt: client.getQueryState(queryKey)?.dataUpdatedAt });
    } else if (patch.kind === 'reread') {
      void client.invalidateQueries({ queryKey, exact: true });
    }
  }
}

/**
 * The server as a polling list on screen holds it: a list query observed with a refetch interval
 * (a mounted Instances page: it polls while a server moves), whose page shows the server. A watch
 * of the server's task can read it there instead of asking Nova itself. The same object while the
 * page is. Lists that never poll (pickers), or do not in a hidden tab, do not count: their copy
 * would stay as it was read.
 */
export function serverOnScreen(client: QueryClient, api: CloudApi, id: string): Server | undefined {
  for (const query of client.getQueryCache().findAll({ queryKey: serverKeys.lists(api), type: 'active' })) {
    // As TanStack runs an interval: not in a hidden tab unless the observer asked for it.
    const polls = query.observers.some(
      (observer) =>
        (typeof observer.options.refetchInterval === 'function' || Number(observer.options.refetchInterval) > 0) &&
        (observer.options.refetchIntervalInBackground === true || focusManager.isFocused()),
    );
    if (!polls) continue;
    const page = query.state.data as ServerPage | undefined;
    const found = page?.servers?.find((server) => server.id === id);
    if (found) return found;
  }
  return undefined;
}

export const serverQueries = {
  list: (api: CloudApi, filters: ServerListFilters) =>
    queryOptions({ queryKey: serverKeys.list(api, filters), queryFn: () => listServers(api, filters) }),
  detail: (api: CloudApi, id: string) =>
    queryOptions({
      queryKey: serverKeys.detail(api, id),
      queryFn: async ({ client }) => {
        const server = await getServer(api, id);
        putServerInLists(client, api, server);
        return server;
      },
    }),
  /** The Action Log: os-instance-actions, newest first. */
  actions: (api: CloudApi, id: string) =>
    queryOptions({ queryKey: serverKeys.actions(api, id), queryFn: () => listInstanceActions(api, id) }),
  volumeAttachments: (api: CloudApi, id: string) =>
    queryOptions({ queryKey: serverKeys.volumeAttachments(api, id), queryFn: () => listVolumeAttachments(api, id) }),
};

export const computeQueries = {
  flavors: (api: CloudApi) => queryOptions({ queryKey: computeKeys.flavors(api), queryFn: () => listFlavors(api) }),
  keypairs: (api: CloudApi) => queryOptions({ queryKey: computeKeys.keypairs(api), queryFn: () => listKeypairs(api) }),
  limits: (api: CloudApi) => queryOptions({ queryKey: computeKeys.limits(api), queryFn: () => getLimits(api) }),
  quota: (api: CloudApi) => queryOptions({ queryKey: computeKeys.quota(api), queryFn: () => getQuotaDetail(api) }),
  availabilityZones: (api: CloudApi) =>
    queryOptions({ queryKey: computeKeys.availabilityZones(api), queryFn: () => listAvailabilityZones(api) }),
};

/** Servers changed: their lists and this one's detail, plus what counts them. */
function invalidateServers(client: QueryClient, api: CloudApi, id?: string) {
  return Promise.all([
    client.invalidateQueries({ queryKey: serverKeys.lists(api) }),
    id ? client.invalidateQueries({ queryKey: serverKeys.detail(api, id) }) : undefined,
    id ? client.invalidateQueries({ queryKey: serverKeys.actions(api, id) }) : undefined,
    client.invalidateQueries({ queryKey: computeKeys.limits(api) }),
    client.invalidateQueries({ queryKey: computeKeys.quota(api) }),
  ]);
}

export interface RebootServerVariables {
  serverId: string;
  type: RebootType;
}

export interface RebuildServerVariables {
  serverId: string;
  imageId: string;
}

export interface ServerMetadataVariables {
  serverId: string;
  items: Record<string, string>;
}

export interface ServerMetadataKeyVariables {
  serverId: string;
  key: string;
}

export interface CreateServerImageVariables extends CreateServerImageInput {
  serverId: string;
}

/** Mutation options: no retries (a repeated action is not what the user asked for). */
export const serverMutations = {
  create: (api: CloudApi) =>
    mutationOptions({
      mutationKey: [...serverKeys.all(api), 'create'],
      mutationFn: (server: ServerCreate) => createServer(api, server),
      retry: 0,
      onSettled: (_data, _error, _server, _result, { client }) => invalidateServers(client, api),
    }),
  /** Snapshot: the task_state moves, a Glance image appears (and Cinder snapshots for a volume-backed server). */
  createImage: (api: CloudApi) =>
    mutationOptions({
      mutationKey: [...serverKeys.all(api), 'create-image'],
      mutationFn: ({ serverId, ...input }: CreateServerImageVariables) => createServerImage(api, serverId, input),
      retry: 0,
      onSuccess: ({ imageId }, { serverId, name }, _result, { client }) => showQueuedSnapshot(client, api, { imageId, name, serverId }),
      // Not returned, so not awaited: the caller is done once Nova accepted (the Create Snapshot
      // dialog closes then); the lists refresh behind it.
      onSettled: (_data, _error, { serverId }, _result, { client }) => {
        void Promise.all([
          invalidateServers(client, api, serverId),
          // A new image changes the listings and the image usage; no other image's details or names.
          client.invalidateQueries({ queryKey: imageKeys.lists(api) }),
          client.invalidateQueries({ queryKey: imageKeys.usage(api) }),
          client.invalidateQueries({ queryKey: volumeSnapshotKeys.lists(api) }),
        ]);
      },
    }),
  start: (api: CloudApi) =>
    mutationOptions({
      mutationKey: [...serverKeys.all(api), 'start'],
      mutationFn: (serverId: string) => startServer(api, serverId),
      retry: 0,
      onSettled: (_data, _error, serverId, _result, { client }) => invalidateServers(client, api, serverId),
    }),
  stop: (api: CloudApi) =>
    mutationOptions({
      mutationKey: [...serverKeys.all(api), 'stop'],
      mutationFn: (serverId: string) => stopServer(api, serverId),
      retry: 0,
      onSettled: (_data, _error, serverId, _result, { client }) => invalidateServers(client, api, serverId),
    }),
  delete: (api: CloudApi) =>
    mutationOptions({
      mutationKey: [...serverKeys.all(api), 'delete'],
      mutationFn: (serverId: string) => deleteServer(api, serverId),
      retry: 0,
      onMutate: (_serverId, { client }) => settleBatch.start(client, `server-delete:${api.scope}`),
      // Volumes marked delete-on-termination go with the server; the others become available.
      onSettled: (_data, _error, serverId, _result, { client }) =>
        settleBatch.end(client, `server-delete:${api.scope}`, () =>
          Promise.all([invalidateServers(client, api, serverId), client.invalidateQueries({ queryKey: volumeKeys.all(api) })]),
        ),
    }),
  reboot: (api: CloudApi) =>
    mutationOptions({
      mutationKey: [...serverKeys.all(api), 'reboot'],
      mutationFn: ({ serverId, type }: RebootServerVariables) => rebootServer(api, serverId, type),
      retry: 0,
      onSettled: (_data, _error, { serverId }, _result, { client }) => invalidateServers(client, api, serverId),
    }),
  /** Restore in place: the root disk becomes the image; ID, addresses and data volumes stay. */
  rebuild: (api: CloudApi) =>
    mutationOptions({
      mutationKey: [...serverKeys.all(api), 'rebuild'],
      mutationFn: ({ serverId, imageId }: RebuildServerVariables) => rebuildServer(api, serverId, imageId),
      retry: 0,
      onSettled: (_data, _error, { serverId }, _result, { client }) => invalidateServers(client, api, serverId),
    }),
  /** Instance metadata (tags such as `backup=daily` that snapshot policies select by). */
  setMetadata: (api: CloudApi) =>
    mutationOptions({
      mutationKey: [...serverKeys.all(api), 'set-metadata'],
      mutationFn: ({ serverId, items }: ServerMetadataVariables) => setServerMetadata(api, serverId, items),
      retry: 0,
      onSettled: (_data, _error, { serverId }, _result, { client }) => invalidateServers(client, api, serverId),
    }),
  deleteMetadata: (api: CloudApi) =>
    mutationOptions({
      mutationKey: [...serverKeys.all(api), 'delete-metadata'],
      mutationFn: ({ serverId, key }: ServerMetadataKeyVariables) => deleteServerMetadataItem(api, serverId, key),
      retry: 0,
      onSettled: (_data, _error, { serverId }, _result, { client }) => invalidateServers(client, api, serverId),
    }),
};

import { infiniteQueryOptions, mutationOptions, queryOptions, type QueryClient } from '@tanstack/react-query';
import { nextPageMarker } from '../paging';
import type { CloudApi } from '../http';
import { settleBatch } from '../invalidation';
import { getVolumeLimits } from './limits';
import { listMessages, type VolumeMessageFilters } from './messages';
import { listResourceFilters } from './resource-filters';
import { listProjectVolumes } from './project-volumes';
import { getVolumeQuotaUsage } from './quotas';
import {
  createVolumeSnapshot,
  deleteVolumeSnapshot,
  getVolumeSnapshot,
  listAllVolumeSnapshots,
  listVolumeSnapshots,
  updateVolumeSnapshot,
  type VolumeSnapshotCreate,
  type VolumeSnapshotListFilters,
  type VolumeSnapshotUpdate,
} from './snapshots';
import { listVolumeTypes } from './volume-types';
import { createVolume, getVolume, listVolumes, type VolumeCreate, type VolumeListFilters } from './volumes';
import { deleteVolume, uploadVolumeToImage, type VolumeUploadToImage } from './volume-upload';

const volumeServiceKeys = {
  all: (api: CloudApi) => ['volume', api.scope] as const,
  quota: (api: CloudApi) => [...volumeServiceKeys.all(api), 'quota'] as const,
  limits: (api: CloudApi) => [...volumeServiceKeys.all(api), 'limits'] as const,
  types: (api: CloudApi) => [...volumeServiceKeys.all(api), 'types'] as const,
  messages: (api: CloudApi, filters: VolumeMessageFilters) => [...volumeServiceKeys.all(api), 'messages', filters] as const,
  resourceFilters: (api: CloudApi, resource: string) => [...volumeServiceKeys.all(api), 'resource-filters', resource] as const,
};

export const volumeSnapshotKeys = {
  all: (api: CloudApi) => [...volumeServiceKeys.all(api), 'snapshots'] as const,
  lists: (api: CloudApi) => [...volumeSnapshotKeys.all(api), 'list'] as const,
  list: (api: CloudApi, filters: VolumeSnapshotListFilters) => [...volumeSnapshotKeys.lists(api), filters] as const,
  /** Every snapshot of the project, under the list key so any snapshot mutation refreshes it. */
  every: (api: CloudApi) => [...volumeSnapshotKeys.lists(api), 'every'] as const,
  /** Every snapshot of the project as pages, for a view that shows how far it has read. */
  pages: (api: CloudApi) => [...volumeSnapshotKeys.lists(api), 'pages'] as const,
  detail: (api: CloudApi, id: string) => [...volumeSnapshotKeys.all(api), 'detail', id] as const,
};

export const volumeKeys = {
  all: (api: CloudApi) => [...volumeServiceKeys.all(api), 'volumes'] as const,
  lists: (api: CloudApi) => [...volumeKeys.all(api), 'list'] as const,
  list: (api: CloudApi, filters: VolumeListFilters) => [...volumeKeys.lists(api), filters] as const,
  /** Every volume of the project, under the list key so creating a volume refreshes it. */
  every: (api: CloudApi) => [...volumeKeys.lists(api), 'every'] as const,
  detail: (api: CloudApi, id: string) => [...volumeKeys.all(api), 'detail', id] as const,
};

/** Cinder's `osapi_max_limit` default: the largest page, so "every" takes few requests. */
const EVERY_PAGE = 1000;

export const volumeSnapshotQueries = {
  list: (api: CloudApi, filters: VolumeSnapshotListFilters) =>
    queryOptions({ queryKey: volumeSnapshotKeys.list(api, filters), queryFn: () => listVolumeSnapshots(api, filters) }),
  detail: (api: CloudApi, id: string) =>
    queryOptions({ queryKey: volumeSnapshotKeys.detail(api, id), queryFn: () => getVolumeSnapshot(api, id) }),
  /** Every volume snapshot of the project, once for every panel that needs them all (Images, Launch). */
  every: (api: CloudApi) =>
    queryOptions({ queryKey: volumeSnapshotKeys.every(api), queryFn: () => listAllVolumeSnapshots(api, { limit: EVERY_PAGE }) }),
  /** The same, page by page (the caller asks for each next page, so one request is in flight). */
  pages: (api: CloudApi) =>
    infiniteQueryOptions({
      queryKey: volumeSnapshotKeys.pages(api),
      queryFn: ({ pageParam }) => listVolumeSnapshots(api, { limit: EVERY_PAGE, marker: pageParam }),
      initialPageParam: undefined as string | undefined,
      getNextPageParam: (last, _pages, _lastParam, params) => nextPageMarker(last.snapshots.length, last.nextMarker, params),
    }),
};

export const volumeQueries = {
  list: (api: CloudApi, filters: VolumeListFilters) =>
    queryOptions({ queryKey: volumeKeys.list(api, filters), queryFn: () => listVolumes(api, filters) }),
  detail: (api: CloudApi, id: string) => queryOptions({ queryKey: volumeKeys.detail(api, id), queryFn: () => getVolume(api, id) }),
  /** Every volume of the project (bounded; `complete` says whether the bound was hit), for every panel. */
  every: (api: CloudApi) => queryOptions({ queryKey: volumeKeys.every(api), queryFn: () => listProjectVolumes(api) }),
};

export const volumeServiceQueries = {
  quota: (api: CloudApi) => queryOptions({ queryKey: volumeServiceKeys.quota(api), queryFn: () => getVolumeQuotaUsage(api) }),
  limits: (api: CloudApi) => queryOptions({ queryKey: volumeServiceKeys.limits(api), queryFn: () => getVolumeLimits(api) }),
  types: (api: CloudApi) => queryOptions({ queryKey: volumeServiceKeys.types(api), queryFn: () => listVolumeTypes(api) }),
  messages: (api: CloudApi, filters: VolumeMessageFilters) =>
    queryOptions({ queryKey: volumeServiceKeys.messages(api, filters), queryFn: () => listMessages(api, filters) }),
  /** Which list filters Cinder accepts for `resource`; its configuration, read once per session. */
  resourceFilters: (api: CloudApi, resource: string) =>
    queryOptions({ queryKey: volumeServiceKeys.resourceFilters(api, resource), queryFn: () => listResourceFilters(api, resource), staleTime: Infinity }),
};

function invalidateCounts(client: QueryClient, api: CloudApi) {
  return Promise.all([
    client.invalidateQueries({ queryKey: volumeServiceKeys.quota(api) }),
    client.invalidateQueries({ queryKey: volumeServiceKeys.limits(api) }),
  ]);
}

function invalidateSnapshots(client: QueryClient, api: CloudApi, id?: string) {
  return Promise.all([
    client.invalidateQueries({ queryKey: volumeSnapshotKeys.lists(api) }),
    id ? client.invalidateQueries({ queryKey: volumeSnapshotKeys.detail(api, id) }) : undefined,
    client.invalidateQueries({ queryKey: [...volumeServiceKeys.all(api), 'messages'] }),
    invalidateCounts(client, api),
  ]);
}

/**
 * Snapshots changed (several, or Cinder finished what it accepted): lists, details, messages and
 * counts. The same refresh for a delete batch and for each check while Cinder is still deleting.
 */
export function refreshVolumeSnapshots(client: QueryClient, api: CloudApi) {
  return Promise.all([
    invalidateSnapshots(client, api),
    client.invalidateQueries({ queryKey: [...volumeSnapshotKeys.all(api), 'detail'] }),
  ]);
}

export interface VolumeSnapshotUpdateVariables extends VolumeSnapshotUpdate {
  id: string;
}

/** Mutation options: no retries (a repeated action is not what the user asked for). */
export const volumeSnapshotMutations = {
  create: (api: CloudApi) =>
    mutationOptions({
      mutationKey: [...volumeSnapshotKeys.all(api), 'create'],
      mutationFn: (input: VolumeSnapshotCreate) => createVolumeSnapshot(api, input),
      retry: 0,
      onSettled: (_data, _error, _input, _result, { client }) => invalidateSnapshots(client, api),
    }),
  update: (api: CloudApi) =>
    mutationOptions({
      mutationKey: [...volumeSnapshotKeys.all(api), 'update'],
      mutationFn: ({ id, ...update }: VolumeSnapshotUpdateVariables) => updateVolumeSnapshot(api, id, update),
      retry: 0,
      onSuccess: (snapshot, { id }, _result, { client }) => {
        client.setQueryData(volumeSnapshotKeys.detail(api, id), snapshot);
      },
      onSettled: (_data, _error, _variables, _result, { client }) =>
        client.invalidateQueries({ queryKey: volumeSnapshotKeys.lists(api) }),
    }),
  /** The DELETE is accepted (202) even when it will fail later: keep polling the row. */
  delete: (api: CloudApi) =>
    mutationOptions({
      mutationKey: [...volumeSnapshotKeys.all(api), 'delete'],
      mutationFn: (id: string) => deleteVolumeSnapshot(api, id),
      retry: 0,
      onMutate: (_id, { client }) => settleBatch.start(client, `volume-snapshot-delete:${api.scope}`),
      onSettled: (_data, _error, id, _result, { client }) =>
        settleBatch.end(client, `volume-snapshot-delete:${api.scope}`, () => refreshVolumeSnapshots(client, api)),
    }),
};

export const volumeMutations = {
  create: (api: CloudApi) =>
    mutationOptions({
      mutationKey: [...volumeKeys.all(api), 'create'],
      mutationFn: (input: VolumeCreate) => createVolume(api, input),
      retry: 0,
      onSettled: (_data, _error, _input, _result, { client }) =>
        Promise.all([client.invalidateQueries({ queryKey: volumeKeys.lists(api) }), invalidateCounts(client, api)]),
    }),
  /** os-volume_upload_image; the new image is Glance's, the caller refreshes image lists. */
  uploadToImage: (api: CloudApi) =>
    mutationOptions({
      mutationKey: [...volumeKeys.all(api), 'upload-to-image'],
      mutationFn: (input: VolumeUploadToImage) => uploadVolumeToImage(api, input),
      retry: 0,
      onSettled: (_data, _error, { volumeId }, _result, { client }) =>
        Promise.all([client.invalidateQueries({ queryKey: volumeKeys.lists(api) }), client.invalidateQueries({ queryKey: volumeKeys.detail(api, volumeId) })]),
    }),
  delete: (api: CloudApi) =>
    mutationOptions({
      mutationKey: [...volumeKeys.all(api), 'delete'],
      mutationFn: (id: string) => deleteVolume(api, id),
      retry: 0,
      onSettled: (_data, _error, id, _result, { client }) =>
        Promise.all([
          client.invalidateQueries({ queryKey: volumeKeys.lists(api) }),
          client.invalidateQueries({ queryKey: volumeKeys.detail(api, id) }),
          invalidateCounts(client, api),
        ]),
    }),
};

import { infiniteQueryOptions, mutationOptions, queryOptions } from '@tanstack/react-query';
import type { CloudApi } from '../http';
import { listImagePage, type ImageListQuery } from './image-catalog';
import { deleteImage, getImage, listAllImages, listAllImagesByIds, updateImage, type ImageListFilters } from './images';
import { settleBatch } from '../invalidation';
import { listVolumeBackedSnapshotsOf } from './instance-snapshots';
import { listOwnedSnapshotPage, type SnapshotStream } from './owned-snapshots';
import { nextPageMarker } from '../paging';
import type { MemberStatus } from './member-schemas';
import { addImageMember, listImageMembers, listPendingInvitations, removeImageMember, setImageMemberStatus } from './members';
import type { ImagePatchOperation } from './schemas';
import { getImageUsage } from './usage';
import { createDownloadLink, fetchDownloadBytes, type DownloadLink } from './download';

/** Ids as a cache key: sorted and without duplicates, so the same set shares one entry. */
function idsKey(ids: readonly string[]): string[] {
  return [...new Set(ids)].sort();
}

export const imageKeys = {
  all: (api: CloudApi) => ['image', api.scope] as const,
  lists: (api: CloudApi) => [...imageKeys.all(api), 'list'] as const,
  list: (api: CloudApi, filters: ImageListQuery) => [...imageKeys.lists(api), filters] as const,
  /** Every page of a listing, under the list key so any image mutation refreshes it. */
  every: (api: CloudApi, filters: Omit<ImageListFilters, 'marker'>) => [...imageKeys.lists(api), 'every', filters] as const,
  details: (api: CloudApi) => [...imageKeys.all(api), 'detail'] as const,
  detail: (api: CloudApi, id: string) => [...imageKeys.details(api), id] as const,
  byIdsAll: (api: CloudApi) => [...imageKeys.all(api), 'by-ids'] as const,
  byIds: (api: CloudApi, ids: readonly string[]) => [...imageKeys.byIdsAll(api), idsKey(ids)] as const,
  usage: (api: CloudApi) => [...imageKeys.all(api), 'usage'] as const,
  byInstance: (api: CloudApi, serverId: string) => [...imageKeys.lists(api), 'by-instance', serverId] as const,
  volumeBackedOf: (api: CloudApi, volumeIds: readonly string[]) => [...imageKeys.lists(api), 'volume-backed-of', idsKey(volumeIds)] as const,
  ownedSnapshotPages: (api: CloudApi, stream: SnapshotStream) => [...imageKeys.lists(api), 'owned-snapshot-pages', stream] as const,
};

export const imageQueries = {
  /** One page: a plain Glance listing, or a catalog page (kind, name substring, merged streams). */
  list: (api: CloudApi, filters: ImageListQuery) =>
    queryOptions({ queryKey: imageKeys.list(api, filters), queryFn: () => listImagePage(api, filters) }),
  /** Every page of a listing: one cache entry per filter set, whichever panel asks. */
  every: (api: CloudApi, filters: Omit<ImageListFilters, 'marker'>) =>
    queryOptions({ queryKey: imageKeys.every(api, filters), queryFn: () => listAllImages(api, filters) }),
  detail: (api: CloudApi, id: string) => queryOptions({ queryKey: imageKeys.detail(api, id), queryFn: () => getImage(api, id) }),
  /** Name lookups for many rows: one request per 100 ids. */
  byIds: (api: CloudApi, ids: readonly string[]) =>
    queryOptions({ queryKey: imageKeys.byIds(api, ids), queryFn: () => listAllImagesByIds(api, idsKey(ids)) }),
  usage: (api: CloudApi) => queryOptions({ queryKey: imageKeys.usage(api), queryFn: () => getImageUsage(api) }),
  /** Every snapshot Glance names as taken of this server (`instance_uuid`, filtered server-side), newest first. */
  byInstance: (api: CloudApi, serverId: string) =>
    queryOptions({
      queryKey: imageKeys.byInstance(api, serverId),
      queryFn: () => listAllImages(api, { instanceUuid: serverId, sortKey: 'created_at', sortDir: 'desc' }),
    }),
  /** Instance snapshots of a volume-backed server: their BDMs name snapshots of these volumes. */
  volumeBackedOf: (api: CloudApi, volumeIds: readonly string[]) =>
    queryOptions({
      queryKey: imageKeys.volumeBackedOf(api, volumeIds),
      queryFn: () => listVolumeBackedSnapshotsOf(api, idsKey(volumeIds)),
    }),
  /** The project's own snapshots of one kind, page by page (the caller asks for each next page, so one request is in flight). */
  ownedSnapshotPages: (api: CloudApi, stream: SnapshotStream) =>
    infiniteQueryOptions({
      queryKey: imageKeys.ownedSnapshotPages(api, stream),
      queryFn: ({ pageParam }) => listOwnedSnapshotPage(api, stream, pageParam),
      initialPageParam: undefined as string | undefined,
      getNextPageParam: (last, _pages, _lastParam, params) => nextPageMarker(last.images.length, last.nextMarker, params),
    }),
};

export interface ImageUpdateVariables {
  id: string;
  operations: readonly ImagePatchOperation[];
}

type Listed = { id?: unknown };

/**
 * A cached listing without the images Glance deleted (204: they are gone), whatever its shape: a
 * page (`{ images }`) or every image (an array).
 */
function withoutImages(data: unknown, gone: ReadonlySet<string>): unknown {
  const keep = (image: Listed) => typeof image.id !== 'string' || !gone.has(image.id);
  if (Array.isArray(data)) return data.every(keep) ? data : data.filter(keep);
  if (typeof data === 'object' && data !== null && 'images' in data && Array.isArray(data.images)) {
    const images: Listed[] = data.images;
    return images.every(keep) ? data : { ...data, images: images.filter(keep) };
  }
  return data;
}

/** Images deleted by the batch in flight, per query client: taken out of the lists once, at its end. */
const deletedInBatch = new WeakMap<object, Set<string>>();

function deletedSet(client: object): Set<string> {
  let set = deletedInBatch.get(client);
  if (!set) {
    set = new Set();
    deletedInBatch.set(client, set);
  }
  return set;
}

/** Mutation options: no retries (a repeated DELETE or PATCH is not what the user asked for). */
export const imageMutations = {
  delete: (api: CloudApi) =>
    mutationOptions({
      mutationKey: [...imageKeys.all(api), 'delete'],
      mutationFn: (id: string) => deleteImage(api, id),
      retry: 0,
      onMutate: (_id, { client }) => settleBatch.start(client, `image-delete:${api.scope}`),
      onSuccess: (_data, id, _result, { client }) => {
        client.removeQueries({ queryKey: imageKeys.detail(api, id) });
        deletedSet(client).add(id);
      },
      // When the last delete of a batch answers, the deleted rows leave every cached list at once
      // (one render, not one per delete: 100 renders of a big table cost more than the deletes),
      // then the one refresh confirms what Glance holds.
      onSettled: (_data, _error, _id, _result, { client }) =>
        settleBatch.end(client, `image-delete:${api.scope}`, () => {
          const gone = new Set(deletedSet(client));
          deletedInBatch.delete(client);
          if (gone.size > 0) client.setQueriesData({ queryKey: imageKeys.lists(api) }, (data: unknown) => withoutImages(data, gone));
          return Promise.all([
            client.invalidateQueries({ queryKey: imageKeys.lists(api) }),
            client.invalidateQueries({ queryKey: imageKeys.byIdsAll(api) }),
            client.invalidateQueries({ queryKey: imageKeys.usage(api) }),
          ]);
        }),
    }),
  update: (api: CloudApi) =>
    mutationOptions({
      mutationKey: [...imageKeys.all(api), 'update'],
      mutationFn: ({ id, operations }: ImageUpdateVariables) => updateImage(api, id, operations),
      retry: 0,
      onSuccess: (image, { id }, _result, { client }) => {
        client.setQueryData(imageKeys.detail(api, id), image);
      },
      onSettled: (_data, _error, _variables, _result, { client }) =>
        Promise.all([
          client.invalidateQueries({ queryKey: imageKeys.lists(api) }),
          client.invalidateQueries({ queryKey: imageKeys.byIdsAll(api) }),
        ]),
    }),
  /** A single-use download link; asked anew for every download (a link serves one full download). */
  downloadLink: (api: CloudApi) =>
    mutationOptions({
      mutationKey: [...imageKeys.all(api), 'download-link'],
      mutationFn: (id: string) => createDownloadLink(api, id),
      retry: 0,
    }),
  /** The demo's way to save a download (see fetchDownloadBytes); a real download navigates to the link. */
  downloadBytes: (api: CloudApi) =>
    mutationOptions({
      mutationKey: [...imageKeys.all(api), 'download-bytes'],
      mutationFn: (link: DownloadLink) => fetchDownloadBytes(api, link),
      retry: 0,
    }),
};

export const imageMemberKeys = {
  members: (api: CloudApi, imageId: string) => [...imageKeys.all(api), 'members', imageId] as const,
  /** Under the list key: answering one refreshes it with the lists that show shared images. */
  invitations: (api: CloudApi) => [...imageKeys.lists(api), 'invitations'] as const,
};

export const imageMemberQueries = {
  /** The projects an image is shared with and their answers (owner's view; 403 unless `shared`). */
  members: (api: CloudApi, imageId: string) =>
    queryOptions({ queryKey: imageMemberKeys.members(api, imageId), queryFn: () => listImageMembers(api, imageId) }),
  /** Images shared with this project that wait for Accept or Reject. */
  invitations: (api: CloudApi) => queryOptions({ queryKey: imageMemberKeys.invitations(api), queryFn: () => listPendingInvitations(api) }),
};

export interface MemberVariables {
  imageId: string;
  projectId: string;
}

export interface MemberAnswerVariables {
  imageId: string;
  status: MemberStatus;
}

export const imageMemberMutations = {
  add: (api: CloudApi) =>
    mutationOptions({
      mutationKey: [...imageKeys.all(api), 'member-add'],
      mutationFn: ({ imageId, projectId }: MemberVariables) => addImageMember(api, imageId, projectId),
      retry: 0,
      onSettled: (_data, _error, { imageId }, _result, { client }) => client.invalidateQueries({ queryKey: imageMemberKeys.members(api, imageId) }),
    }),
  remove: (api: CloudApi) =>
    mutationOptions({
      mutationKey: [...imageKeys.all(api), 'member-remove'],
      mutationFn: ({ imageId, projectId }: MemberVariables) => removeImageMember(api, imageId, projectId),
      retry: 0,
      onSettled: (_data, _error, { imageId }, _result, { client }) => client.invalidateQueries({ queryKey: imageMemberKeys.members(api, imageId) }),
    }),
  /** This project's Accept or Reject of an image shared with it. */
  answer: (api: CloudApi) =>
    mutationOptions({
      mutationKey: [...imageKeys.all(api), 'member-answer'],
      mutationFn: ({ imageId, status }: MemberAnswerVariables) => setImageMemberStatus(api, imageId, api.projectId, status),
      retry: 0,
      onSettled: (_data, _error, { imageId }, _result, { client }) =>
        Promise.all([
          client.invalidateQueries({ queryKey: imageKeys.lists(api) }),
          client.invalidateQueries({ queryKey: imageKeys.detail(api, imageId) }),
          client.invalidateQueries({ queryKey: imageMemberKeys.members(api, imageId) }),
        ]),
    }),
};

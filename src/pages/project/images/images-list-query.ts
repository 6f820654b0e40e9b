import type { QueryClient } from '@tanstack/react-query';
import { POLICY_ID_PROPERTY } from '@/openstack/policies/engine';
import type { CloudApi } from '@/openstack/http';
import type { ImageCatalogFilters } from '@/openstack/glance/image-catalog';
import { imageQueries } from '@/openstack/glance/queries';
import { readUrlState } from '@/lib/use-url-state';
import { imagesUrlFields, type ImagesListFilters, type ImagesUrlState } from './images-url-state';

/** Glance's visibility filter of a URL state: "project" is an owner filter, "all" none. */
function glanceVisibility(visibility: ImagesListFilters['visibility']): string | undefined {
  if (visibility === 'all' || visibility === 'project') return undefined;
  return visibility === 'shared-with-me' ? 'shared' : visibility;
}

/** The URL state as a Glance catalog page; "shared-with-me" leaves out the project's own shared images. */
function toGlanceFilters(api: CloudApi, filters: ImagesListFilters, cursor: string | undefined): ImageCatalogFilters {
  return {
    kind: filters.type,
    nameContains: filters.name,
    status: filters.status || undefined,
    visibility: glanceVisibility(filters.visibility),
    owner: filters.visibility === 'project' ? api.projectId : undefined,
    notOwner: filters.visibility === 'shared-with-me' ? api.projectId : undefined,
    sort: filters.sort,
    limit: filters.limit,
    extraQuery: filters.policy ? { [POLICY_ID_PROPERTY]: filters.policy } : undefined,
    cursor,
  };
}

/** The page of the panel's list that a URL state shows. */
export function imagesListQuery(api: CloudApi, state: ImagesUrlState) {
  const { markers, ...filters } = state;
  return imageQueries.list(api, toGlanceFilters(api, filters, markers.at(-1)));
}

/** Started by the app before the panel's code has rendered (src/app/first-panel.ts): the same query the page then reads. */
export function prefetchFirstPage(client: QueryClient, api: CloudApi, params: URLSearchParams): Promise<void> {
  return client.prefetchQuery(imagesListQuery(api, readUrlState(imagesUrlFields, params)));
}

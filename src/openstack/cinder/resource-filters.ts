import type { CloudApi } from '../http';
import { atLeast } from '../microversion';
import { parseAnswer } from '../parse';
import { toSearchParams } from '../query-params';
import { resourceFilterListSchema } from './schemas';

/**
 * GET /resource_filters?resource=… (3.33+): the list filters this Cinder accepts for a resource,
 * as its operator configured them (`resource_filters.json`). An inexact filter is accepted only
 * when listed with its `~` ("name~"); Cinder's defaults list none. Below 3.33 the API does not
 * exist, so the answer is an empty list without asking.
 */
export async function listResourceFilters(api: CloudApi, resource: string): Promise<string[]> {
  if (!atLeast(api.microversion('volume'), '3.33')) return [];
  const response = await api.http('volume').get('/resource_filters', { params: toSearchParams({ resource }) });
  const body = parseAnswer(resourceFilterListSchema, response.data, 'volume', 'GET /resource_filters');
  return body.resource_filters.find((entry) => entry.resource === resource)?.filters ?? [];
}

import type { CloudApi } from '../http';
import { fetchAllPages, nextMarkerFromLinks } from '../paging';
import { parseAnswer } from '../parse';
import { toSearchParams } from '../query-params';
import { flavorListSchema, type Flavor } from './schemas';

/** GET /flavors/detail, every page (`flavors_links` is followed when a cloud pages flavors). */
export function listFlavors(api: CloudApi): Promise<Flavor[]> {
  return fetchAllPages(async (marker) => {
    const response = await api.http('compute').get('/flavors/detail', { params: toSearchParams({ marker }) });
    const body = parseAnswer(flavorListSchema, response.data, 'compute', 'GET /flavors/detail');
    return { items: body.flavors, nextMarker: nextMarkerFromLinks(body.flavors_links, body.flavors.at(-1)?.id) };
  });
}

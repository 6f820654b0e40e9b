import type { CloudApi } from '../http';
import { fetchAllPages, nextMarkerFromLinks } from '../paging';
import { parseAnswer } from '../parse';
import { toSearchParams } from '../query-params';
import { networkListSchema, type Network } from './schemas';

/**
 * GET /v2.0/networks, every page: the absolute `networks_links` next href (pagination is an
 * optional extension) is not requested itself; its marker is.
 */
export function listNetworks(api: CloudApi): Promise<Network[]> {
  return fetchAllPages(async (marker) => {
    const response = await api.http('network').get('/v2.0/networks', { params: toSearchParams({ marker }) });
    const body = parseAnswer(networkListSchema, response.data, 'network', 'GET /v2.0/networks');
    return { items: body.networks, nextMarker: nextMarkerFromLinks(body.networks_links, body.networks.at(-1)?.id) };
  });
}

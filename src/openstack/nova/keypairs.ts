import type { CloudApi } from '../http';
import { fetchAllPages, nextMarkerFromLinks } from '../paging';
import { parseAnswer } from '../parse';
import { toSearchParams } from '../query-params';
import { keypairListSchema, type Keypair } from './schemas';

/** GET /os-keypairs, every page (`keypairs_links` from 2.35), each `{"keypair": …}` unwrapped. */
export function listKeypairs(api: CloudApi): Promise<Keypair[]> {
  return fetchAllPages(async (marker) => {
    const response = await api.http('compute').get('/os-keypairs', { params: toSearchParams({ marker }) });
    const body = parseAnswer(keypairListSchema, response.data, 'compute', 'GET /os-keypairs');
    const keypairs = body.keypairs.map((item) => item.keypair);
    return { items: keypairs, nextMarker: nextMarkerFromLinks(body.keypairs_links, keypairs.at(-1)?.name) };
  });
}

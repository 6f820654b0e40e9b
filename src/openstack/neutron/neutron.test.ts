import { http, HttpResponse } from 'msw';
import { sampleRecord } from '../test-samples';
import { startMockServer } from '../test-server';
import { openStackFailure, TEST_ENDPOINTS, testApi } from '../test-support';
import { listNetworks } from './networks';
import { listSecurityGroups } from './security-groups';

const NEUTRON = TEST_ENDPOINTS.network;
const server = startMockServer();

describe('neutron', () => {
  it('listNetworks follows the absolute networks_links next by its marker', async () => {
    const markers: (string | null)[] = [];
    const [net1, net2] = sampleRecord('neutron/networks/networks-list-response.json')['networks'] as unknown[];
    server.use(
      http.get(`${NEUTRON}/v2.0/networks`, ({ request }) => {
        const marker = new URL(request.url).searchParams.get('marker');
        markers.push(marker);
        if (marker === null) {
          return HttpResponse.json({
            networks: [net1],
            networks_links: [{ rel: 'next', href: 'http://10.0.0.5:9696/v2.0/networks?limit=1&marker=d32019d3-bc6e-4319-9c1d-6722fc136a22' }],
          });
        }
        return HttpResponse.json({
          networks: [net2],
          networks_links: [{ rel: 'previous', href: 'http://10.0.0.5:9696/v2.0/networks?limit=1&marker=db193ab3&page_reverse=True' }],
        });
      }),
    );
    const networks = await listNetworks(testApi());
    expect(networks.map((n) => n.name)).toEqual(['net1', 'net2']);
    expect(networks[0]?.['router:external']).toBe(false);
    expect(markers).toEqual([null, 'd32019d3-bc6e-4319-9c1d-6722fc136a22']);
  });

  it('listSecurityGroups reads the full sample, and the compact form with repeated fields', async () => {
    let fields: string[] = [];
    server.use(
      http.get(`${NEUTRON}/v2.0/security-groups`, ({ request }) => {
        fields = new URL(request.url).searchParams.getAll('fields');
        if (fields.length === 0) return HttpResponse.json(sampleRecord('neutron/security-groups/security-groups-list-response.json'));
        return HttpResponse.json({ security_groups: [{ id: '85cc3048-abc3-43cc-89b3-377341426ac5', name: 'default', description: 'default' }] });
      }),
    );
    const full = await listSecurityGroups(testApi());
    expect(full[0]?.security_group_rules).toHaveLength(4);
    const compact = await listSecurityGroups(testApi(), { compact: true });
    expect(fields).toEqual(['id', 'name', 'description']);
    expect(compact).toEqual([{ id: '85cc3048-abc3-43cc-89b3-377341426ac5', name: 'default', description: 'default' }]);
  });

  it('a NeutronError body becomes an OpenStackError with Neutron’s message and type', async () => {
    server.use(
      http.get(`${NEUTRON}/v2.0/networks`, () =>
        HttpResponse.json(
          { NeutronError: { type: 'HTTPForbidden', message: 'rule:get_network is disallowed by policy', detail: '' } },
          { status: 403 },
        ),
      ),
    );
    const error = await openStackFailure(listNetworks(testApi()));
    expect(error).toMatchObject({ service: 'network', status: 403, faultName: 'HTTPForbidden', message: 'rule:get_network is disallowed by policy' });
  });
});

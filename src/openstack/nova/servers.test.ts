import { http, HttpResponse } from 'msw';
import { sampleRecord } from '../test-samples';
import { startMockServer } from '../test-server';
import { openStackFailure, TEST_ENDPOINTS, TEST_TOKEN, testApi } from '../test-support';
import { startServer, stopServer } from './server-actions';
import { createServer, deleteServer, getServer, listAllServers, listServers } from './servers';

const NOVA = TEST_ENDPOINTS.compute;
const server = startMockServer();

const page1 = sampleRecord('nova/servers/servers-details-resp.json');
const page2 = sampleRecord('nova/servers/v2.47/servers-details-resp.json');
const { servers_links: _unused, ...page3 } = sampleRecord('nova/servers/v2.100/servers-details-resp.json');
// The 2.100 sample reuses the 2.1 sample's server id: give the last page its own.
(page3['servers'] as Record<string, unknown>[]).forEach((item) => (item['id'] = 'third-server'));
const firstId = 'f5dc173b-6804-445a-a6d8-c705dad5b5eb';
const secondId = '764e369e-a874-4401-b7ce-43e4760888da';

describe('listServers', () => {
  it('pages with the marker of servers_links (never the link itself, which names another host)', async () => {
    const seen: URL[] = [];
    server.use(
      http.get(`${NOVA}/servers/detail`, ({ request }) => {
        const url = new URL(request.url);
        seen.push(url);
        expect(request.headers.get('X-Auth-Token')).toBe(TEST_TOKEN);
        expect(request.headers.get('OpenStack-API-Version')).toBe('compute 2.100');
        const marker = url.searchParams.get('marker');
        if (marker === null) return HttpResponse.json(page1);
        if (marker === firstId) return HttpResponse.json(page2);
        if (marker === secondId) return HttpResponse.json(page3);
        return HttpResponse.json({ badRequest: { code: 400, message: `marker [${marker}] not found` } }, { status: 400 });
      }),
    );
    const api = testApi();
    const first = await listServers(api, { limit: 1, name: 'new', status: 'ACTIVE', sortKey: 'created', sortDir: 'desc' });
    expect(first.servers.map((s) => s.id)).toEqual([firstId]);
    expect(first.nextMarker).toBe(firstId);
    expect(Object.fromEntries(seen[0]?.searchParams ?? [])).toEqual({
      limit: '1',
      name: 'new',
      status: 'ACTIVE',
      sort_key: 'created',
      sort_dir: 'desc',
    });

    const second = await listServers(api, { limit: 1, marker: first.nextMarker ?? undefined });
    expect(second.nextMarker).toBe(secondId);

    const all = await listAllServers(api, { limit: 1 });
    expect(all.map((s) => s.id)).toEqual([firstId, secondId, 'third-server']);
    expect(seen.slice(2).map((url) => url.searchParams.get('marker'))).toEqual([null, firstId, secondId]);
  });

  it('names the field when an answer does not parse', async () => {
    const broken = sampleRecord('nova/servers/servers-details-resp.json');
    const servers = broken['servers'] as Record<string, unknown>[];
    delete servers[0]?.['status'];
    server.use(http.get(`${NOVA}/servers/detail`, () => HttpResponse.json(broken)));
    const error = await openStackFailure(listServers(testApi()));
    expect(error).toMatchObject({ kind: 'parse', service: 'compute', field: 'servers[0].status' });
    expect(error.message).toContain('Compute (Nova)');
    expect(error.message).toContain('servers[0].status');
  });

  it('turns a Nova fault into an OpenStackError with Nova’s message', async () => {
    server.use(
      http.get(`${NOVA}/servers/detail`, () =>
        HttpResponse.json({ badRequest: { code: 400, message: 'marker [x] not found' } }, { status: 400, headers: { 'X-Openstack-Request-Id': 'req-1' } }),
      ),
    );
    const error = await openStackFailure(listServers(testApi(), { marker: 'x' }));
    expect(error).toMatchObject({ kind: 'http', status: 400, faultName: 'badRequest', message: 'marker [x] not found', requestId: 'req-1' });
  });
});

describe('server calls', () => {
  it('getServer reads the 2.100 server', async () => {
    server.use(http.get(`${NOVA}/servers/:id`, () => HttpResponse.json(sampleRecord('nova/servers/v2.100/server-get-resp.json'))));
    const got = await getServer(testApi(), '0e44cc9c-e052-415d-afbf-469b0d384170');
    expect(got.flavor).toMatchObject({ original_name: 'm1.tiny' });
  });

  it('createServer sends the checked body and returns the id', async () => {
    let sent: unknown;
    server.use(
      http.post(`${NOVA}/servers`, async ({ request }) => {
        sent = await request.json();
        return HttpResponse.json(sampleRecord('nova/servers/v2.100/server-create-resp.json'), { status: 202 });
      }),
    );
    const created = await createServer(testApi(), {
      name: 'from-snapshot',
      flavorRef: '1',
      networks: 'auto',
      block_device_mapping_v2: [
        { boot_index: 0, uuid: 'snap-1', source_type: 'snapshot', destination_type: 'volume', volume_size: 10, delete_on_termination: true },
      ],
    });
    expect(created).toEqual({ id: 'f5dc173b-6804-445a-a6d8-c705dad5b5eb' });
    expect(sent).toEqual({
      server: {
        name: 'from-snapshot',
        flavorRef: '1',
        networks: 'auto',
        block_device_mapping_v2: [
          { boot_index: 0, uuid: 'snap-1', source_type: 'snapshot', destination_type: 'volume', volume_size: 10, delete_on_termination: true },
        ],
      },
    });
  });

  it('createServer refuses an invalid body before sending it', async () => {
    const error = await openStackFailure(createServer(testApi(), { name: '', flavorRef: '1', networks: 'none' }));
    expect(error).toMatchObject({ kind: 'parse', service: 'compute', field: 'server.name' });
    const noNetworks = await openStackFailure(createServer(testApi(), { name: 'x', flavorRef: '1' }));
    expect(noNetworks).toMatchObject({ kind: 'parse', field: 'server.networks' });
  });

  it('start, stop and delete send the right requests', async () => {
    const actions: unknown[] = [];
    let deleted = '';
    server.use(
      http.post(`${NOVA}/servers/:id/action`, async ({ request }) => {
        actions.push(await request.json());
        return new HttpResponse(null, { status: 202 });
      }),
      http.delete(`${NOVA}/servers/:id`, ({ params }) => {
        deleted = String(params['id']);
        return new HttpResponse(null, { status: 204 });
      }),
    );
    const api = testApi();
    await startServer(api, 's1');
    await stopServer(api, 's1');
    await deleteServer(api, 's1');
    expect(actions).toEqual([{ 'os-start': null }, { 'os-stop': null }]);
    expect(deleted).toBe('s1');
  });
});

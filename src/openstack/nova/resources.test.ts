import { http, HttpResponse } from 'msw';
import { sampleRecord } from '../test-samples';
import { startMockServer } from '../test-server';
import { TEST_ENDPOINTS, TEST_PROJECT_ID, testApi } from '../test-support';
import { listAvailabilityZones } from './availability-zones';
import { listFlavors } from './flavors';
import { listKeypairs } from './keypairs';
import { getLimits } from './limits';
import { getQuotaDetail } from './quotas';

const NOVA = TEST_ENDPOINTS.compute;
const server = startMockServer();

describe('nova resources', () => {
  it('listFlavors reads swap "" (2.1) and 0 (2.102)', async () => {
    server.use(http.get(`${NOVA}/flavors/detail`, () => HttpResponse.json(sampleRecord('nova/flavors/flavors-detail-resp.json'))));
    const old = await listFlavors(testApi());
    expect(old).toHaveLength(6);
    expect(old[0]).toMatchObject({ id: '1', name: 'm1.tiny', swap: '' });
    server.use(http.get(`${NOVA}/flavors/detail`, () => HttpResponse.json(sampleRecord('nova/flavors/v2.102/flavors-detail-resp.json'))));
    expect((await listFlavors(testApi()))[0]).toMatchObject({ swap: 0, description: null });
  });

  it('listKeypairs unwraps items and follows keypairs_links', async () => {
    const markers: (string | null)[] = [];
    server.use(
      http.get(`${NOVA}/os-keypairs`, ({ request }) => {
        const marker = new URL(request.url).searchParams.get('marker');
        markers.push(marker);
        return HttpResponse.json(
          marker === null ? sampleRecord('nova/os-keypairs/v2.35/keypairs-list-resp.json') : sampleRecord('nova/os-keypairs/keypairs-list-resp.json'),
        );
      }),
    );
    const keypairs = await listKeypairs(testApi());
    expect(keypairs.map((k) => k.name)).toEqual([
      'keypair-5d935425-31d5-48a7-a0f1-e76e9813f2c3',
      'keypair-50ca852e-273f-4cdc-8949-45feba200837',
    ]);
    expect(keypairs[0]?.type).toBe('ssh');
    expect(markers).toEqual([null, 'keypair-5d935425-31d5-48a7-a0f1-e76e9813f2c3']);
  });

  it('getLimits reads both the 2.1 and the 2.57 key sets', async () => {
    server.use(http.get(`${NOVA}/limits`, () => HttpResponse.json(sampleRecord('nova/limits/limit-get-resp.json'))));
    expect(await getLimits(testApi())).toMatchObject({ maxTotalInstances: 10, maxImageMeta: 128 });
    server.use(http.get(`${NOVA}/limits`, () => HttpResponse.json(sampleRecord('nova/limits/v2.57/limit-get-resp.json'))));
    const limits = await getLimits(testApi());
    expect(limits.maxTotalCores).toBe(20);
    expect(limits.maxImageMeta).toBeUndefined();
  });

  it('getQuotaDetail asks for the project’s detail', async () => {
    server.use(
      http.get(`${NOVA}/os-quota-sets/${TEST_PROJECT_ID}/detail`, () =>
        HttpResponse.json(sampleRecord('nova/os-quota-sets/v2.57/quotas-show-detail-get-resp.json')),
      ),
    );
    const quota = await getQuotaDetail(testApi());
    expect(quota.instances).toEqual({ in_use: 0, limit: 10, reserved: 0 });
    expect(quota.fixed_ips).toBeUndefined();
  });

  it('listAvailabilityZones', async () => {
    server.use(
      http.get(`${NOVA}/os-availability-zone`, () =>
        HttpResponse.json({ availabilityZoneInfo: [{ zoneName: 'nova', zoneState: { available: true }, hosts: null }] }),
      ),
    );
    expect(await listAvailabilityZones(testApi())).toEqual([{ zoneName: 'nova', zoneState: { available: true }, hosts: null }]);
  });

  it('a limits answer without the core keys is a parse error naming the key', async () => {
    const broken = sampleRecord('nova/limits/limit-get-resp.json');
    const limits = broken['limits'] as { absolute: Record<string, unknown> };
    delete limits.absolute['maxTotalInstances'];
    server.use(http.get(`${NOVA}/limits`, () => HttpResponse.json(broken)));
    await expect(getLimits(testApi())).rejects.toMatchObject({ kind: 'parse', field: 'limits.absolute.maxTotalInstances' });
  });
});

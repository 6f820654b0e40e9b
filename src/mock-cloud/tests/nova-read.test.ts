// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { seedIds } from '../index';
import { call, get, list, serveMockCloud } from './helpers';

const t = serveMockCloud();
const mv = (v: string) => ({ 'OpenStack-API-Version': `compute ${v}` });

describe('nova: versions and microversions', () => {
  it('serves the version documents (2.1 … 2.93)', async () => {
    const root = await call('GET', `${t.cloud.baseUrl}/compute/`);
    expect(root.status).toBe(200);
    const v21 = list(root.body, 'versions').find((v) => v['id'] === 'v2.1');
    expect(v21?.['version']).toBe('2.93');
    expect(v21?.['min_version']).toBe('2.1');
    const doc = await call('GET', `${t.compute}/`);
    expect(get(doc.body, 'version', 'version')).toBe('2.93');
  });

  it('defaults to 2.1, echoes the negotiated version, honours the legacy header, and answers 406 out of range', async () => {
    const token = await t.login();
    const plain = await call('GET', `${t.compute}/servers`, { token });
    expect(plain.headers.get('OpenStack-API-Version')).toBe('compute 2.1');
    const modern = await call('GET', `${t.compute}/servers`, { token, headers: mv('2.60') });
    expect(modern.headers.get('OpenStack-API-Version')).toBe('compute 2.60');
    expect(modern.headers.get('X-OpenStack-Nova-API-Version')).toBe('2.60');
    expect(modern.headers.get('Vary')).toContain('OpenStack-API-Version');
    const legacy = await call('GET', `${t.compute}/servers`, { token, headers: { 'X-OpenStack-Nova-API-Version': '2.30' } });
    expect(legacy.headers.get('OpenStack-API-Version')).toBe('compute 2.30');
    const latest = await call('GET', `${t.compute}/servers`, { token, headers: mv('latest') });
    expect(latest.headers.get('OpenStack-API-Version')).toBe('compute 2.93');
    const tooNew = await call('GET', `${t.compute}/servers`, { token, headers: mv('2.94') });
    expect(tooNew.status).toBe(406);
    expect(tooNew.body).toEqual({
      computeFault: { code: 406, message: 'Version 2.94 is not supported by the API. Minimum is 2.1 and maximum is 2.93.' },
    });
    expect((await call('GET', `${t.compute}/servers`, { token, headers: mv('two') })).status).toBe(400);
  });
});

describe('nova: servers', () => {
  it('embeds the flavor from 2.47, links it before, and shows "" as the image of a volume-backed server', async () => {
    const token = await t.login();
    const old = await call('GET', `${t.compute}/servers/${seedIds.servers.web1}`, { token, headers: mv('2.46') });
    expect(get(old.body, 'server', 'flavor', 'id')).toBe(seedIds.flavors.small);
    const embedded = await call('GET', `${t.compute}/servers/${seedIds.servers.web1}`, { token, headers: mv('2.47') });
    expect(get(embedded.body, 'server', 'flavor')).toEqual({ vcpus: 1, ram: 2048, disk: 20, ephemeral: 0, swap: 0, original_name: 'm1.small', extra_specs: {} });
    expect(get(embedded.body, 'server', 'image', 'id')).toBe(seedIds.images.cirros);
    expect(get(embedded.body, 'server', 'key_name')).toBe('demo-key');
    expect(get(embedded.body, 'server', 'addresses', 'private-net', 0, 'addr')).toBe('10.0.0.11');
    const volumeBacked = await call('GET', `${t.compute}/servers/${seedIds.servers.volApp1}`, { token, headers: mv('2.93') });
    expect(get(volumeBacked.body, 'server', 'image')).toBe('');
    expect(get(volumeBacked.body, 'server', 'os-extended-volumes:volumes_attached')).toEqual([
      { id: seedIds.volumes.volApp1Root, delete_on_termination: true },
    ]);
    const broken = await call('GET', `${t.compute}/servers/${seedIds.servers.broken1}`, { token });
    expect(get(broken.body, 'server', 'status')).toBe('ERROR');
    expect(get(broken.body, 'server', 'fault', 'message')).toBe('No valid host was found. There are not enough hosts available.');
  });

  it('answers 404 itemNotFound for unknown and other projects’ servers', async () => {
    const token = await t.login();
    const missing = await call('GET', `${t.compute}/servers/nope`, { token });
    expect(missing.status).toBe(404);
    expect(missing.body).toEqual({ itemNotFound: { code: 404, message: 'Instance nope could not be found.' } });
    expect((await call('GET', `${t.compute}/servers/${seedIds.servers.altWeb1}`, { token })).status).toBe(404);
  });

  it('pages the detail list with servers_links and filters by name and status', async () => {
    t.cloud.scenarios.withServers(30);
    const token = await t.login();
    let url: string | undefined = `${t.compute}/servers/detail?limit=10&name=bulk`;
    const names: string[] = [];
    let pages = 0;
    while (url) {
      const page = await call('GET', url, { token });
      pages += 1;
      names.push(...list(page.body, 'servers').map((s) => String(s['name'])));
      const next = list(page.body, 'servers_links').find((l) => l['rel'] === 'next');
      url = typeof next?.['href'] === 'string' ? next['href'] : undefined;
    }
    expect(pages).toBe(4);
    expect(names).toHaveLength(30);
    expect(new Set(names).size).toBe(30);
    const shutoff = await call('GET', `${t.compute}/servers/detail?status=SHUTOFF`, { token });
    expect(list(shutoff.body, 'servers').map((s) => s['name']).sort()).toEqual(['db-1', 'vol-db-1']);
    const sorted = await call('GET', `${t.compute}/servers?sort_key=display_name&sort_dir=asc&limit=3`, { token });
    expect(list(sorted.body, 'servers').map((s) => s['name'])).toEqual(['broken-1', 'builder-1', 'bulk-server-0001']);
    expect(list(sorted.body, 'servers')[0]).toEqual({ id: seedIds.servers.broken1, name: 'broken-1', links: expect.any(Array) });
    expect((await call('GET', `${t.compute}/servers/detail?marker=nope`, { token })).status).toBe(400);
  });

  it('builder-1 turns ACTIVE about 15 s after the cloud starts', async () => {
    const token = await t.login();
    const url = `${t.compute}/servers/${seedIds.servers.builder1}`;
    expect(get((await call('GET', url, { token })).body, 'server', 'status')).toBe('BUILD');
    t.cloud.advance(15_000);
    const after = await call('GET', url, { token });
    expect(get(after.body, 'server', 'status')).toBe('ACTIVE');
    expect(get(after.body, 'server', 'OS-SRV-USG:launched_at')).not.toBeNull();
  });
});

describe('nova: flavors, keypairs, limits, quotas, zones', () => {
  it('shows swap as "" before 2.75 and 0 from 2.75', async () => {
    const token = await t.login();
    const old = await call('GET', `${t.compute}/flavors/detail`, { token });
    expect(list(old.body, 'flavors').map((f) => f['name'])).toEqual(['m1.tiny', 'm1.small', 'm1.medium', 'm1.large', 'm1.nano']);
    expect(list(old.body, 'flavors')[0]?.['swap']).toBe('');
    const newer = await call('GET', `${t.compute}/flavors/detail`, { token, headers: mv('2.75') });
    expect(list(newer.body, 'flavors')[0]?.['swap']).toBe(0);
  });

  it('wraps keypairs, adds type from 2.2 and pages them from 2.35', async () => {
    const token = await t.login();
    const base = await call('GET', `${t.compute}/os-keypairs`, { token });
    expect(list(base.body, 'keypairs').map((k) => get(k, 'keypair', 'name'))).toEqual(['demo-key', 'ci-key']);
    expect(get(base.body, 'keypairs', 0, 'keypair', 'type')).toBeUndefined();
    const paged = await call('GET', `${t.compute}/os-keypairs?limit=1`, { token, headers: mv('2.35') });
    expect(get(paged.body, 'keypairs', 0, 'keypair', 'type')).toBe('ssh');
    expect(get(paged.body, 'keypairs_links', 0, 'href')).toBe('http://cloud.test/compute/v2.1/os-keypairs?limit=1&marker=demo-key');
  });

  it('counts limits and quota usage from the state', async () => {
    const token = await t.login();
    const limits = await call('GET', `${t.compute}/limits`, { token, headers: mv('2.57') });
    expect(get(limits.body, 'limits', 'absolute')).toMatchObject({
      maxTotalInstances: 10,
      totalInstancesUsed: 7,
      maxTotalCores: 20,
      totalCoresUsed: 12,
      maxTotalRAMSize: 51200,
      totalRAMUsed: 23040,
    });
    expect(get(limits.body, 'limits', 'absolute', 'maxImageMeta')).toBeUndefined();
    expect(get((await call('GET', `${t.compute}/limits`, { token })).body, 'limits', 'absolute', 'maxImageMeta')).toBe(128);
    const quota = await call('GET', `${t.compute}/os-quota-sets/${seedIds.projects.demo}/detail`, { token });
    expect(get(quota.body, 'quota_set', 'cores')).toEqual({ in_use: 12, limit: 20, reserved: 0 });
    expect(get(quota.body, 'quota_set', 'key_pairs')).toEqual({ in_use: 2, limit: 100, reserved: 0 });
    expect((await call('GET', `${t.compute}/os-quota-sets/${seedIds.projects.admin}/detail`, { token })).status).toBe(403);
    const zones = await call('GET', `${t.compute}/os-availability-zone`, { token });
    expect(zones.body).toEqual({ availabilityZoneInfo: [{ zoneName: 'nova', zoneState: { available: true }, hosts: null }] });
  });
});

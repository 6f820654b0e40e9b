// @vitest-environment node
// Issue 12: what a cloud service gone bad can make the gateway serve on the dashboard's origin.
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDashboardServer } from '../../../server/app.mjs';
import { resolveConfig } from '../../../server/config/index.mjs';
import { UpstreamRegistry } from '../../../server/gateway/targets.mjs';
import { BIG_LIST_BYTES, TOKEN, TOKEN_EXPIRES_AT, raw, startFakeCloud, tokenState, type FakeCloud, type RawAnswer } from './fake-cloud';

interface Endpoint {
  interface: string;
  region_id?: string;
  url: string;
}
interface CatalogEntry {
  type: string;
  name: string;
  endpoints: Endpoint[];
}
interface NetworkList {
  networks: { id: string }[];
  networks_links: { rel: string; href: string }[];
}

const noFiles = { cwd: '/nowhere', readFile: () => null };
const SANDBOX = "sandbox; default-src 'none'; frame-ancestors 'none'";

let cloud: FakeCloud;
const servers: Server[] = [];

async function startGateway(options: Parameters<typeof createDashboardServer>[0]['gateway'] = {}): Promise<number> {
  const config = resolveConfig({ OS_AUTH_URL: `${cloud.keystone.url}/v3` }, noFiles);
  const { server } = createDashboardServer({ config, distDir: '/nonexistent-dist', gateway: { upstreamTimeoutMs: 5000, ...options } });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return (server.address() as AddressInfo).port;
}

function signIn(port: number): Promise<RawAnswer> {
  return raw(port, {
    method: 'POST',
    path: '/os/identity/v3/auth/tokens',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ auth: { identity: { methods: ['password'], password: { user: { name: 'demo', password: 'secret' } } } } }),
  });
}

/** The rewritten URL of a catalog service, by name. */
function endpointOf(catalog: CatalogEntry[], name: string): string {
  const url = catalog.find((entry) => entry.name === name)?.endpoints[0]?.url;
  if (!url) throw new Error(`no ${name} in the catalog`);
  return url;
}

function pathOf(url: string): string {
  return new URL(url).pathname;
}

let port: number;
let catalog: CatalogEntry[];
/** The hostile "network" service of RegionTwo, as the browser reaches it: /os/ep/<key>/networking */
let hostileNetwork: string;

beforeAll(async () => {
  cloud = await startFakeCloud();
  port = await startGateway();
  const answer = await signIn(port);
  if (answer.status !== 201) throw new Error(`sign-in answered ${answer.status}: ${answer.text}`);
  catalog = answer.json<{ token: { catalog: CatalogEntry[] } }>().token.catalog;
  hostileNetwork = pathOf(endpointOf(catalog, 'neutron-two'));
});

afterAll(async () => {
  for (const server of servers) {
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
  await cloud.close();
});

describe('answers a service makes up', () => {
  it.each([
    ['an HTML page', 'page.html', 'text/html'],
    ['a script', 'script.js', 'text/javascript'],
    ['an SVG it wants shown inline', 'inline.svg', 'image/svg+xml'],
    ['markup without a type', 'no-type', undefined],
  ])('serves %s as a sandboxed download that is never sniffed', async (_what, file, type) => {
    const answer = await raw(port, { path: `${hostileNetwork}/v2.0/${file}`, headers: { 'X-Auth-Token': TOKEN } });
    expect(answer.status).toBe(200);
    expect(answer.headers['content-type']).toBe(type);
    expect(answer.headers['content-disposition']).toBe('attachment');
    expect(answer.headers['content-security-policy']).toBe(SANDBOX);
    expect(answer.headers['x-content-type-options']).toBe('nosniff');
  });

  it('serves Glance image data as a download, and JSON as it is', async () => {
    const image = pathOf(endpointOf(catalog, 'glance'));
    const data = await raw(port, { path: `${image}/v2/images/i1/file`, headers: { 'X-Auth-Token': TOKEN } });
    expect(data.status).toBe(200);
    expect(data.headers['content-disposition']).toBe('attachment');
    expect(data.headers['content-security-policy']).toBe(SANDBOX);
    const list = await raw(port, { path: `${image}/v2/images`, headers: { 'X-Auth-Token': TOKEN } });
    expect(list.headers['content-type']).toBe('application/json');
    expect(list.headers['content-disposition']).toBeUndefined();
    expect(list.headers['content-security-policy']).toBe(SANDBOX);
  });

  it('gives the gateway’s own errors the same sandbox', async () => {
    const answer = await raw(port, { path: '/os/ep/AAAAAAAAAAAAAAAA/x' });
    expect(answer.status).toBe(404);
    expect(answer.headers['content-security-policy']).toBe(SANDBOX);
    expect(answer.headers['x-content-type-options']).toBe('nosniff');
  });
});

describe('redirects', () => {
  it.each([
    ['another port on loopback', 'to-loopback'],
    ['a javascript: URL', 'to-script'],
    ['a service the dashboard does not use, on the same host', 'to-object-store'],
  ])('drops a Location to %s and keeps the status', async (_what, path) => {
    const answer = await raw(port, { path: `${hostileNetwork}/v2.0/${path}`, headers: { 'X-Auth-Token': TOKEN } });
    expect(answer.status).toBe(302);
    expect(answer.headers['location']).toBeUndefined();
  });

  it('maps a Location into a forwarded service', async () => {
    const answer = await raw(port, { path: `${hostileNetwork}/v2.0/to-own-api`, headers: { 'X-Auth-Token': TOKEN } });
    expect(answer.status).toBe(302);
    expect(answer.headers['location']).toBe(`http://127.0.0.1:${port}${hostileNetwork}/v2.0/networks`);
  });
});

describe('services the dashboard does not use', () => {
  it('leaves them out of the forwarded catalog and refuses them with a JSON error, on a shared host too', async () => {
    const swift = endpointOf(catalog, 'swift');
    expect(swift).toBe(`${cloud.hostile.url}/swift/v1/AUTH_p0000000000000000000000000000001`);
    const key = UpstreamRegistry.keyOf(cloud.hostile.url);
    const answer = await raw(port, { path: `/os/ep/${key}/swift/v1/AUTH_p/evil.html`, headers: { 'X-Auth-Token': TOKEN } });
    expect(answer.status).toBe(404);
    expect(answer.headers['content-type']).toContain('application/json');
    expect(answer.json<{ error: { message: string } }>().error.message).toContain('compute, image, block storage and network');
    expect(cloud.hostile.seen.some((seen) => seen.url.startsWith('/swift'))).toBe(false);
  });

  it('forwards only the interface the gateway is configured for', async () => {
    expect(endpointOf(catalog, 'nova-internal')).toBe('http://10.0.0.1:8774/v2.1');
    const key = UpstreamRegistry.keyOf('http://10.0.0.1:8774');
    const answer = await raw(port, { path: `/os/ep/${key}/v2.1/servers`, headers: { 'X-Auth-Token': TOKEN } });
    expect(answer.status).toBe(404);
  });
});

describe('config.json', () => {
  it('answers only under an allowed Host (DNS-rebinding guard)', async () => {
    const foreign = await raw(port, { path: '/os/config.json', headers: { Host: 'rebind.evil.example' } });
    expect(foreign.status).toBe(403);
    expect(foreign.json<{ error: { message: string } }>().error.message).toContain('OS_DASHBOARD_ALLOWED_HOSTS');
    expect(foreign.text).not.toContain('identity');
    const listed = await startGateway({ allowedHosts: ['dashboard.example.com'] });
    expect((await raw(listed, { path: '/os/config.json', headers: { Host: 'dashboard.example.com' } })).status).toBe(200);
    expect((await raw(listed, { path: '/os/config.json', headers: { Host: 'rebind.evil.example' } })).status).toBe(403);
    expect((await raw(port, { path: '/os/config.json', headers: { Host: `localhost:${port}` } })).status).toBe(200);
  });
});

describe('forwardable origins', () => {
  it('expire with the token whose catalog named them; the expired token then gets a 401', async () => {
    let now = Date.now();
    const clocked = await startGateway({ now: () => now });
    expect((await signIn(clocked)).status).toBe(201);
    const compute = `/os/ep/${UpstreamRegistry.keyOf(cloud.compute.url)}/v2.1/servers/detail`;
    expect((await raw(clocked, { path: compute })).status).toBe(200);
    now = Date.parse(TOKEN_EXPIRES_AT) + 1000;
    tokenState.expired = true;
    try {
      expect((await raw(clocked, { path: compute })).status).toBe(404);
      const expired = await raw(clocked, { path: compute, headers: { 'X-Auth-Token': TOKEN } });
      expect(expired.status).toBe(401);
      expect(expired.json<{ error: { code: number } }>().error.code).toBe(401);
    } finally {
      tokenState.expired = false;
    }
  });

  it('stay forwardable while any catalog that named them lasts, and are bounded in number', () => {
    let now = 1_000_000;
    const registry = new UpstreamRegistry({ now: () => now, maxScopes: 3 });
    const key = registry.register('http://nova.example:8774/v2.1/p', now + 100)?.key ?? '';
    registry.register('http://nova.example:8774/v2.1/q', now + 500);
    expect(registry.forwardable(key, '/v2.1/servers')?.origin).toBe('http://nova.example:8774');
    now += 200;
    expect(registry.forwardable(key, '/v2.1/servers')?.origin).toBe('http://nova.example:8774');
    now += 400;
    expect(registry.forwardable(key, '/v2.1/servers')).toBeUndefined();
    expect(registry.size).toBe(0);
    for (let i = 0; i < 10; i += 1) registry.register(`http://host-${i}.example/`, now + 1000 + i);
    expect(registry.size).toBe(3);
    expect(registry.forwardable(UpstreamRegistry.keyOf('http://host-9.example'), '/x')).toBeDefined();
    expect(registry.forwardable(UpstreamRegistry.keyOf('http://host-0.example'), '/x')).toBeUndefined();
  });

  it('forward a path-based service below its own path only', () => {
    const registry = new UpstreamRegistry();
    const key = registry.register('https://cloud.example/compute/v2.1/p')?.key ?? '';
    expect(registry.forwardable(key, '/compute/')).toBeDefined();
    expect(registry.forwardable(key, '/compute/v2.1/servers')).toBeDefined();
    expect(registry.forwardable(key, '/object-store/v1/AUTH_p/x')).toBeUndefined();
    expect(registry.forwardable(key, '/computer')).toBeUndefined();
  });
});

describe('memory held for rewriting', () => {
  it('streams lists unrewritten beyond the cap, whole, and rewrites again once there is room', async () => {
    const capped = await startGateway({ rewriteBufferBytes: Math.round(BIG_LIST_BYTES * 1.5) });
    const session = await signIn(capped);
    const network = pathOf(endpointOf(session.json<{ token: { catalog: CatalogEntry[] } }>().token.catalog, 'neutron-two'));
    const answers = await Promise.all(
      Array.from({ length: 4 }, () => raw(capped, { path: `${network}/v2.0/big-together?n=4`, headers: { 'X-Auth-Token': TOKEN } })),
    );
    const nextLinks = answers.map((answer) => {
      expect(answer.status).toBe(200);
      const body = answer.json<NetworkList>();
      expect(body.networks.length).toBeGreaterThan(1000);
      return body.networks_links[0]?.href ?? '';
    });
    const rewritten = `http://127.0.0.1:${capped}${network}/v2.0/networks?marker=n1`;
    expect(nextLinks.filter((href) => href === rewritten).length).toBe(1);
    expect(nextLinks.filter((href) => href === `${cloud.hostile.url}/networking/v2.0/networks?marker=n1`).length).toBe(3);

    const alone = await raw(capped, { path: `${network}/v2.0/big`, headers: { 'X-Auth-Token': TOKEN } });
    expect(alone.json<NetworkList>().networks_links[0]?.href).toBe(rewritten);
  });

  it('streams an answer of unknown length on once it outgrows the cap', async () => {
    const capped = await startGateway({ rewriteBufferBytes: BIG_LIST_BYTES / 4 });
    const session = await signIn(capped);
    const network = pathOf(endpointOf(session.json<{ token: { catalog: CatalogEntry[] } }>().token.catalog, 'neutron-two'));
    const answer = await raw(capped, { path: `${network}/v2.0/big-chunked`, headers: { 'X-Auth-Token': TOKEN } });
    expect(answer.status).toBe(200);
    const body = answer.json<NetworkList>();
    expect(body.networks.length).toBeGreaterThan(1000);
    expect(body.networks_links[0]?.href).toBe(`${cloud.hostile.url}/networking/v2.0/networks?marker=n1`);
  });

  it('refuses a catalog it cannot hold with a 503 JSON error the browser can retry', async () => {
    const tiny = await startGateway({ rewriteBufferBytes: 256 });
    const answer = await signIn(tiny);
    expect(answer.status).toBe(503);
    expect(answer.headers['retry-after']).toBe('1');
    expect(answer.json<{ error: { code: number } }>().error.code).toBe(503);
  });
});

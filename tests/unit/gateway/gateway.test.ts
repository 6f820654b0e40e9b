// @vitest-environment node
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDashboardServer } from '../../../server/app.mjs';
import { resolveConfig } from '../../../server/config/index.mjs';
import { checkRest } from '../../../server/gateway/paths.mjs';
import { UpstreamRegistry } from '../../../server/gateway/targets.mjs';
import { IMAGE_BYTES, PROJECT, TOKEN, raw, startFakeCloud, startServer, type FakeCloud } from './fake-cloud';

interface Endpoint {
  interface: string;
  url: string;
}
interface TokenBody {
  token: { catalog: { type: string; endpoints: Endpoint[] }[] };
}

const noFiles = { cwd: '/nowhere', readFile: () => null };
const GATEWAY_CSP = "sandbox; default-src 'none'; frame-ancestors 'none'";

async function listen(server: Server): Promise<number> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return (server.address() as AddressInfo).port;
}

async function stop(server: Server): Promise<void> {
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
}

let cloud: FakeCloud;
let server: Server;
let port: number;
let origin: string;
let endpoints: Record<string, string>;

function signIn(password = 'secret') {
  return raw(port, {
    method: 'POST',
    path: '/os/identity/v3/auth/tokens',
    headers: { 'Content-Type': 'application/json', Cookie: 'session=browser-secret', Origin: 'http://evil.example', Referer: 'http://127.0.0.1/x' },
    body: JSON.stringify({ auth: { identity: { methods: ['password'], password: { user: { name: 'demo', password } } } } }),
  });
}

/** The path (and query) of a gateway URL, for raw(). */
function pathOf(url: string): string {
  const parsed = new URL(url);
  return `${parsed.pathname}${parsed.search}`;
}

beforeAll(async () => {
  cloud = await startFakeCloud();
  const config = resolveConfig({ OS_AUTH_URL: `${cloud.keystone.url}/v3`, OS_REGION_NAME: 'RegionOne' }, noFiles);
  ({ server } = createDashboardServer({ config, distDir: '/nonexistent-dist', gateway: { upstreamTimeoutMs: 2000 } }));
  port = await listen(server);
  origin = `http://127.0.0.1:${port}`;
  const answer = await signIn();
  if (answer.status !== 201) throw new Error(`sign-in through the gateway answered ${answer.status}: ${answer.text}`);
  // The first service of each type (the fake lists a second network and compute further down).
  endpoints = Object.fromEntries(
    answer.json<TokenBody>().token.catalog.map((entry) => [entry.type, entry.endpoints[0]?.url ?? '']).toReversed(),
  );
});

afterAll(async () => {
  await stop(server);
  await cloud.close();
});

describe('config.json', () => {
  it('tells the app to use the gateway, with the security headers', async () => {
    const answer = await raw(port, { path: '/os/config.json' });
    expect(answer.status).toBe(200);
    expect(answer.headers['content-type']).toContain('application/json');
    expect(answer.headers['cache-control']).toBe('no-store');
    expect(answer.json()).toEqual({
      mode: 'gateway',
      authUrl: '/os/identity/v3',
      defaults: { region: 'RegionOne', interface: 'public' },
    });
    expect(answer.headers['content-security-policy']).toBe(GATEWAY_CSP);
    expect(answer.headers['x-frame-options']).toBe('DENY');
    expect(answer.headers['x-content-type-options']).toBe('nosniff');
    expect(answer.headers['referrer-policy']).toBe('no-referrer');
    expect(answer.headers['cross-origin-opener-policy']).toBe('same-origin');
  });
});

describe('catalog rewriting', () => {
  it('rewrites every endpoint through the gateway, one key per scheme+host+port, the path kept', () => {
    const computeKey = UpstreamRegistry.keyOf(cloud.compute.url);
    expect(endpoints['compute']).toBe(`${origin}/os/ep/${computeKey}/v2.1`);
    expect(endpoints['image']).toBe(`${origin}/os/ep/${UpstreamRegistry.keyOf(cloud.image.url)}`);
    expect(endpoints['volumev3']).toBe(`${origin}/os/ep/${UpstreamRegistry.keyOf(cloud.volume.url)}/v3/${PROJECT}`);
    expect(endpoints['identity']).toBe(`${origin}/os/identity/v3`);
    expect(endpoints['weird']).toBe('ftp://files.example/');
    expect(computeKey).toMatch(/^[A-Za-z0-9_-]{16}$/);
  });

  it('passes the sign-in through: body up, X-Subject-Token back, no cookies either way', async () => {
    const up = cloud.keystone.seen.find((request) => request.method === 'POST');
    expect(up?.url).toBe('/v3/auth/tokens');
    expect(up?.headers['host']).toBe(`127.0.0.1:${cloud.keystone.port}`);
    expect(up?.headers['cookie']).toBeUndefined();
    expect(up?.headers['origin']).toBeUndefined();
    expect(up?.headers['referer']).toBeUndefined();
    expect(JSON.parse(up?.body ?? '{}')).toMatchObject({ auth: { identity: { methods: ['password'] } } });
    const answer = await signIn();
    expect(answer.headers['x-subject-token']).toBe(TOKEN);
    expect(answer.headers['set-cookie']).toBeUndefined();
    expect(answer.headers['cache-control']).toBe('no-store');
  });

  it('passes a failed sign-in with its WWW-Authenticate and error body', async () => {
    const answer = await signIn('wrong');
    expect(answer.status).toBe(401);
    expect(answer.headers['www-authenticate']).toContain('Keystone uri=');
    expect(answer.json()).toMatchObject({ error: { code: 401 } });
  });

  it('rewrites GET /v3/auth/catalog too', async () => {
    const answer = await raw(port, { path: '/os/identity/v3/auth/catalog', headers: { 'X-Auth-Token': TOKEN } });
    const catalog = answer.json<{ catalog: { type: string; endpoints: Endpoint[] }[] }>().catalog;
    expect(catalog.find((entry) => entry.type === 'compute')?.endpoints[0]?.url).toBe(endpoints['compute']);
  });

  it('uses the host the browser used in the rewritten URLs', async () => {
    const answer = await raw(port, { path: '/os/identity/v3/auth/catalog', headers: { 'X-Auth-Token': TOKEN, Host: `localhost:${port}` } });
    expect(answer.text).toContain(`http://localhost:${port}/os/ep/`);
  });
});

describe('forwarding', () => {
  it('sends X-Auth-Token and microversions up, brings request ids and microversions back, drops the rest', async () => {
    const answer = await raw(port, {
      path: `${pathOf(endpoints['compute'] ?? '')}/servers/detail?limit=1`,
      headers: {
        'X-Auth-Token': TOKEN,
        'X-OpenStack-Nova-API-Version': '2.95',
        'OpenStack-API-Version': 'compute 2.95',
        Cookie: 'session=browser-secret',
        Origin: 'http://evil.example',
        Referer: 'http://127.0.0.1/secret-page',
        Authorization: 'Basic Zm9vOmJhcg==',
      },
    });
    expect(answer.status).toBe(200);
    const up = cloud.compute.seen.at(-1);
    expect(up?.url).toBe('/v2.1/servers/detail?limit=1');
    expect(up?.headers['x-auth-token']).toBe(TOKEN);
    expect(up?.headers['x-openstack-nova-api-version']).toBe('2.95');
    expect(up?.headers['openstack-api-version']).toBe('compute 2.95');
    expect(up?.headers['host']).toBe(`127.0.0.1:${cloud.compute.port}`);
    for (const name of ['cookie', 'origin', 'referer', 'authorization', 'x-forwarded-for']) {
      expect(up?.headers[name]).toBeUndefined();
    }
    expect(answer.headers['x-openstack-nova-api-version']).toBe('2.95');
    expect(answer.headers['openstack-api-version']).toBe('compute 2.95');
    expect(answer.headers['x-openstack-request-id']).toBe('req-compute-1');
    expect(answer.headers['x-compute-request-id']).toBe('req-compute-1');
    expect(answer.headers['vary']).toContain('OpenStack-API-Version');
    expect(answer.headers['set-cookie']).toBeUndefined();
    expect(answer.headers['x-internal-secret']).toBeUndefined();
    expect(answer.headers['content-security-policy']).toBe(GATEWAY_CSP);
    expect(answer.headers['x-frame-options']).toBe('DENY');
  });

  it('rewrites next and self links of list answers, and leaves data alone', async () => {
    const answer = await raw(port, { path: `${pathOf(endpoints['compute'] ?? '')}/servers/detail`, headers: { 'X-Auth-Token': TOKEN } });
    const body = answer.json<{
      servers: { name: string; metadata: { next: string }; links: { href: string }[] }[];
      servers_links: { href: string }[];
    }>();
    const key = UpstreamRegistry.keyOf(cloud.compute.url);
    expect(body.servers_links[0]?.href).toBe(`${origin}/os/ep/${key}/v2.1/servers/detail?limit=1&marker=s1`);
    expect(body.servers[0]?.links[0]?.href).toBe(`${origin}/os/ep/${key}/v2.1/${PROJECT}/servers/s1`);
    expect(body.servers[0]?.name).toBe(`a link in data: ${cloud.compute.url}/v2.1/servers/s1`);
    expect(body.servers[0]?.metadata.next).toBe(`${cloud.compute.url}/not-a-link`);
  });

  it('rewrites Cinder snapshots_links and Keystone links.next; leaves Glance relative next alone', async () => {
    const volumes = await raw(port, { path: `${pathOf(endpoints['volumev3'] ?? '')}/snapshots/detail`, headers: { 'X-Auth-Token': TOKEN } });
    expect(volumes.json<{ snapshots_links: { href: string }[] }>().snapshots_links[0]?.href).toBe(
      `${endpoints['volumev3']}/snapshots?marker=snap1`,
    );
    const projects = await raw(port, { path: '/os/identity/v3/projects', headers: { 'X-Auth-Token': TOKEN } });
    expect(projects.json<{ links: { next: string; self: string; previous: null } }>().links).toEqual({
      self: `${origin}/os/identity/v3/projects`,
      previous: null,
      next: `${origin}/os/identity/v3/projects?marker=${PROJECT}`,
    });
    const images = await raw(port, { path: `${pathOf(endpoints['image'] ?? '')}/v2/images?limit=1`, headers: { 'X-Auth-Token': TOKEN } });
    expect(images.json()).toMatchObject({ next: '/v2/images?marker=i1', first: '/v2/images' });
    expect(cloud.image.seen.at(-1)?.url).toBe('/v2/images?limit=1');
  });

  it('rewrites links in an answer of unknown length (chunked)', async () => {
    const answer = await raw(port, { path: `${pathOf(endpoints['compute'] ?? '')}/chunked-list` });
    expect(answer.json<{ servers_links: { href: string }[] }>().servers_links[0]?.href).toBe(
      `${endpoints['compute']}/servers?marker=z`,
    );
  });

  it('gzips a rewritten answer when the browser accepts it', async () => {
    const answer = await raw(port, {
      path: `${pathOf(endpoints['compute'] ?? '')}/big-list`,
      headers: { 'X-Auth-Token': TOKEN, 'Accept-Encoding': 'gzip, deflate, br' },
    });
    expect(answer.headers['content-encoding']).toBe('gzip');
    expect(answer.headers['vary']).toContain('Accept-Encoding');
    const body = JSON.parse(gunzipSync(answer.body).toString('utf8')) as { servers: unknown[]; servers_links: { href: string }[] };
    expect(body.servers).toHaveLength(200);
    expect(body.servers_links[0]?.href).toBe(`${endpoints['compute']}/servers?marker=s199`);
    const small = await raw(port, { path: '/os/config.json', headers: { 'Accept-Encoding': 'gzip' } });
    expect(small.headers['content-encoding']).toBeUndefined();
  });

  it('rewrites an absolute Location to a registered upstream, and a relative one', async () => {
    const action = await raw(port, {
      method: 'POST',
      path: `${pathOf(endpoints['compute'] ?? '')}/servers/s1/action`,
      headers: { 'X-Auth-Token': TOKEN, 'Content-Type': 'application/json' },
      body: JSON.stringify({ createImage: { name: 'snap' } }),
    });
    expect(action.status).toBe(202);
    expect(action.headers['location']).toBe(`${endpoints['compute']}/images/i-new`);
    expect(JSON.parse(cloud.compute.seen.at(-1)?.body ?? '{}')).toEqual({ createImage: { name: 'snap' } });
    expect(cloud.compute.seen.at(-1)?.headers['content-type']).toBe('application/json');
    const created = await raw(port, { method: 'POST', path: `${pathOf(endpoints['compute'] ?? '')}/relative-location`, body: '{}' });
    expect(created.headers['location']).toBe(`${endpoints['compute']}/servers/s2`);
  });

  it('passes Retry-After and error bodies unchanged', async () => {
    const answer = await raw(port, { path: `${pathOf(endpoints['compute'] ?? '')}/busy` });
    expect(answer.status).toBe(503);
    expect(answer.headers['retry-after']).toBe('7');
    expect(answer.json()).toEqual({ computeFault: { code: 503, message: 'busy' } });
  });

  it('reaches the version documents at the host root', async () => {
    const nova = await raw(port, { path: `/os/ep/${UpstreamRegistry.keyOf(cloud.compute.url)}/` });
    expect(cloud.compute.seen.at(-1)?.url).toBe('/');
    expect(nova.json()).toEqual({
      versions: [{ id: 'v2.1', links: [{ href: `${endpoints['compute']}/`, rel: 'self' }] }],
    });
    const glance = await raw(port, { path: `/os/ep/${UpstreamRegistry.keyOf(cloud.image.url)}` });
    expect(glance.status).toBe(300);
    expect(cloud.image.seen.at(-1)?.url).toBe('/');
    const keystone = await raw(port, { path: '/os/identity/' });
    expect(keystone.status).toBe(200);
    expect(cloud.keystone.seen.at(-1)?.url).toBe('/');
  });

  it('streams binary bodies (image data) unchanged, with their length', async () => {
    const answer = await raw(port, { path: `${pathOf(endpoints['image'] ?? '')}/v2/images/i1/file`, headers: { 'X-Auth-Token': TOKEN } });
    expect(answer.status).toBe(200);
    expect(answer.headers['content-type']).toBe('application/octet-stream');
    expect(answer.headers['content-length']).toBe(String(IMAGE_BYTES));
    expect(answer.headers['content-md5']).toBe('abc');
    expect(answer.body.length).toBe(IMAGE_BYTES);
    expect(answer.body.every((byte) => byte === 7)).toBe(true);
  });

  it('answers 502 with a JSON error when the upstream does not answer', async () => {
    const answer = await raw(port, { path: `${pathOf(endpoints['network'] ?? '')}/v2.0/networks`, headers: { 'X-Auth-Token': TOKEN } });
    expect(answer.status).toBe(502);
    expect(answer.json()).toEqual({
      error: {
        code: 502,
        title: 'Bad Gateway',
        message: `The cloud at 127.0.0.1:${cloud.deadNetworkPort} did not answer: connection refused (ECONNREFUSED).`,
      },
    });
    expect(answer.headers['content-security-policy']).toBeDefined();
  });

  it('answers 504 when the upstream hangs', async () => {
    const hanging = await startServer(() => {
      // never answers
    });
    const config = resolveConfig({ OS_AUTH_URL: `${hanging.url}/v3` }, noFiles);
    const slow = createDashboardServer({ config, distDir: '/nonexistent', gateway: { upstreamTimeoutMs: 200 } });
    const slowPort = await listen(slow.server);
    try {
      const answer = await raw(slowPort, { path: '/os/identity/v3' });
      expect(answer.status).toBe(504);
      expect(answer.json<{ error: { message: string } }>().error.message).toMatch(/did not answer: no answer within/);
    } finally {
      await stop(slow.server);
      await hanging.close();
    }
  });
});

describe('refused targets', () => {
  const computeKey = () => UpstreamRegistry.keyOf(cloud.compute.url);

  it('404s an unregistered key, with a JSON error body', async () => {
    const unknown = UpstreamRegistry.keyOf('http://evil.example');
    for (const path of [`/os/ep/${unknown}/`, '/os/ep/nope/', '/os/ep/', '/os/elsewhere']) {
      const answer = await raw(port, { path });
      expect({ path, status: answer.status }).toEqual({ path, status: 404 });
      expect(answer.json<{ error: { code: number; title: string; message: string } }>().error).toMatchObject({
        code: 404,
        title: 'Not Found',
      });
    }
  });

  it('refuses the userinfo trick', async () => {
    const before = cloud.compute.seen.length;
    const answer = await raw(port, { path: `/os/ep/${computeKey()}@evil.example/v2.1/` });
    expect(answer.status).toBe(404);
    const colon = await raw(port, { path: `/os/ep/${computeKey()}:x@127.0.0.1:1/` });
    expect(colon.status).toBe(404);
    expect(cloud.compute.seen.length).toBe(before);
  });

  it.each([
    ['dot-dot', '/v2.1/../../etc/passwd'],
    ['encoded dot-dot', '/v2.1/%2e%2e/%2E%2E/x'],
    ['half-encoded dot-dot', '/v2.1/.%2e/x'],
    ['encoded slash', '/v2.1/..%2f..%2fx'],
    ['encoded slash alone', '/v2.1/a%2Fb'],
    ['double encoding', '/v2.1/%252e%252e/x'],
    ['double-encoded slash', '/v2.1/a%252fb'],
    ['backslash', '/v2.1/..\\..\\x'],
    ['encoded backslash', '/v2.1/%5c..%5cx'],
    ['encoded NUL', '/v2.1/a%00b'],
    ['malformed escape', '/v2.1/%zz'],
  ])('refuses %s below /os/ep', async (_name, rest) => {
    const before = cloud.compute.seen.length;
    const answer = await raw(port, { path: `/os/ep/${computeKey()}${rest}` });
    expect(answer.status).toBe(400);
    expect(answer.json<{ error: { code: number } }>().error.code).toBe(400);
    expect(cloud.compute.seen.length).toBe(before);
  });

  it('collapses runs of slashes, so //host cannot become a network-path reference upstream', async () => {
    const answer = await raw(port, { path: `/os/ep/${computeKey()}//evil.example//x` });
    expect(answer.status).toBe(200);
    expect(cloud.compute.seen.at(-1)?.url).toBe('/evil.example/x');
    expect(cloud.compute.seen.at(-1)?.headers['host']).toBe(`127.0.0.1:${cloud.compute.port}`);
  });

  it('refuses escapes below /os/identity too', async () => {
    for (const rest of ['/../x', '/%2e%2e/x', '/v3%2f..', '/%252e%252e/']) {
      expect({ rest, status: (await raw(port, { path: `/os/identity${rest}` })).status }).toEqual({ rest, status: 400 });
    }
  });

  it('refuses absolute-form request targets (proxy requests) for another host', async () => {
    const before = cloud.compute.seen.length;
    for (const path of [`http://evil.example/os/ep/${computeKey()}/`, `http://127.0.0.1:${cloud.compute.port}/`]) {
      const answer = await raw(port, { path });
      expect({ path, status: answer.status }).toEqual({ path, status: 400 });
      expect(answer.headers['x-frame-options']).toBe('DENY');
    }
    expect(cloud.compute.seen.length).toBe(before);
  });

  it('never lets the Host header choose the upstream, and refuses DNS-rebinding host names', async () => {
    const before = cloud.compute.seen.length;
    const rebound = await raw(port, { path: `/os/ep/${computeKey()}/`, headers: { Host: 'evil.example' } });
    expect(rebound.status).toBe(403);
    const malformed = await raw(port, { path: `/os/ep/${computeKey()}/`, headers: { Host: 'a@evil.example' } });
    expect(malformed.status).toBe(403);
    expect(cloud.compute.seen.length).toBe(before);
    const viaIp = await raw(port, { path: `/os/ep/${computeKey()}/`, headers: { Host: `127.0.0.1:${cloud.keystone.port}` } });
    expect(viaIp.status).toBe(200);
    expect(cloud.compute.seen.at(-1)?.headers['host']).toBe(`127.0.0.1:${cloud.compute.port}`);
  });

  it('refuses methods it does not forward', async () => {
    expect((await raw(port, { method: 'TRACE', path: '/os/identity/v3' })).status).toBe(405);
    expect((await raw(port, { method: 'POST', path: '/os/config.json' })).status).toBe(405);
  });

  it('does not take catalogs from anything but Keystone on /os/identity', async () => {
    const answer = await raw(port, { method: 'POST', path: `/os/ep/${computeKey()}/v3/auth/tokens`, body: '{}' });
    expect(answer.status).toBe(200);
    expect(answer.text).toContain('http://evil.example:1/x');
    const evil = await raw(port, { path: `/os/ep/${UpstreamRegistry.keyOf('http://evil.example:1')}/x`, headers: { 'X-Auth-Token': TOKEN } });
    expect(evil.status).toBe(404);
  });

  it('checks paths segment by segment', () => {
    expect(checkRest('')).toBe('');
    expect(checkRest('/v3/auth/tokens')).toBe('/v3/auth/tokens');
    expect(checkRest('/v2/images/a%20b')).toBe('/v2/images/a%20b');
    expect(checkRest('/a/%2e%2E')).toBeNull();
    expect(checkRest('v3')).toBeNull();
  });
});

describe('after a restart of the gateway', () => {
  it('re-registers the endpoints of the token that calls with a key it has not seen', async () => {
    const config = resolveConfig({ OS_AUTH_URL: `${cloud.keystone.url}/v3` }, noFiles);
    const fresh = createDashboardServer({ config, distDir: '/nonexistent' });
    const freshPort = await listen(fresh.server);
    try {
      const path = `${pathOf(endpoints['compute'] ?? '')}/servers/detail`;
      expect((await raw(freshPort, { path })).status).toBe(404);
      // Keystone refuses that token: the browser hears 401, as from the cloud, and signs in again.
      expect((await raw(freshPort, { path, headers: { 'X-Auth-Token': 'someone-else' } })).status).toBe(401);
      const answer = await raw(freshPort, { path, headers: { 'X-Auth-Token': TOKEN } });
      expect(answer.status).toBe(200);
      expect(fresh.gateway.registry.size).toBeGreaterThanOrEqual(4);
    } finally {
      await stop(fresh.server);
    }
  });
});

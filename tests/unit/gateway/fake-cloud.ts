// Small fake OpenStack services on 127.0.0.1 (random ports) and a raw HTTP client for the gateway tests.
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Seen {
  method: string;
  url: string;
  headers: http.IncomingHttpHeaders;
  body: string;
}

type Handler = (req: http.IncomingMessage, res: http.ServerResponse, body: string) => void;

export interface FakeServer {
  url: string;
  port: number;
  seen: Seen[];
  close(): Promise<void>;
}

export async function startServer(handler: Handler): Promise<FakeServer> {
  const seen: Seen[] = [];
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      seen.push({ method: req.method ?? '', url: req.url ?? '', headers: req.headers, body });
      handler(req, res, body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    seen,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export function json(res: http.ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(text), ...headers });
  res.end(text);
}

/** A port nothing listens on (bound, then released). */
export async function deadPort(): Promise<number> {
  const server = http.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

export const PROJECT = 'p0000000000000000000000000000001';
export const TOKEN = 'gAAAAA-the-token';
export const IMAGE_BYTES = 3 * 1024 * 1024 + 17;

export interface FakeCloud {
  keystone: FakeServer;
  compute: FakeServer;
  image: FakeServer;
  volume: FakeServer;
  hostile: FakeServer;
  deadNetworkPort: number;
  close(): Promise<void>;
}

/** Whether Keystone takes TOKEN as expired (tests that move the gateway's clock past expiry set it). */
export const tokenState = { expired: false };
/** When the fake's tokens expire: an hour after the cloud started. */
export const TOKEN_EXPIRES_AT = new Date(Date.now() + 60 * 60 * 1000).toISOString();
/** The size of the hostile service's large list answers. */
export const BIG_LIST_BYTES = 1024 * 1024;

/**
 * A list answer of about `bytes` bytes whose next link points back at `self`.
 * @param self the service's own base URL
 */
export function bigList(self: string, bytes: number): string {
  const head = `{"networks_links": [{"rel": "next", "href": "${self}/networking/v2.0/networks?marker=n1"}], "networks": [`;
  const item = '{"id": "n1", "name": "network"}';
  const count = Math.max(1, Math.floor((bytes - head.length - 2) / (item.length + 1)));
  return `${head}${Array.from({ length: count }, () => item).join(',')}]}`;
}

/**
 * A cloud service gone bad, at one origin: a "network" service in RegionTwo below /networking that
 * answers with markup, script and redirects off the gateway, and an object store below /swift that
 * the dashboard never uses.
 */
async function startHostileService(): Promise<FakeServer> {
  // Answers of /networking/v2.0/big-together?n=<n> wait until n of them were asked, then all go at once.
  let together: (() => void)[] = [];
  const hostile = await startServer((req, res) => {
    const self = `http://127.0.0.1:${hostile.port}`;
    const path = req.url ?? '/';
    const send = (status: number, type: string, body: string, headers: Record<string, string> = {}) => {
      res.writeHead(status, { 'Content-Type': type, 'Content-Length': Buffer.byteLength(body), ...headers });
      res.end(body);
    };
    const redirect = (location: string) => {
      res.writeHead(302, { Location: location, 'Content-Length': 0 });
      res.end();
    };
    if (path === '/networking/v2.0/page.html') send(200, 'text/html', '<script>fetch("/x?" + sessionStorage.length)</script>');
    else if (path === '/networking/v2.0/script.js') send(200, 'text/javascript', 'alert(document.domain)');
    else if (path === '/networking/v2.0/inline.svg') {
      send(200, 'image/svg+xml', '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>', { 'Content-Disposition': 'inline' });
    } else if (path === '/networking/v2.0/no-type') {
      res.writeHead(200, { 'Content-Length': 13 });
      res.end('<b>hello</b>\n');
    } else if (path === '/networking/v2.0/to-loopback') redirect('http://127.0.0.1:18319/x');
    else if (path === '/networking/v2.0/to-script') redirect('javascript:alert(1)');
    else if (path === '/networking/v2.0/to-object-store') redirect(`${self}/swift/v1/AUTH_p/evil.html`);
    else if (path === '/networking/v2.0/to-own-api') redirect(`${self}/networking/v2.0/networks`);
    else if (path === '/networking/v2.0/big') send(200, 'application/json', bigList(self, BIG_LIST_BYTES));
    else if (path.startsWith('/networking/v2.0/big-together?n=')) {
      together.push(() => send(200, 'application/json', bigList(self, BIG_LIST_BYTES)));
      if (together.length >= Number(path.split('=')[1])) {
        const all = together;
        together = [];
        for (const answer of all) answer();
      }
    } else if (path === '/networking/v2.0/big-chunked') {
      res.writeHead(200, { 'Content-Type': 'application/json' });
      res.end(bigList(self, BIG_LIST_BYTES));
    } else if (path.startsWith('/swift/')) send(200, 'text/html', '<script>alert("object store")</script>');
    else json(res, 200, { echo: path });
  });
  return hostile;
}

/**
 * Keystone with a catalog of compute, image, volumev3, identity and an unreachable network endpoint,
 * plus what the gateway must not forward: a hostile service's object store, an internal compute
 * endpoint and a non-http one.
 */
export async function startFakeCloud(): Promise<FakeCloud> {
  const compute = await startServer((req, res) => {
    const self = `http://127.0.0.1:${compute.port}`;
    const path = req.url ?? '/';
    if (path === '/' || path === '/v2.1/') {
      json(res, 200, { versions: [{ id: 'v2.1', links: [{ href: `${self}/v2.1/`, rel: 'self' }] }] });
    } else if (path.startsWith('/v2.1/servers/detail')) {
      json(
        res,
        200,
        {
          servers: [
            {
              id: 's1',
              name: `a link in data: ${self}/v2.1/servers/s1`,
              metadata: { next: `${self}/not-a-link` },
              links: [{ href: `${self}/v2.1/${PROJECT}/servers/s1`, rel: 'self' }],
            },
          ],
          servers_links: [{ href: `${self}/v2.1/servers/detail?limit=1&marker=s1`, rel: 'next' }],
        },
        {
          'Set-Cookie': 'upstream=1',
          'X-OpenStack-Nova-API-Version': String(req.headers['x-openstack-nova-api-version'] ?? '2.1'),
          'OpenStack-API-Version': String(req.headers['openstack-api-version'] ?? 'compute 2.1'),
          'X-Openstack-Request-Id': 'req-compute-1',
          'X-Compute-Request-Id': 'req-compute-1',
          Vary: 'OpenStack-API-Version, X-OpenStack-Nova-API-Version',
          'X-Internal-Secret': 'do-not-leak',
        },
      );
    } else if (req.method === 'POST' && path === '/v2.1/servers/s1/action') {
      res.writeHead(202, { Location: `${self}/v2.1/images/i-new`, 'Content-Length': 0 });
      res.end();
    } else if (path === '/v2.1/relative-location') {
      res.writeHead(201, { Location: '/v2.1/servers/s2', 'Content-Length': 0 });
      res.end();
    } else if (path === '/v2.1/busy') {
      json(res, 503, { computeFault: { code: 503, message: 'busy' } }, { 'Retry-After': '7' });
    } else if (path === '/v3/auth/tokens' || path === '/v3/auth/catalog') {
      // What a user could make a service echo back (an object in Swift, say): never a catalog.
      json(res, 200, { token: { catalog: [{ type: 'evil', endpoints: [{ interface: 'public', url: 'http://evil.example:1/x' }] }] } });
    } else if (path === '/v2.1/big-list') {
      json(res, 200, {
        servers: Array.from({ length: 200 }, (_, i) => ({ id: `s${i}`, name: `server ${i}` })),
        servers_links: [{ href: `${self}/v2.1/servers?marker=s199`, rel: 'next' }],
      });
    } else if (path === '/v2.1/chunked-list') {
      // No Content-Length: chunked, as many WSGI servers answer.
      res.writeHead(200, { 'Content-Type': 'application/json' });
      res.write('{"servers": [], "servers_links": [{"rel": "next", ');
      res.end(`"href": "${self}/v2.1/servers?marker=z"}]}`);
    } else {
      json(res, 200, { echo: path });
    }
  });

  const image = await startServer((req, res) => {
    const path = req.url ?? '/';
    if (path === '/') {
      json(res, 300, { versions: [{ id: 'v2.16', links: [{ href: `http://127.0.0.1:${image.port}/v2/`, rel: 'self' }] }] });
    } else if (path.startsWith('/v2/images?') || path === '/v2/images') {
      json(res, 200, { images: [{ id: 'i1' }], first: '/v2/images', next: '/v2/images?marker=i1', schema: '/v2/schemas/images' });
    } else if (path === '/v2/images/i1/file') {
      res.writeHead(200, { 'Content-Type': 'application/octet-stream', 'Content-Length': IMAGE_BYTES, 'Content-MD5': 'abc' });
      const chunk = Buffer.alloc(64 * 1024, 7);
      let left = IMAGE_BYTES;
      const pump = (): void => {
        while (left > 0) {
          const part = chunk.subarray(0, Math.min(chunk.length, left));
          left -= part.length;
          if (!res.write(part)) {
            res.once('drain', pump);
            return;
          }
        }
        res.end();
      };
      pump();
    } else {
      json(res, 200, { echo: path });
    }
  });

  const volume = await startServer((req, res) => {
    const self = `http://127.0.0.1:${volume.port}`;
    const path = req.url ?? '/';
    if (path.startsWith(`/v3/${PROJECT}/snapshots`)) {
      json(res, 200, {
        snapshots: [{ id: 'snap1' }],
        snapshots_links: [{ href: `${self}/v3/${PROJECT}/snapshots?marker=snap1`, rel: 'next' }],
      });
    } else {
      json(res, 200, { echo: path });
    }
  });

  const deadNetworkPort = await deadPort();
  const hostile = await startHostileService();

  const keystone = await startServer((req, res, body) => {
    const self = `http://127.0.0.1:${keystone.port}`;
    const catalog = [
      { type: 'identity', name: 'keystone', endpoints: [{ interface: 'public', region_id: 'RegionOne', url: `${self}/v3` }] },
      { type: 'compute', name: 'nova', endpoints: [{ interface: 'public', region_id: 'RegionOne', url: `${compute.url}/v2.1` }] },
      { type: 'image', name: 'glance', endpoints: [{ interface: 'public', region_id: 'RegionOne', url: image.url }] },
      {
        type: 'volumev3',
        name: 'cinderv3',
        endpoints: [{ interface: 'public', region_id: 'RegionOne', url: `${volume.url}/v3/${PROJECT}` }],
      },
      {
        type: 'network',
        name: 'neutron',
        endpoints: [{ interface: 'public', region_id: 'RegionOne', url: `http://127.0.0.1:${deadNetworkPort}` }],
      },
      { type: 'weird', name: 'bad', endpoints: [{ interface: 'public', url: 'ftp://files.example/' }] },
      {
        type: 'network',
        name: 'neutron-two',
        endpoints: [{ interface: 'public', region_id: 'RegionTwo', url: `${hostile.url}/networking` }],
      },
      {
        type: 'object-store',
        name: 'swift',
        endpoints: [{ interface: 'public', region_id: 'RegionTwo', url: `${hostile.url}/swift/v1/AUTH_${PROJECT}` }],
      },
      {
        type: 'compute',
        name: 'nova-internal',
        endpoints: [{ interface: 'internal', region_id: 'RegionOne', url: 'http://10.0.0.1:8774/v2.1' }],
      },
    ];
    const path = req.url ?? '/';
    if (req.method === 'POST' && path === '/v3/auth/tokens') {
      const parsed = JSON.parse(body) as { auth?: { identity?: { password?: { user?: { password?: string } } } } };
      if (parsed.auth?.identity?.password?.user?.password !== 'secret') {
        json(res, 401, { error: { code: 401, title: 'Unauthorized', message: 'The request you have made requires authentication.' } }, {
          'WWW-Authenticate': `Keystone uri="${self}"`,
        });
        return;
      }
      json(res, 201, { token: { project: { id: PROJECT }, expires_at: TOKEN_EXPIRES_AT, catalog } }, { 'X-Subject-Token': TOKEN, 'Set-Cookie': 'ks=1' });
    } else if (req.method === 'GET' && path === '/v3/auth/tokens') {
      // A token validating itself, as Keystone's policy allows its subject.
      if (tokenState.expired || req.headers['x-auth-token'] !== TOKEN || req.headers['x-subject-token'] !== TOKEN) {
        json(res, 401, { error: { code: 401, title: 'Unauthorized', message: 'no' } });
      } else json(res, 200, { token: { project: { id: PROJECT }, expires_at: TOKEN_EXPIRES_AT, catalog } }, { 'X-Subject-Token': TOKEN });
    } else if (req.method === 'GET' && path === '/v3/auth/catalog') {
      if (req.headers['x-auth-token'] !== TOKEN) json(res, 401, { error: { code: 401, title: 'Unauthorized', message: 'no' } });
      else json(res, 200, { catalog, links: { self: `${self}/v3/auth/catalog` } });
    } else if (req.method === 'GET' && path.startsWith('/v3/projects')) {
      json(res, 200, {
        projects: [{ id: PROJECT, links: { self: `${self}/v3/projects/${PROJECT}` } }],
        links: { self: `${self}/v3/projects`, previous: null, next: `${self}/v3/projects?marker=${PROJECT}` },
      });
    } else {
      json(res, 200, { echo: path });
    }
  });

  return {
    keystone,
    compute,
    image,
    volume,
    hostile,
    deadNetworkPort,
    close: async () => {
      await Promise.all([keystone.close(), compute.close(), image.close(), volume.close(), hostile.close()]);
    },
  };
}

export interface RawAnswer {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: Buffer;
  text: string;
  json<T = unknown>(): T;
}

export interface RawRequest {
  method?: string;
  /** Sent byte for byte as the request target: no URL normalisation happens on the way. */
  path: string;
  headers?: Record<string, string>;
  body?: string;
}

/** One HTTP request with an exact request target (fetch would normalise `..` and `%2e%2e` away). */
export function raw(port: number, request: RawRequest): Promise<RawAnswer> {
  return new Promise((resolve, reject) => {
    const headers: Record<string, string> = { ...request.headers };
    if (request.body !== undefined) headers['Content-Length'] = String(Buffer.byteLength(request.body));
    const req = http.request(
      { host: '127.0.0.1', port, method: request.method ?? 'GET', path: request.path, headers, agent: false },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('error', reject);
        res.on('end', () => {
          const body = Buffer.concat(chunks);
          const text = body.toString('utf8');
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            body,
            text,
            json: <T,>() => JSON.parse(text) as T,
          });
        });
      },
    );
    req.on('error', reject);
    req.end(request.body);
  });
}

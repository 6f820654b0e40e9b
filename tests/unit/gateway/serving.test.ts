// @vitest-environment node
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { EventEmitter } from 'node:events';
import http, { type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDashboardServer, displayUrl, startDashboardServer } from '../../../server/app.mjs';
import { resolveConfig } from '../../../server/config/index.mjs';
import { withInlineConfig } from '../../../server/static.mjs';
import { firstRequestsScript } from '../../../src/openstack/early-requests/replay.mjs';
import { raw, startServer, type FakeServer } from './fake-cloud';

const noFiles = { cwd: '/nowhere', readFile: () => null };
const script = `console.log(${JSON.stringify('x'.repeat(4000))});\n`;
const indexHtml = '<!doctype html><html><head><script type="module" src="/assets/app-abc123.js"></script></head><body></body></html>';
/** index.html as the demo serves it: its settings written in, so the app does not ask for config.json. */
const demoIndexHtml = withInlineConfig(indexHtml, '{"mode":"demo"}');

let dist: string;

async function listen(server: Server): Promise<number> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return (server.address() as AddressInfo).port;
}

async function stop(server: Server): Promise<void> {
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
}

beforeAll(() => {
  dist = mkdtempSync(path.join(tmpdir(), 'dash-dist-'));
  mkdirSync(path.join(dist, 'assets'));
  writeFileSync(path.join(dist, 'index.html'), indexHtml);
  writeFileSync(path.join(dist, 'assets', 'app-abc123.js'), script);
  writeFileSync(path.join(dist, 'mockServiceWorker.js'), '/* msw */');
  writeFileSync(path.join(dist, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
});

afterAll(() => {
  rmSync(dist, { recursive: true, force: true });
});

describe('static serving (demo mode)', () => {
  let server: Server;
  let port: number;

  beforeAll(async () => {
    ({ server } = createDashboardServer({ config: resolveConfig({}, noFiles), distDir: dist }));
    port = await listen(server);
  });
  afterAll(() => stop(server));

  it('serves index.html with the security headers', async () => {
    const answer = await raw(port, { path: '/' });
    expect(answer.status).toBe(200);
    expect(answer.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(answer.text).toBe(demoIndexHtml);
    expect(answer.text).toContain('<script type="application/json" id="os-config">{"mode":"demo"}</script></head>');
    expect(answer.headers['cache-control']).toBe('no-cache');
    expect(answer.headers['content-security-policy']).toBe(
      "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; worker-src 'self'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'",
    );
    expect(answer.headers['x-frame-options']).toBe('DENY');
    expect(answer.headers['x-content-type-options']).toBe('nosniff');
    expect(answer.headers['referrer-policy']).toBe('no-referrer');
    expect(answer.headers['cross-origin-opener-policy']).toBe('same-origin');
  });

  it('falls back to index.html for client routes, not for missing files', async () => {
    for (const route of ['/project/instances', '/project/volume-snapshots/abc?tab=1', '/login']) {
      const answer = await raw(port, { path: route, headers: { Accept: 'text/html' } });
      expect({ route, status: answer.status }).toEqual({ route, status: 200 });
      expect(answer.text).toBe(demoIndexHtml);
    }
    expect((await raw(port, { path: '/assets/gone-123.js' })).status).toBe(404);
    expect((await raw(port, { path: '/robots.txt' })).status).toBe(404);
  });

  it('caches hashed assets for long and compresses text with brotli or gzip', async () => {
    const plain = await raw(port, { path: '/assets/app-abc123.js' });
    expect(plain.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(plain.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(plain.text).toBe(script);
    const br = await raw(port, { path: '/assets/app-abc123.js', headers: { 'Accept-Encoding': 'gzip, deflate, br' } });
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers['vary']).toBe('Accept-Encoding');
    expect(brotliDecompressSync(br.body).toString('utf8')).toBe(script);
    const gz = await raw(port, { path: '/assets/app-abc123.js', headers: { 'Accept-Encoding': 'gzip' } });
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gz.body).toString('utf8')).toBe(script);
    const again = await raw(port, { path: '/assets/app-abc123.js', headers: { 'If-None-Match': String(plain.headers['etag']) } });
    expect(again.status).toBe(304);
  });

  it('serves the MSW worker the demo needs', async () => {
    const answer = await raw(port, { path: '/mockServiceWorker.js' });
    expect(answer.status).toBe(200);
    expect(answer.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(answer.headers['cache-control']).toBe('no-cache');
  });

  it('never serves a file outside dist/', async () => {
    for (const target of ['/../package.json', '/%2e%2e/package.json', '/assets/..%2f..%2fpackage.json', '/..%5cpackage.json', '/a%00b']) {
      const answer = await raw(port, { path: target });
      expect({ target, refused: [400, 404].includes(answer.status) }).toEqual({ target, refused: true });
      expect(answer.text).not.toContain('"name"');
    }
    expect((await raw(port, { path: 'http://evil.example/' })).status).toBe(400);
    expect((await raw(port, { method: 'POST', path: '/', body: 'x' })).status).toBe(405);
  });

  it('answers config.json as demo, and forwards nothing', async () => {
    expect((await raw(port, { path: '/os/config.json' })).json()).toEqual({ mode: 'demo' });
    const answer = await raw(port, { path: '/os/identity/v3/auth/tokens', method: 'POST', body: '{}' });
    expect(answer.status).toBe(404);
    expect(answer.json()).toMatchObject({ error: { code: 404, title: 'Not Found' } });
  });
});

describe('index.html’s own inline script (the first list request, src/openstack/early-requests/replay.mjs)', () => {
  let server: Server;
  let port: number;
  let withScript: string;
  const inline = firstRequestsScript();

  beforeAll(async () => {
    withScript = mkdtempSync(path.join(tmpdir(), 'dash-dist-inline-'));
    const html = `<!doctype html><html><head><meta charset="UTF-8" /><script>${inline}</script><script type="module" src="/assets/app-abc123.js"></script></head><body></body></html>`;
    writeFileSync(path.join(withScript, 'index.html'), html);
    ({ server } = createDashboardServer({ config: resolveConfig({ OS_AUTH_URL: 'http://keystone.test:5000/v3' }, noFiles), distDir: withScript }));
    port = await listen(server);
  });
  afterAll(async () => {
    await stop(server);
    rmSync(withScript, { recursive: true, force: true });
  });

  it('is allowed by its hash, on every page address, and nothing else inline is', async () => {
    const hash = `'sha256-${createHash('sha256').update(inline).digest('base64')}'`;
    for (const address of ['/', '/project/images?type=snapshot', '/auth/login']) {
      const page = await raw(port, { path: address });
      expect(page.text).toContain(`<script>${inline}</script>`);
      const scriptSrc = /script-src ([^;]*)/.exec(String(page.headers['content-security-policy']))?.[1];
      expect(scriptSrc).toBe(`'self' ${hash}`);
    }
  });

  it('is not allowed on anything else the server answers', async () => {
    const asset = await raw(port, { path: '/assets/app-abc123.js' });
    expect(String(asset.headers['content-security-policy'])).not.toContain('sha256-');
  });
});

describe('direct mode', () => {
  let keystone: FakeServer;
  let server: Server;
  let port: number;

  beforeAll(async () => {
    keystone = await startServer((_req, res) => {
      res.writeHead(200, { 'Content-Type': 'application/json' });
      res.end('{}');
    });
    const config = resolveConfig(
      { OS_AUTH_URL: `${keystone.url}/v3`, OS_DASHBOARD_DIRECT: '1', OS_DASHBOARD_CONNECT_SRC: 'https://nova.example:8774' },
      noFiles,
    );
    ({ server } = createDashboardServer({ config, distDir: dist }));
    port = await listen(server);
  });
  afterAll(async () => {
    await stop(server);
    await keystone.close();
  });

  it('tells the browser the real auth URL and lets the CSP connect to it', async () => {
    const answer = await raw(port, { path: '/os/config.json' });
    expect(answer.json()).toEqual({ mode: 'direct', authUrl: `${keystone.url}/v3`, defaults: { interface: 'public' } });
    expect(answer.headers['content-security-policy']).toBe("sandbox; default-src 'none'; frame-ancestors 'none'");
    const page = await raw(port, { path: '/' });
    expect(page.headers['content-security-policy']).toContain(`connect-src 'self' ${keystone.url} https://nova.example:8774;`);
  });

  it('writes the same settings into index.html, gzipped like the rest, so the app starts without asking', async () => {
    const config = (await raw(port, { path: '/os/config.json' })).text;
    const page = await raw(port, { path: '/project/volume-snapshots', headers: { 'Accept-Encoding': 'gzip' } });
    expect(page.headers['content-encoding']).toBe('gzip');
    const html = gunzipSync(page.body).toString('utf8');
    expect(html).toBe(withInlineConfig(indexHtml, config));
    const block = /<script type="application\/json" id="os-config">(.*?)<\/script>/.exec(html);
    expect(JSON.parse(block?.[1] ?? 'null')).toEqual({ mode: 'direct', authUrl: `${keystone.url}/v3`, defaults: { interface: 'public' } });
  });

  it('tells a page reached under a foreign host name (DNS rebinding) nothing, as config.json does', async () => {
    const rebound = await raw(port, { path: '/', headers: { Host: 'evil.example' } });
    expect(rebound.status).toBe(200);
    expect(rebound.text).toBe(indexHtml);
    expect((await raw(port, { path: '/os/config.json', headers: { Host: 'evil.example' } })).status).not.toBe(200);
  });

  it('proxies nothing', async () => {
    const answer = await raw(port, { path: '/os/identity/v3/auth/tokens', method: 'POST', body: '{}' });
    expect(answer.status).toBe(404);
    expect(answer.json<{ error: { message: string } }>().error.message).toMatch(/direct mode/);
    expect(keystone.seen).toHaveLength(0);
  });
});

describe('starting the server', () => {
  it('prints the URL and the mode', async () => {
    const lines: string[] = [];
    const config = resolveConfig({ OS_AUTH_URL: 'http://127.0.0.1:5000/v3' }, noFiles);
    const { server, url } = await startDashboardServer({ config, distDir: dist, port: 0, host: '127.0.0.1', log: (line) => lines.push(line) });
    try {
      expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
      expect(lines).toEqual([`Snapshot dashboard: ${url} (mode: gateway → http://127.0.0.1:5000/v3)`]);
    } finally {
      await stop(server);
    }
    expect(displayUrl('0.0.0.0', 8080)).toBe('http://127.0.0.1:8080/');
    expect(displayUrl('::', 8080)).toBe('http://[::1]:8080/');
  });

  it('asks for npm run build when dist/ is missing', async () => {
    await expect(
      startDashboardServer({ config: { mode: 'demo' }, distDir: path.join(dist, 'missing'), port: 0, host: '127.0.0.1' }),
    ).rejects.toThrow(/npm run build/);
  });

  it('serve.mjs exits 1 with a clear message on a bad configuration', async () => {
    const serve = path.resolve(__dirname, '../../../server/serve.mjs');
    const result = await new Promise<{ code: number | null; stderr: string }>((resolve) => {
      execFile(
        process.execPath,
        [serve],
        { env: { PATH: process.env['PATH'], OS_CLOUD: 'nope', OS_CLIENT_CONFIG_FILE: path.join(dist, 'index.html'), HOME: dist }, cwd: dist },
        (error, _stdout, stderr) => resolve({ code: error ? (error.code as number) : 0, stderr }),
      );
    });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^Configuration: OS_CLOUD is "nope"/);
  });
});

describe('the Vite plugin', () => {
  it('mounts config.json, the gateway and the security headers in the preview server', async () => {
    const { snapshotGateway } = await import('../../../server/vite-plugin.mjs');
    const plugin = snapshotGateway();
    type Middleware = (req: IncomingMessage, res: ServerResponse, next: () => void) => void;
    let mounted: Middleware | undefined;
    const previewServer = {
      config: { logger: { info: () => undefined } },
      httpServer: new EventEmitter(),
      middlewares: { use: (fn: Middleware) => (mounted = fn) },
    };
    const hook = plugin.configurePreviewServer as unknown as (server: typeof previewServer) => void;
    const saved = { ...process.env };
    for (const name of ['OS_CLOUD', 'OS_AUTH_URL', 'OS_DASHBOARD_DIRECT']) delete process.env[name];
    try {
      hook.call({}, previewServer);
    } finally {
      Object.assign(process.env, saved);
    }
    const server = http.createServer((req, res) => {
      mounted?.(req, res, () => {
        res.writeHead(200, { 'Content-Type': 'text/plain' });
        res.end('vite');
      });
    });
    const port = await listen(server);
    try {
      const config = await raw(port, { path: '/os/config.json' });
      expect(config.json()).toEqual({ mode: 'demo' });
      const page = await raw(port, { path: '/' });
      expect(page.text).toBe('vite');
      expect(page.headers['content-security-policy']).toContain("frame-ancestors 'none'");
      expect(page.headers['x-frame-options']).toBe('DENY');
    } finally {
      await stop(server);
      previewServer.httpServer.emit('close');
    }
  });
});

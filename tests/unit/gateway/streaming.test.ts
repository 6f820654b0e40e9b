// @vitest-environment node
import { createHash, randomBytes } from 'node:crypto';
import http, { type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDashboardServer } from '../../../server/app.mjs';
import { resolveConfig } from '../../../server/config/index.mjs';
import { json, raw, startServer, type FakeServer } from './fake-cloud';

const MIB = 1024 * 1024;
const SIZE = 5 * MIB;
const noFiles = { cwd: '/nowhere', readFile: () => null };
const blob = randomBytes(SIZE);
const sha = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

async function listen(server: Server): Promise<number> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return (server.address() as AddressInfo).port;
}

async function stop(server: Server): Promise<void> {
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
}

/** Resolves when `check` holds, fails after a while (a gateway that buffers never lets it hold). */
function when(check: () => boolean, what: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const started = Date.now();
    const timer = setInterval(() => {
      if (check()) {
        clearInterval(timer);
        resolve();
      } else if (Date.now() - started > 5000) {
        clearInterval(timer);
        reject(new Error(`timed out waiting until ${what}`));
      }
    }, 5);
  });
}

/** An object store that streams: it echoes uploads back as they arrive and serves `blob` in two halves. */
let upstreamReceived = 0;
let upstreamSha = '';
let clientReceived = 0;
let blobs: Server;
let keystone: FakeServer;
let server: Server;
let port: number;
let store: string;

beforeAll(async () => {
  blobs = http.createServer((req, res) => {
    if (req.method === 'PUT' && req.url === '/v1/echo') {
      upstreamReceived = 0;
      const hash = createHash('sha256');
      req.on('data', (chunk: Buffer) => {
        upstreamReceived += chunk.length;
        hash.update(chunk);
      });
      req.on('end', () => (upstreamSha = hash.digest('hex')));
      res.writeHead(200, { 'Content-Type': 'application/octet-stream' });
      req.pipe(res);
    } else if (req.url === '/v1/blob') {
      res.writeHead(200, { 'Content-Type': 'application/octet-stream', 'Content-Length': SIZE });
      res.write(blob.subarray(0, SIZE / 2));
      void when(() => clientReceived >= MIB, 'the browser got the first MiB').then(
        () => res.end(blob.subarray(SIZE / 2)),
        () => res.destroy(),
      );
    } else if (req.url === '/v1/broken') {
      res.writeHead(200, { 'Content-Type': 'application/octet-stream', 'Content-Length': SIZE });
      res.write(blob.subarray(0, MIB), () => setTimeout(() => res.destroy(), 20));
    } else {
      res.writeHead(404);
      res.end();
    }
  });
  const blobPort = await listen(blobs);
  keystone = await startServer((_req, res) => {
    const catalog = [{ type: 'image', endpoints: [{ interface: 'public', url: `http://127.0.0.1:${blobPort}/v1` }] }];
    json(res, 201, { token: { catalog } }, { 'X-Subject-Token': 'tok' });
  });
  const config = resolveConfig({ OS_AUTH_URL: `${keystone.url}/v3` }, noFiles);
  ({ server } = createDashboardServer({ config, distDir: '/nonexistent', gateway: { upstreamTimeoutMs: 5000 } }));
  port = await listen(server);
  const signIn = await raw(port, { method: 'POST', path: '/os/identity/v3/auth/tokens', body: '{}' });
  const url = signIn.json<{ token: { catalog: { endpoints: { url: string }[] }[] } }>().token.catalog[0]?.endpoints[0]?.url;
  store = new URL(url ?? '').pathname;
});

afterAll(async () => {
  await stop(server);
  await stop(blobs);
  await keystone.close();
});

describe('large binary bodies', () => {
  it('streams a 5 MiB upload up and its echo down unchanged, while the upload is still going', async () => {
    const back: Buffer[] = [];
    let backBytes = 0;
    const answer = new Promise<{ status: number; type: string | undefined }>((resolve, reject) => {
      const req = http.request(
        {
          host: '127.0.0.1',
          port,
          method: 'PUT',
          path: `${store}/echo`,
          agent: false,
          headers: { 'Content-Type': 'application/octet-stream', 'Content-Length': SIZE, 'X-Auth-Token': 'tok' },
        },
        (res) => {
          res.on('data', (chunk: Buffer) => {
            back.push(chunk);
            backBytes += chunk.length;
          });
          res.on('error', reject);
          res.on('end', () => resolve({ status: res.statusCode ?? 0, type: res.headers['content-type'] }));
        },
      );
      req.on('error', reject);
      req.write(blob.subarray(0, SIZE / 2));
      // The rest goes only once a MiB has come back: a gateway holding either body back would stall here.
      when(() => backBytes >= MIB, 'a MiB came back').then(() => req.end(blob.subarray(SIZE / 2)), reject);
    });
    const { status, type } = await answer;
    expect(status).toBe(200);
    expect(type).toBe('application/octet-stream');
    expect(upstreamReceived).toBe(SIZE);
    expect(upstreamSha).toBe(sha(blob));
    const echoed = Buffer.concat(back);
    expect(echoed.length).toBe(SIZE);
    expect(sha(echoed)).toBe(sha(blob));
  });

  it('streams a 5 MiB download unchanged, with its length, as it arrives', async () => {
    clientReceived = 0;
    const parts: Buffer[] = [];
    const result = await new Promise<{ status: number; length: string | undefined }>((resolve, reject) => {
      http
        .get({ host: '127.0.0.1', port, path: `${store}/blob`, agent: false, headers: { 'Accept-Encoding': 'gzip' } }, (res) => {
          res.on('data', (chunk: Buffer) => {
            parts.push(chunk);
            clientReceived += chunk.length;
          });
          res.on('error', reject);
          res.on('end', () => resolve({ status: res.statusCode ?? 0, length: res.headers['content-length'] }));
        })
        .on('error', reject);
    });
    expect(result).toEqual({ status: 200, length: String(SIZE) });
    const body = Buffer.concat(parts);
    expect(body.length).toBe(SIZE);
    expect(sha(body)).toBe(sha(blob));
  });

  it('cuts the browser’s connection when the upstream breaks off mid-answer, rather than hanging', async () => {
    await expect(raw(port, { path: `${store}/broken` })).rejects.toThrow(/aborted|ECONNRESET|socket hang up/);
    await expect(raw(port, { method: 'POST', path: `${store}/broken`, body: '' })).rejects.toThrow(/aborted|ECONNRESET|socket hang up/);
  });
});

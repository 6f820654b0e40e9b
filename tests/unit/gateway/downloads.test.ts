// @vitest-environment node
import http, { type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createDashboardServer } from '../../../server/app.mjs';
import { resolveConfig } from '../../../server/config/index.mjs';
import { createDownloadFeature } from '../../../server/downloads/index.mjs';
import { OPEN_WITHIN_MS, RESUME_WITHIN_MS } from '../../../server/downloads/tickets.mjs';
import {
  BIG_BYTES,
  BIG_ID,
  EMPTY_ID,
  ODD_NAME_ID,
  SMALL,
  SMALL_ID,
  TOKEN,
  OTHER_TOKEN,
  bigByte,
  sha512,
  startDownloadCloud,
} from './download-fake-glance';
import { raw } from './fake-cloud';

const noFiles = { cwd: '/nowhere', readFile: () => null };
let cloud: Awaited<ReturnType<typeof startDownloadCloud>>;
let server: Server;
let port: number;
let clock = Date.now();

async function listen(target: Server): Promise<number> {
  await new Promise<void>((resolve) => target.listen(0, '127.0.0.1', resolve));
  return (target.address() as AddressInfo).port;
}

async function stop(target: Server): Promise<void> {
  target.closeAllConnections();
  await new Promise<void>((resolve) => target.close(() => resolve()));
}

interface Link {
  url: string;
  expiresAt: string;
  name: string;
  size: number;
  checksum: { md5: string | null; hashAlgo: string | null; hashValue: string | null };
}

function askLink(imageId: string, token = TOKEN) {
  return raw(port, {
    method: 'POST',
    path: '/api/v1/downloads',
    headers: { 'Content-Type': 'application/json', 'X-Auth-Token': token },
    body: JSON.stringify({ imageId }),
  });
}

async function link(imageId: string): Promise<Link> {
  const answer = await askLink(imageId);
  expect(answer.status).toBe(201);
  return answer.json<Link>();
}

/** Resolves when `check` holds (polled), fails after 10 s. */
function when(check: () => boolean, what: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const started = Date.now();
    const timer = setInterval(() => {
      if (check()) {
        clearInterval(timer);
        resolve();
      } else if (Date.now() - started > 10_000) {
        clearInterval(timer);
        reject(new Error(`timed out waiting until ${what}`));
      }
    }, 10);
  });
}

beforeAll(async () => {
  cloud = await startDownloadCloud();
  const config = resolveConfig({ OS_AUTH_URL: `${cloud.keystone.url}/v3` }, noFiles);
  if (config.mode === 'demo') throw new Error('expected a cloud configuration');
  const downloads = createDownloadFeature({ config, now: () => clock, log: () => {} });
  server = http.createServer((req, res) =>
    downloads.handle(req, res, () => {
      res.writeHead(404);
      res.end();
    }),
  );
  server.on('close', () => downloads.close());
  port = await listen(server);
});

afterAll(async () => {
  await stop(server);
  await cloud.close();
});

beforeEach(() => {
  clock = Date.now();
});

describe('download links', () => {
  it('hands out a link that names no token, with the file name, size and Glance’s checksums', async () => {
    const answer = await link(SMALL_ID);
    expect(answer.url).toMatch(/^\/api\/v1\/downloads\/[A-Za-z0-9_-]{43}$/);
    expect(answer.url).not.toContain(TOKEN);
    expect(answer).toMatchObject({
      name: 'nightly backup.qcow2',
      size: SMALL.length,
      checksum: { md5: 'md5-of-it', hashAlgo: 'sha512', hashValue: sha512(SMALL) },
    });
    expect(new Date(answer.expiresAt).getTime()).toBe(clock + OPEN_WITHIN_MS);
  });

  it('streams the image once, as an attachment, with its length and safe headers', async () => {
    const { url } = await link(SMALL_ID);
    const first = await raw(port, { path: url });
    expect(first.status).toBe(200);
    expect(first.headers['content-type']).toBe('application/octet-stream');
    expect(first.headers['content-length']).toBe(String(SMALL.length));
    expect(first.headers['content-disposition']).toBe(`attachment; filename="nightly backup.qcow2"; filename*=UTF-8''nightly%20backup.qcow2`);
    expect(first.headers['x-content-type-options']).toBe('nosniff');
    expect(first.headers['cache-control']).toBe('no-store');
    expect(sha512(first.body)).toBe(sha512(SMALL));

    const again = await raw(port, { path: url });
    expect(again.status).toBe(410);
    expect(again.json<{ error: { message: string } }>().error.message).toMatch(/already used/);
  });

  it('acts with the token that asked for the link, whatever the download request carries', async () => {
    const { url } = await link(SMALL_ID);
    const before = cloud.glance.seen.length;
    const answer = await raw(port, { path: url, headers: { 'X-Auth-Token': OTHER_TOKEN } });
    expect(answer.status).toBe(200);
    const asked = cloud.glance.seen.slice(before);
    expect(asked.map((seen) => [seen.url, seen.headers['x-auth-token']])).toEqual([[`/v2/images/${SMALL_ID}/file`, TOKEN]]);
  });

  it('refuses a token Keystone does not know, and an image the token cannot read', async () => {
    expect((await askLink(SMALL_ID, 'forged')).status).toBe(401);
    const noToken = await raw(port, { method: 'POST', path: '/api/v1/downloads', headers: { 'Content-Type': 'application/json' }, body: '{"imageId":"x"}' });
    expect(noToken.status).toBe(401);
    // OTHER_TOKEN is valid in Keystone but Glance does not take it.
    expect((await askLink(SMALL_ID, OTHER_TOKEN)).status).toBe(401);
    expect((await askLink('0b1d2c3e-0000-4000-8000-00000000ffff')).status).toBe(404);
    expect((await askLink('../../etc/passwd')).status).toBe(400);
  });

  it('says a volume-backed snapshot has no data to download: it is in Cinder', async () => {
    const answer = await askLink(EMPTY_ID);
    expect(answer.status).toBe(409);
    expect(answer.json<{ error: { message: string } }>().error.message).toMatch(/in Cinder/);
  });

  it('expires an unused link, and a used one once its resume time is over', async () => {
    const unused = await link(SMALL_ID);
    clock += OPEN_WITHIN_MS + 1;
    expect((await raw(port, { path: unused.url })).status).toBe(404);

    clock = Date.now();
    const used = await link(SMALL_ID);
    expect((await raw(port, { path: used.url })).status).toBe(200);
    const range = { Range: 'bytes=10-19' };
    clock += RESUME_WITHIN_MS - 1000;
    expect((await raw(port, { path: used.url, headers: range })).status).toBe(206);
    clock += 2000;
    expect((await raw(port, { path: used.url, headers: range })).status).toBe(404);
    expect((await raw(port, { path: '/api/v1/downloads/not-a-ticket' })).status).toBe(404);
  });

  it('resumes with Range after the first download, also with a matching If-Range', async () => {
    const { url, checksum } = await link(SMALL_ID);
    expect((await raw(port, { path: url })).status).toBe(200);
    const rest = await raw(port, { path: url, headers: { Range: 'bytes=100000-', 'If-Range': `"${checksum.hashValue}"` } });
    expect(rest.status).toBe(206);
    expect(rest.headers['content-range']).toBe(`bytes 100000-${SMALL.length - 1}/${SMALL.length}`);
    expect(rest.headers['content-length']).toBe(String(SMALL.length - 100_000));
    expect(rest.body.equals(SMALL.subarray(100_000))).toBe(true);
    // Another image's validator is not this one: a full answer, and the full one was already used.
    expect((await raw(port, { path: url, headers: { Range: 'bytes=5-', 'If-Range': '"other"' } })).status).toBe(410);
    const outside = await raw(port, { path: url, headers: { Range: `bytes=${SMALL.length + 5}-` } });
    expect(outside.status).toBe(416);
    expect(outside.headers['content-range']).toBe(`bytes */${SMALL.length}`);
  });

  it('names the file safely, whatever the image is called', async () => {
    const { url, name } = await link(ODD_NAME_ID);
    expect(name).toBe('_Zdjęcie _łąka_.qcow2');
    const answer = await raw(port, { path: url });
    expect(answer.headers['content-disposition']).toBe(
      `attachment; filename="_Zdj_cie ___ka_.qcow2"; filename*=UTF-8''_Zdj%C4%99cie%20_%C5%82%C4%85ka_.qcow2`,
    );
  });

  it('streams a large image at the reader’s pace, holding only a few MiB however slowly it reads', async () => {
    const { url } = await link(BIG_ID);
    let received = 0;
    let mismatch = -1;
    let response: http.IncomingMessage | undefined;
    const done = new Promise<number>((resolve, reject) => {
      http
        .get({ host: '127.0.0.1', port, path: url, agent: false }, (res) => {
          response = res;
          res.pause();
          res.on('data', (chunk: Buffer) => {
            for (let i = 0; i < chunk.length && mismatch < 0; i += 4099) if (chunk[i] !== bigByte(received + i)) mismatch = received + i;
            received += chunk.length;
          });
          res.on('error', reject);
          res.on('end', () => resolve(res.statusCode ?? 0));
        })
        .on('error', reject);
    });
    // The reader has not read a byte: Glance must come to a stop long before it has sent it all.
    await when(() => response !== undefined && cloud.bigProgress.waiting, 'Glance waits for the reader');
    const stalledAt = cloud.bigProgress.written;
    // Socket buffers on loopback hold a few MiB; a gateway that buffered would take all 48.
    expect(stalledAt).toBeLessThan(16 * 1024 * 1024);
    response?.resume();
    expect(await done).toBe(200);
    expect(received).toBe(BIG_BYTES);
    expect(mismatch).toBe(-1);
  });
});

describe('the dashboard server', () => {
  it('answers /api/v1/downloads beside the gateway', async () => {
    const config = resolveConfig({ OS_AUTH_URL: `${cloud.keystone.url}/v3` }, noFiles);
    const { server: dashboard } = createDashboardServer({ config, distDir: '/nonexistent' });
    const dashboardPort = await listen(dashboard);
    try {
      const asked = await raw(dashboardPort, {
        method: 'POST',
        path: '/api/v1/downloads',
        headers: { 'Content-Type': 'application/json', 'X-Auth-Token': TOKEN },
        body: JSON.stringify({ imageId: SMALL_ID }),
      });
      expect(asked.status).toBe(201);
      const file = await raw(dashboardPort, { path: asked.json<Link>().url });
      expect(file.status).toBe(200);
      expect(sha512(file.body)).toBe(sha512(SMALL));
    } finally {
      await stop(dashboard);
    }
  });
});

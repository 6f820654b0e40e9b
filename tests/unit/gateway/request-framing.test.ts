// @vitest-environment node
// What http-proxy-3 would do on its own with unusual request framing, and what the gateway makes of it.
import http, { type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDashboardServer } from '../../../server/app.mjs';
import { resolveConfig } from '../../../server/config/index.mjs';
import { UpstreamRegistry } from '../../../server/gateway/targets.mjs';
import { TOKEN, raw, startFakeCloud, type FakeCloud, type RawAnswer } from './fake-cloud';

const noFiles = { cwd: '/nowhere', readFile: () => null };

let cloud: FakeCloud;
let server: Server;
let port: number;
let compute: string;

async function listen(target: Server): Promise<number> {
  await new Promise<void>((resolve) => target.listen(0, '127.0.0.1', resolve));
  return (target.address() as AddressInfo).port;
}

/** A request whose body goes chunked (no Content-Length), as browsers never send one. */
function chunked(method: string, path: string, parts: string[]): Promise<RawAnswer> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      { host: '127.0.0.1', port, method, path, agent: false, headers: { 'Transfer-Encoding': 'chunked', 'X-Auth-Token': TOKEN } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('error', reject);
        res.on('end', () => {
          const body = Buffer.concat(chunks);
          const text = body.toString('utf8');
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body, text, json: <T,>() => JSON.parse(text) as T });
        });
      },
    );
    req.on('error', reject);
    for (const part of parts) req.write(part);
    req.end();
  });
}

beforeAll(async () => {
  cloud = await startFakeCloud();
  const config = resolveConfig({ OS_AUTH_URL: `${cloud.keystone.url}/v3` }, noFiles);
  ({ server } = createDashboardServer({ config, distDir: '/nonexistent', gateway: { upstreamTimeoutMs: 2000 } }));
  port = await listen(server);
  const signIn = await raw(port, {
    method: 'POST',
    path: '/os/identity/v3/auth/tokens',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ auth: { identity: { password: { user: { password: 'secret' } } } } }),
  });
  if (signIn.status !== 201) throw new Error(`sign-in through the gateway answered ${signIn.status}: ${signIn.text}`);
  compute = `/os/ep/${UpstreamRegistry.keyOf(cloud.compute.url)}/v2.1`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  await cloud.close();
});

describe('request framing', () => {
  it('filters the headers of a request that carries Expect: 100-continue like any other', async () => {
    const answer = await raw(port, {
      method: 'POST',
      path: `${compute}/servers/s1/action`,
      headers: {
        Expect: '100-continue',
        'X-Auth-Token': TOKEN,
        'Content-Type': 'application/json',
        Cookie: 'session=browser-secret',
        Origin: 'http://evil.example',
        Host: `localhost:${port}`,
      },
      body: '{"createImage":{"name":"s"}}',
    });
    expect(answer.status).toBe(202);
    const up = cloud.compute.seen.at(-1);
    expect(up?.body).toBe('{"createImage":{"name":"s"}}');
    expect(up?.headers['host']).toBe(`127.0.0.1:${cloud.compute.port}`);
    expect(up?.headers['x-auth-token']).toBe(TOKEN);
    for (const name of ['cookie', 'origin', 'expect']) expect(up?.headers[name]).toBeUndefined();
  });

  it('forwards a chunked POST body whole', async () => {
    const answer = await chunked('POST', `${compute}/servers/s1/action`, ['{"createImage":', '{"name":"chunked"}}']);
    expect(answer.status).toBe(202);
    expect(cloud.compute.seen.at(-1)?.body).toBe('{"createImage":{"name":"chunked"}}');
  });

  it.each(['GET', 'DELETE', 'HEAD'])('refuses a %s body without a Content-Length (411), forwarding nothing', async (method) => {
    const before = cloud.compute.seen.length;
    const answer = await chunked(method, `${compute}/servers/s1`, ['GET /v2.1/smuggled HTTP/1.1\r\nHost: x\r\n\r\n']);
    expect(answer.status).toBe(411);
    expect(answer.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(cloud.compute.seen.length).toBe(before);
  });

  it('gives a DELETE without a body a Content-Length of 0 upstream', async () => {
    const answer = await raw(port, { method: 'DELETE', path: `${compute}/servers/s1`, headers: { 'X-Auth-Token': TOKEN } });
    expect(answer.status).toBe(200);
    expect(cloud.compute.seen.at(-1)?.method).toBe('DELETE');
    expect(cloud.compute.seen.at(-1)?.headers['content-length']).toBe('0');
  });
});

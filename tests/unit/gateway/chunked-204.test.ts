// @vitest-environment node
// uwsgi with --http-auto-chunked (as in front of Keystone) frames an empty chunk onto a 204 answer.
// A kept-alive socket would read that stray chunk as the next answer: the next call failed with 502.
import type { Server } from 'node:http';
import net from 'node:net';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDashboardServer } from '../../../server/app.mjs';
import { resolveConfig } from '../../../server/config/index.mjs';
import { raw } from './fake-cloud';

const noFiles = { cwd: '/nowhere', readFile: () => null };
let keystone: net.Server;
let server: Server;
let port: number;

async function listen(target: net.Server): Promise<number> {
  await new Promise<void>((resolve) => target.listen(0, '127.0.0.1', resolve));
  return (target.address() as AddressInfo).port;
}

beforeAll(async () => {
  // A Keystone that speaks raw HTTP/1.1 on kept-alive sockets, answering DELETE as uwsgi does.
  keystone = net.createServer((socket) => {
    let pending = '';
    socket.on('data', (data) => {
      pending += data.toString('latin1');
      for (;;) {
        const end = pending.indexOf('\r\n\r\n');
        if (end < 0) return;
        const head = pending.slice(0, end);
        const length = Number(/content-length:\s*(\d+)/i.exec(head)?.[1] ?? 0);
        if (pending.length < end + 4 + length) return;
        pending = pending.slice(end + 4 + length);
        const close = /connection:\s*close/i.test(head);
        if (head.startsWith('DELETE')) {
          // As the real uwsgi answers (checked against our local Keystone): chunked framing on a
          // kept-alive connection, a plain 204 when the client asked to close.
          socket.write(close ? 'HTTP/1.1 204 NO CONTENT\r\n\r\n' : 'HTTP/1.1 204 NO CONTENT\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n');
        } else {
          const body = JSON.stringify({ ok: true });
          socket.write(`HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: ${body.length}\r\n\r\n${body}`);
        }
        if (close) socket.end();
      }
    });
  });
  const keystonePort = await listen(keystone);
  const config = resolveConfig({ OS_AUTH_URL: `http://127.0.0.1:${keystonePort}/v3` }, noFiles);
  ({ server } = createDashboardServer({ config, distDir: '/nonexistent', gateway: { upstreamTimeoutMs: 2000 } }));
  port = await listen(server);
});

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  await new Promise((resolve) => keystone.close(resolve));
});

describe('a 204 framed with a stray chunk', () => {
  it('does not spoil the next answer from the same upstream', async () => {
    for (let round = 0; round < 3; round += 1) {
      const revoke = await raw(port, { method: 'DELETE', path: '/os/identity/v3/auth/tokens', headers: { 'X-Auth-Token': 't', 'X-Subject-Token': 't' } });
      expect(revoke.status).toBe(204);
      const next = await raw(port, { method: 'GET', path: '/os/identity/v3/auth/projects', headers: { 'X-Auth-Token': 't' } });
      expect(next.status).toBe(200);
      expect(next.json<{ ok: boolean }>()).toEqual({ ok: true });
    }
  });
});


// @vitest-environment node
import { createServer, type Server, type Socket } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { createAgents } from '../../../server/gateway/agents.mjs';
import { createSendJson } from '../../../server/policies/http-json.mjs';

/**
 * An upstream like Keystone behind uwsgi --http-auto-chunked: a 204 carries `Transfer-Encoding:
 * chunked` and an empty chunk (bytes a 204 may not have), and the connection is kept open.
 */
function keystoneLike(split: boolean): Promise<{ server: Server; url: string; connections: () => number }> {
  let connections = 0;
  const server = createServer((socket: Socket) => {
    connections += 1;
    let buffered = '';
    socket.on('data', (chunk: Buffer) => {
      buffered += chunk.toString('latin1');
      for (let end = buffered.indexOf('\r\n\r\n'); end !== -1; end = buffered.indexOf('\r\n\r\n')) {
        const head = buffered.slice(0, end);
        buffered = buffered.slice(end + 4);
        if (head.startsWith('DELETE ')) {
          const head204 = 'HTTP/1.1 204 NO CONTENT\r\nTransfer-Encoding: chunked\r\n\r\n';
          if (split) {
            socket.write(head204);
            setTimeout(() => socket.writable && socket.write('0\r\n\r\n'), 30);
          } else {
            socket.write(`${head204}0\r\n\r\n`);
          }
        } else {
          const body = '{"ok":true}';
          socket.write(`HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: ${body.length}\r\n\r\n${body}`);
        }
      }
    });
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      resolve({ server, url: `http://127.0.0.1:${port}`, connections: () => connections });
    });
  });
}

let stop: Array<() => void> = [];
afterEach(() => {
  for (const step of stop) step();
  stop = [];
});

describe('a JSON request to the cloud', () => {
  it.each([
    ['in the same packet', false],
    ['a moment later', true],
  ])('takes a 204 with a stray empty chunk %s, and the next answer reads well', async (_when, split) => {
    const upstream = await keystoneLike(split);
    const agents = createAgents({ insecure: false });
    stop.push(() => agents.close(), () => upstream.server.close());
    const sendJson = createSendJson(agents, 5000);

    const deleted = await sendJson({ method: 'DELETE', url: `${upstream.url}/v3/users/u/application_credentials/a` });
    if (split) await new Promise((resolve) => setTimeout(resolve, 60));
    const next = await sendJson({ method: 'GET', url: `${upstream.url}/v3/auth/tokens` });

    expect(deleted.status).toBe(204);
    expect(next).toMatchObject({ status: 200, json: { ok: true } });
    expect(upstream.connections()).toBe(2);
  });
});

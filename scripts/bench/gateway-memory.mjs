// @ts-check
/**
 * `npm run bench:gateway`: the gateway's memory under many large JSON answers at once (issue 12,
 * finding 4). On loopback only: a fake Keystone and a fake Neutron in this process, the dashboard's
 * server (gateway mode) in a child process, then BENCH_CLIENTS (200) concurrent GETs of a
 * BENCH_ANSWER_MIB (7.5) MiB network list through the gateway, as a browser asks (gzip accepted).
 * Prints the gateway process's RSS before, its peak (getrusage maxrss) and after, how many answers
 * were rewritten or streamed as they came, then `BENCH_GATEWAY {json}`.
 *
 * GATEWAY_REWRITE_BUFFER_BYTES is passed on to the gateway (unset: its default), so the same
 * command shows the figure for any cap, e.g. `GATEWAY_REWRITE_BUFFER_BYTES=2GiB` for no cap at all.
 */
import { fork } from 'node:child_process';
import http from 'node:http';
import { fileURLToPath } from 'node:url';
import { createGunzip } from 'node:zlib';

const MIB = 1024 * 1024;
const SAMPLE_MS = 25;
const DEADLINE_MS = 180_000;

/** @param {string | undefined} raw @param {number} fallback */
function positive(raw, fallback) {
  const value = Number(raw);
  return Number.isFinite(value) && value > 0 ? value : fallback;
}

/**
 * @param {http.Server} server
 * @returns {Promise<number>} the port
 */
function listen(server) {
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      resolve(typeof address === 'object' && address ? address.port : 0);
    });
  });
}

/** The child: the dashboard's server in gateway mode, reporting its memory on request. */
async function runGateway() {
  const { createDashboardServer, rewriteBufferBytesFrom } = await import('../../server/app.mjs');
  const { resolveConfig } = await import('../../server/config/index.mjs');
  const config = resolveConfig({ OS_AUTH_URL: process.env['BENCH_AUTH_URL'] }, { cwd: process.cwd(), readFile: () => null });
  const rewriteBufferBytes = rewriteBufferBytesFrom(process.env);
  const { server } = createDashboardServer({
    config,
    distDir: '/nonexistent-dist',
    gateway: { allowedHosts: [], ...(rewriteBufferBytes ? { rewriteBufferBytes } : {}) },
  });
  const port = await listen(server);
  process.on('message', (message) => {
    if (message === 'sample') {
      process.send?.({ rss: process.memoryUsage().rss, maxRss: process.resourceUsage().maxRSS * 1024 });
    } else if (message === 'stop') {
      server.closeAllConnections();
      server.close(() => process.exit(0));
    }
  });
  process.send?.({ port });
}

/**
 * A network list of about `bytes` bytes whose next link names the fake Neutron (the gateway
 * rewrites it when it holds the answer).
 * @param {string} self
 * @param {number} bytes
 */
function networkList(self, bytes) {
  const head = `{"networks_links": [{"rel": "next", "href": "${self}/v2.0/networks?marker=n1"}], "networks": [`;
  const item = JSON.stringify({ id: '3f1e5c1a-6a3b-4c2e-9d1f-000000000000', name: 'network', status: 'ACTIVE', shared: false });
  const count = Math.floor((bytes - head.length - 2) / (item.length + 1));
  return Buffer.from(`${head}${Array.from({ length: count }, () => item).join(',')}]}`);
}

/** @param {http.ServerResponse} res @param {number} status @param {unknown} body @param {Record<string, string>} [headers] */
function json(res, status, body, headers = {}) {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(text), ...headers });
  res.end(text);
}

/**
 * One GET through the gateway, the body read and dropped; says whether its next link came rewritten.
 * @param {number} port
 * @param {string} path
 * @param {http.Agent} agent
 * @returns {Promise<{ status: number, bytes: number, rewritten: boolean, head: string }>}
 */
function fetchThrough(port, path, agent) {
  return new Promise((resolve, reject) => {
    const req = http.get(
      { host: '127.0.0.1', port, path, agent, headers: { 'X-Auth-Token': 'bench-token', 'Accept-Encoding': 'gzip' } },
      (res) => {
        const body = res.headers['content-encoding'] === 'gzip' ? res.pipe(createGunzip()) : res;
        let bytes = 0;
        let head = '';
        body.on('data', (/** @type {Buffer} */ chunk) => {
          if (head.length < 200) head += chunk.subarray(0, 200).toString('utf8');
          bytes += chunk.length;
        });
        body.on('error', reject);
        body.on('end', () => resolve({ status: res.statusCode ?? 0, bytes, rewritten: head.includes(`127.0.0.1:${port}/os/ep/`), head }));
      },
    );
    req.on('error', reject);
  });
}

async function runBench() {
  const clients = Math.round(positive(process.env['BENCH_CLIENTS'], 200));
  const answerBytes = Math.round(positive(process.env['BENCH_ANSWER_MIB'], 7.5) * MIB);

  /** @type {Buffer} */
  let list = Buffer.alloc(0);
  const neutron = http.createServer((req, res) => {
    if (req.url?.startsWith('/v2.0/networks')) {
      res.writeHead(200, { 'Content-Type': 'application/json', 'Content-Length': list.length });
      res.end(list);
    } else json(res, 404, { NeutronError: { message: 'not found' } });
  });
  const neutronPort = await listen(neutron);
  list = networkList(`http://127.0.0.1:${neutronPort}`, answerBytes);

  const keystone = http.createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      const catalog = [
        { type: 'network', name: 'neutron', endpoints: [{ interface: 'public', region_id: 'RegionOne', url: `http://127.0.0.1:${neutronPort}` }] },
      ];
      const expires = new Date(Date.now() + 3_600_000).toISOString();
      json(res, 201, { token: { expires_at: expires, catalog } }, { 'X-Subject-Token': 'bench-token' });
    });
  });
  const keystonePort = await listen(keystone);

  const child = fork(fileURLToPath(import.meta.url), ['--gateway'], {
    env: { ...process.env, BENCH_AUTH_URL: `http://127.0.0.1:${keystonePort}/v3` },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  // The gateway never outlives the bench, however it ends.
  process.once('exit', () => child.kill('SIGKILL'));
  const killer = setTimeout(() => {
    console.error(`bench:gateway: no result within ${DEADLINE_MS / 1000} s`);
    child.kill('SIGKILL');
    process.exit(1);
  }, DEADLINE_MS);

  /** @typedef {{ port?: number, rss?: number, maxRss?: number }} GatewayMessage */
  /** @type {((message: GatewayMessage) => void)[]} */
  const waiting = [];
  child.on('message', (message) => waiting.shift()?.(/** @type {GatewayMessage} */ (message)));
  /** @returns {Promise<GatewayMessage>} */
  const nextMessage = () => new Promise((resolve) => waiting.push(resolve));
  const sample = async () => {
    const answer = nextMessage();
    child.send('sample');
    const { rss = 0, maxRss = 0 } = await answer;
    return { rss, maxRss };
  };

  const { port = 0 } = await nextMessage();
  const agent = new http.Agent({ keepAlive: true, maxSockets: Infinity });
  /** @type {{ token: { catalog: { endpoints: { url: string }[] }[] } }} */
  const signIn = await new Promise((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port, method: 'POST', path: '/os/identity/v3/auth/tokens', agent }, (res) => {
      const chunks = /** @type {Buffer[]} */ ([]);
      res.on('data', (chunk) => chunks.push(chunk));
      res.on('end', () => resolve(JSON.parse(Buffer.concat(chunks).toString('utf8'))));
    });
    req.on('error', reject);
    req.end('{}');
  });
  const networkUrl = new URL(signIn.token.catalog[0]?.endpoints[0]?.url ?? '');

  const before = await sample();
  let peakSampled = before.rss;
  const sampling = { on: true };
  const sampler = (async () => {
    while (sampling.on) {
      const now = await sample();
      peakSampled = Math.max(peakSampled, now.rss);
      await new Promise((resolve) => setTimeout(resolve, SAMPLE_MS));
    }
  })();

  const started = Date.now();
  const results = await Promise.all(
    Array.from({ length: clients }, () => fetchThrough(port, `${networkUrl.pathname.replace(/\/$/, '')}/v2.0/networks`, agent)),
  );
  const seconds = (Date.now() - started) / 1000;
  sampling.on = false;
  await sampler;
  const after = await sample();

  child.send('stop');
  await new Promise((resolve) => child.once('exit', resolve));
  clearTimeout(killer);
  agent.destroy();
  neutron.closeAllConnections();
  neutron.close();
  keystone.close();

  // A rewritten answer differs from the upstream's by the length of its next link only.
  const ok = results.filter((result) => result.status === 200 && Math.abs(result.bytes - list.length) < 1024);
  const summary = {
    clients,
    answerMiB: Number((list.length / MIB).toFixed(2)),
    rewriteBufferBytes: process.env['GATEWAY_REWRITE_BUFFER_BYTES'] ?? 'default',
    rssBeforeMiB: Math.round(before.rss / MIB),
    rssPeakMiB: Math.round(Math.max(after.maxRss, peakSampled) / MIB),
    rssAfterMiB: Math.round(after.rss / MIB),
    complete: ok.length,
    rewritten: ok.filter((result) => result.rewritten).length,
    streamedAsIs: ok.filter((result) => !result.rewritten).length,
    refused: results.filter((result) => result.status === 503).length,
    others: results.filter((result) => !ok.includes(result)).map(({ status, bytes, head }) => ({ status, bytes, head: head.slice(0, 200) })),
    seconds: Number(seconds.toFixed(1)),
  };
  console.log(
    `gateway RSS with ${clients} concurrent ${summary.answerMiB} MiB answers (cap ${summary.rewriteBufferBytes}): ` +
      `before ${summary.rssBeforeMiB} MiB, peak ${summary.rssPeakMiB} MiB, after ${summary.rssAfterMiB} MiB`,
  );
  console.log(
    `answers: ${summary.complete}/${clients} complete (${summary.rewritten} rewritten, ${summary.streamedAsIs} streamed as they came), ` +
      `${summary.refused} refused, in ${summary.seconds} s`,
  );
  console.log(`BENCH_GATEWAY ${JSON.stringify(summary)}`);
  process.exitCode = summary.complete === clients ? 0 : 1;
}

if (process.argv.includes('--gateway')) await runGateway();
else await runBench();

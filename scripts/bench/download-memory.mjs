// @ts-check
/**
 * `npm run bench:download`: the dashboard server's memory while it streams a large image download
 * from the local cloud (issue 18). As the demo user: uploads BENCH_DOWNLOAD_MIB (2048) MiB of
 * pseudo-random bytes as an image named `bench-download-<time>`, starts the dashboard's server
 * (gateway mode, in a child process so its RSS is its own), asks it for a download link, streams the
 * download to nowhere while sampling the server's RSS, checks the bytes' sha512 against Glance's
 * `os_hash_value`, prints start/peak RSS and MB/s, then `BENCH_DOWNLOAD {json}`, and deletes the
 * image whatever happened.
 *
 * Needs the local cloud (npm run cloud:up); OS_AUTH_URL (http://127.0.0.1:5000/v3),
 * BENCH_USER / BENCH_PASSWORD / BENCH_PROJECT (demo / demo / demo).
 */
import { fork } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import http from 'node:http';
import { fileURLToPath } from 'node:url';

const MIB = 1024 * 1024;
const SAMPLE_MS = 100;
const DEADLINE_MS = 10 * 60 * 1000;

/** The child: the dashboard's server in gateway mode, reporting its memory on request. */
async function runServer() {
  const { createDashboardServer } = await import('../../server/app.mjs');
  const { resolveConfig } = await import('../../server/config/index.mjs');
  const config = resolveConfig({ OS_AUTH_URL: process.env['BENCH_AUTH_URL'] }, { cwd: process.cwd(), readFile: () => null });
  const { server } = createDashboardServer({ config, distDir: '/nonexistent-dist', gateway: { allowedHosts: [] } });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(null)));
  const address = server.address();
  process.on('message', (message) => {
    if (message === 'sample') {
      process.send?.({ rss: process.memoryUsage().rss, maxRss: process.resourceUsage().maxRSS * 1024 });
    } else if (message === 'stop') {
      server.closeAllConnections();
      server.close(() => process.exit(0));
    }
  });
  process.send?.({ port: typeof address === 'object' && address ? address.port : 0 });
}

/**
 * @typedef {object} Answer
 * @property {number} status
 * @property {http.IncomingHttpHeaders} headers
 * @property {string} text
 */

/**
 * One request with an optional body (a Buffer, or a function that writes a stream and ends it).
 * @param {string} url
 * @param {{ method?: string, headers?: Record<string, string>, body?: Buffer | ((req: http.ClientRequest) => void) }} [options]
 * @returns {Promise<Answer>}
 */
function request(url, options = {}) {
  return new Promise((resolve, reject) => {
    const req = http.request(url, { method: options.method ?? 'GET', headers: options.headers ?? {} }, (res) => {
      /** @type {Buffer[]} */
      const chunks = [];
      res.on('data', (chunk) => chunks.push(chunk));
      res.on('error', reject);
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, text: Buffer.concat(chunks).toString('utf8') }));
    });
    req.on('error', reject);
    if (typeof options.body === 'function') options.body(req);
    else req.end(options.body);
  });
}

/** @param {Answer} answer @param {number[]} ok @param {string} what */
function expectStatus(answer, ok, what) {
  if (!ok.includes(answer.status)) throw new Error(`${what}: HTTP ${answer.status} ${answer.text.slice(0, 300)}`);
}

/**
 * Writes `total` bytes of a repeated random MiB to `req` at the pace it drains, then ends it.
 * @param {http.ClientRequest} req
 * @param {number} total
 * @param {Buffer} block
 */
function writeBlocks(req, total, block) {
  let sent = 0;
  const more = () => {
    while (sent < total) {
      const piece = sent + block.length <= total ? block : block.subarray(0, total - sent);
      sent += piece.length;
      if (!req.write(piece)) {
        req.once('drain', more);
        return;
      }
    }
    req.end();
  };
  more();
}

async function runBench() {
  const mib = Math.round(Number(process.env['BENCH_DOWNLOAD_MIB'] ?? 2048)) || 2048;
  const total = mib * MIB;
  const authUrl = (process.env['OS_AUTH_URL'] ?? 'http://127.0.0.1:5000/v3').replace(/\/+$/, '');
  const user = process.env['BENCH_USER'] ?? 'demo';
  const issued = await request(`${authUrl}/auth/tokens`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: Buffer.from(
      JSON.stringify({
        auth: {
          identity: { methods: ['password'], password: { user: { name: user, domain: { name: 'Default' }, password: process.env['BENCH_PASSWORD'] ?? 'demo' } } },
          scope: { project: { name: process.env['BENCH_PROJECT'] ?? 'demo', domain: { name: 'Default' } } },
        },
      }),
    ),
  });
  expectStatus(issued, [201], 'Keystone sign-in');
  const token = String(issued.headers['x-subject-token']);
  /** @type {{ token: { catalog: { type: string, endpoints: { interface: string, url: string }[] }[] } }} */
  const body = JSON.parse(issued.text);
  const glance = body.token.catalog.find((entry) => entry.type === 'image')?.endpoints.find((e) => e.interface === 'public')?.url;
  if (!glance) throw new Error('no public image endpoint in the catalog');
  const glanceBase = glance.replace(/\/+$/, '');
  const auth = { 'X-Auth-Token': token, Accept: 'application/json' };

  const name = `bench-download-${new Date().toISOString().replace(/[:.]/g, '-')}`;
  const created = await request(`${glanceBase}/v2/images`, {
    method: 'POST',
    headers: { ...auth, 'Content-Type': 'application/json' },
    body: Buffer.from(JSON.stringify({ name, disk_format: 'raw', container_format: 'bare' })),
  });
  expectStatus(created, [201], 'Glance image create');
  const imageId = String(JSON.parse(created.text).id);

  /** @type {import('node:child_process').ChildProcess | null} */
  let child = null;
  const killer = setTimeout(() => {
    console.error(`bench:download: no result within ${DEADLINE_MS / 1000} s`);
    child?.kill('SIGKILL');
    process.exitCode = 1;
  }, DEADLINE_MS);
  try {
    const block = randomBytes(MIB);
    const uploadStarted = Date.now();
    const uploaded = await request(`${glanceBase}/v2/images/${imageId}/file`, {
      method: 'PUT',
      headers: { ...auth, 'Content-Type': 'application/octet-stream', 'Content-Length': String(total) },
      body: (req) => writeBlocks(req, total, block),
    });
    expectStatus(uploaded, [204], 'Glance upload');
    const uploadSeconds = (Date.now() - uploadStarted) / 1000;
    const image = JSON.parse((await request(`${glanceBase}/v2/images/${imageId}`, { headers: auth })).text);

    const server = fork(fileURLToPath(import.meta.url), ['--server'], {
      env: { ...process.env, BENCH_AUTH_URL: authUrl },
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    child = server;
    process.once('exit', () => server.kill('SIGKILL'));
    /** @typedef {{ port?: number, rss?: number, maxRss?: number }} ServerMessage */
    /** @type {((message: ServerMessage) => void)[]} */
    const waiting = [];
    server.on('message', (message) => waiting.shift()?.(/** @type {ServerMessage} */ (message)));
    /** @returns {Promise<ServerMessage>} */
    const nextMessage = () => new Promise((resolve) => waiting.push(resolve));
    const sample = async () => {
      const answer = nextMessage();
      server.send('sample');
      const { rss = 0, maxRss = 0 } = await answer;
      return { rss, maxRss };
    };
    const { port = 0 } = await nextMessage();
    const origin = `http://127.0.0.1:${port}`;

    const asked = await request(`${origin}/api/v1/downloads`, {
      method: 'POST',
      headers: { 'X-Auth-Token': token, 'Content-Type': 'application/json' },
      body: Buffer.from(JSON.stringify({ imageId })),
    });
    expectStatus(asked, [201], 'download link');
    /** @type {{ url: string, size: number }} */
    const link = JSON.parse(asked.text);

    const start = await sample();
    let peak = start.rss;
    const sampling = { on: true };
    const sampler = (async () => {
      while (sampling.on) {
        peak = Math.max(peak, (await sample()).rss);
        await new Promise((resolve) => setTimeout(resolve, SAMPLE_MS));
      }
    })();
    const hash = createHash('sha512');
    const started = Date.now();
    const received = await new Promise((resolve, reject) => {
      http
        .get(`${origin}${link.url}`, (res) => {
          if (res.statusCode !== 200) reject(new Error(`download: HTTP ${res.statusCode}`));
          let bytes = 0;
          res.on('data', (/** @type {Buffer} */ chunk) => {
            bytes += chunk.length;
            hash.update(chunk);
          });
          res.on('error', reject);
          res.on('end', () => resolve(bytes));
        })
        .on('error', reject);
    });
    const seconds = (Date.now() - started) / 1000;
    sampling.on = false;
    await sampler;
    const end = await sample();
    server.send('stop');
    await new Promise((resolve) => server.once('exit', resolve));

    const sha512 = hash.digest('hex');
    const summary = {
      mib,
      received,
      sha512Matches: sha512 === image.os_hash_value,
      rssStartMiB: Math.round(start.rss / MIB),
      rssPeakSampledMiB: Math.round(peak / MIB),
      rssMaxMiB: Math.round(end.maxRss / MIB),
      rssEndMiB: Math.round(end.rss / MIB),
      seconds: Number(seconds.toFixed(1)),
      mbPerSecond: Number((received / 1e6 / seconds).toFixed(1)),
      uploadSeconds: Number(uploadSeconds.toFixed(1)),
    };
    console.log(
      `dashboard server RSS while streaming ${mib} MiB from Glance: start ${summary.rssStartMiB} MiB, ` +
        `peak ${summary.rssPeakSampledMiB} MiB sampled every ${SAMPLE_MS} ms (max RSS of the process ${summary.rssMaxMiB} MiB), ` +
        `end ${summary.rssEndMiB} MiB; ${summary.mbPerSecond} MB/s over ${summary.seconds} s; sha512 ${summary.sha512Matches ? 'matches' : 'DIFFERS from'} Glance's os_hash_value`,
    );
    console.log(`BENCH_DOWNLOAD ${JSON.stringify(summary)}`);
    if (!summary.sha512Matches || received !== total) process.exitCode = 1;
  } finally {
    clearTimeout(killer);
    const deleted = await request(`${glanceBase}/v2/images/${imageId}`, { method: 'DELETE', headers: auth });
    if (deleted.status !== 204) console.error(`could not delete ${name} (${imageId}): HTTP ${deleted.status}`);
  }
}

if (process.argv.includes('--server')) await runServer();
else await runBench();

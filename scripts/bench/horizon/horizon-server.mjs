// @ts-check
/**
 * Horizon as Debian ships it (`openstack-dashboard`), served production-like for the benchmark:
 * uwsgi behind its HTTP router (as scripts/cloud serves Keystone), static files collected and
 * compressed offline into our state folder and pre-gzipped, Django's GZipMiddleware on the pages,
 * Debian's settings plus ours (horizon_settings.py). Nothing under /etc is written.
 */
import { execFileSync, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const here = path.dirname(fileURLToPath(import.meta.url));
const horizonDir = '/usr/share/openstack-dashboard';
const python = '/usr/bin/python3';

/** @param {string} message */
function progress(message) {
  process.stderr.write(`[bench:horizon] ${message}\n`);
}

/** @param {string} name */
function installed(name) {
  try {
    return execFileSync('dpkg-query', ['-W', '-f=${db:Status-Status}', name], { encoding: 'utf8' }) === 'installed';
  } catch {
    return false;
  }
}

/** Installs Debian's openstack-dashboard (not the apache flavour) when it is missing. */
export function ensureHorizonInstalled() {
  if (installed('openstack-dashboard')) return;
  progress('installing Debian\'s openstack-dashboard');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const install = () =>
    execFileSync('apt-get', ['install', '-y', '--no-install-recommends', 'openstack-dashboard'], { env, stdio: ['ignore', 'ignore', 'inherit'] });
  try {
    install();
  } catch {
    execFileSync('apt-get', ['update'], { env, stdio: ['ignore', 'ignore', 'inherit'] });
    install();
  }
}

/** @param {string} stateDir */
function djangoEnv(stateDir) {
  const secretFile = path.join(stateDir, 'secret-key');
  if (!existsSync(secretFile)) writeFileSync(secretFile, randomBytes(32).toString('hex'), { mode: 0o600 });
  return {
    ...process.env,
    HBENCH_HORIZON_STATE: stateDir,
    HBENCH_HORIZON_SECRET: readFileSync(secretFile, 'utf8').trim(),
    PYTHONPATH: here,
    PYTHONDONTWRITEBYTECODE: '1',
    PYTHONWARNINGS: 'ignore::DeprecationWarning',
    DJANGO_SETTINGS_MODULE: 'horizon_settings',
  };
}

/** @param {string} dir @returns {string[]} */
function walk(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? walk(path.join(dir, entry.name)) : [path.join(dir, entry.name)],
  );
}

/**
 * collectstatic + compress (offline) into `<stateDir>/static`, then a .gz beside every text file
 * for uwsgi's --static-gzip-all. Done once per Horizon version.
 * @param {string} stateDir
 */
export function prepareHorizonStatic(stateDir) {
  const version = execFileSync('dpkg-query', ['-W', '-f=${Version}', 'openstack-dashboard'], { encoding: 'utf8' });
  const marker = path.join(stateDir, 'static.done');
  if (existsSync(marker) && readFileSync(marker, 'utf8') === version) return;
  const started = Date.now();
  progress('Horizon: collectstatic + compress (once per version)');
  const env = djangoEnv(stateDir);
  const manage = (/** @type {string[]} */ args) =>
    execFileSync(python, [path.join(horizonDir, 'manage.py'), ...args], { cwd: horizonDir, env, stdio: ['ignore', 'ignore', 'inherit'] });
  manage(['collectstatic', '--noinput', '-v0']);
  manage(['compress', '--force', '-v0']);
  let gzipped = 0;
  for (const file of walk(path.join(stateDir, 'static'))) {
    if (!/\.(js|css|svg|html|json|map|txt|eot|ttf|woff)$/.test(file) || statSync(file).size < 256) continue;
    writeFileSync(`${file}.gz`, gzipSync(readFileSync(file), { level: 9 }));
    gzipped += 1;
  }
  writeFileSync(marker, version);
  progress(`Horizon static files ready, ${gzipped} gzipped (${Math.round((Date.now() - started) / 1000)} s)`);
}

/** @returns {Promise<number>} */
function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/**
 * Starts Horizon under uwsgi on a free loopback port; resolves once its login page answers.
 * @param {string} stateDir
 * @returns {Promise<{ url: string, stop: () => Promise<void> }>}
 */
export async function startHorizon(stateDir) {
  const port = await freePort();
  const logFile = path.join(stateDir, 'uwsgi.log');
  mkdirSync(stateDir, { recursive: true });
  const child = spawn(
    '/usr/bin/uwsgi',
    [
      '--plugins', 'corerouter,http,python3',
      '--http', `127.0.0.1:${port}`,
      '--http-keepalive', '--http-auto-chunked',
      '--master', '--processes', '4', '--threads', '1', '--die-on-term',
      '--chdir', horizonDir,
      '--pythonpath', here,
      '--module', 'horizon_wsgi:application',
      '--static-map', `/static=${path.join(stateDir, 'static')}`,
      '--static-gzip-all',
      // Compressed bundles carry a hash in their names: cacheable, as any production site serves them.
      '--static-expires-uri', '^/static/ 86400',
      '--logto', logFile,
      '--disable-logging',
    ],
    { env: djangoEnv(stateDir), detached: true, stdio: 'ignore' },
  );
  const exited = new Promise((resolve) => child.once('exit', resolve));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 120_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`Horizon's uwsgi exited (${child.exitCode}); see ${logFile}`);
    try {
      const response = await fetch(`${url}/auth/login/`);
      if (response.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`Horizon did not answer on ${url} within 120 s; see ${logFile}`);
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  progress(`Horizon on ${url}/ (uwsgi, log ${logFile})`);
  return {
    url,
    async stop() {
      if (child.exitCode !== null || child.pid === undefined) return;
      process.kill(-child.pid, 'SIGTERM');
      const timer = setTimeout(() => child.pid !== undefined && process.kill(-child.pid, 'SIGKILL'), 10_000);
      await exited;
      clearTimeout(timer);
    },
  };
}

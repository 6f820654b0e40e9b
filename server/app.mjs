// @ts-check
/**
 * The dashboard's own server, as a function: security headers on everything, the gateway under
 * /os/, the built app from dist/ for the rest. server/serve.mjs and scripts/start-demo.mjs run it;
 * the tests start it on a random port.
 */
import { existsSync, readFileSync } from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import { ConfigError, describeMode, resolveConfig, securityHeaders } from './config/index.mjs';
import { createDownloadFeature } from './downloads/index.mjs';
import { createGateway } from './gateway/index.mjs';
import { publicConfig } from './config/public.mjs';
import { hostAllowed } from './gateway/request-host.mjs';
import { createStaticHandler } from './static.mjs';

/** @typedef {import('./config/index.mjs').GatewayConfig} GatewayConfig */
/** @typedef {import('./gateway/index.mjs').Gateway} Gateway */
/** @typedef {import('./gateway/index.mjs').GatewayOptions} GatewayOptions */

/**
 * The real file system and home directory, for resolveConfig.
 * @param {string} [cwd]
 * @returns {import('./config/index.mjs').ConfigIo}
 */
export function nodeConfigIo(cwd = process.cwd()) {
  return {
    cwd,
    homedir: os.homedir(),
    readFile(path) {
      try {
        return readFileSync(path, 'utf8');
      } catch (error) {
        const code = /** @type {{ code?: unknown }} */ (error).code;
        if (code === 'ENOENT' || code === 'ENOTDIR') return null;
        throw error;
      }
    },
  };
}

/**
 * OS_DASHBOARD_ALLOWED_HOSTS: space separated host names (a leading dot allows subdomains) under
 * which the dashboard is served, besides IP addresses and localhost, e.g. `dashboard.example.com`.
 * `*` allows any (only behind a proxy that checks Host itself).
 * @param {Record<string, string | undefined>} env
 * @returns {true | string[]}
 */
export function allowedHostsFrom(env) {
  const names = (env['OS_DASHBOARD_ALLOWED_HOSTS'] ?? '').split(/\s+/).filter(Boolean);
  return names.includes('*') ? true : names;
}

/**
 * GATEWAY_REWRITE_BUFFER_BYTES: how many bytes all answers the gateway holds back to rewrite links
 * may take together (whole bytes, or with a KiB/MiB/GiB suffix); unset: the default (16 MiB).
 * @param {Record<string, string | undefined>} env
 * @returns {number | undefined}
 */
export function rewriteBufferBytesFrom(env) {
  const raw = env['GATEWAY_REWRITE_BUFFER_BYTES']?.trim();
  if (!raw) return undefined;
  const match = /^(\d+)\s*(KiB|MiB|GiB)?$/i.exec(raw);
  const units = { kib: 1024, mib: 1024 ** 2, gib: 1024 ** 3 };
  const unit = match?.[2] ? units[/** @type {'kib' | 'mib' | 'gib'} */ (match[2].toLowerCase())] : 1;
  const bytes = match ? Number(match[1]) * unit : Number.NaN;
  if (!Number.isSafeInteger(bytes) || bytes < 1) {
    throw new ConfigError(`GATEWAY_REWRITE_BUFFER_BYTES is "${raw}": give a number of bytes, e.g. 67108864 or 64MiB.`);
  }
  return bytes;
}

/**
 * @typedef {object} DashboardServerOptions
 * @property {GatewayConfig} config
 * @property {string} distDir
 * @property {GatewayOptions} [gateway]
 * @property {Middleware} [policies] the /api/v1/policies API (server/policies), when the server runs it
 */

/** @typedef {(req: http.IncomingMessage, res: http.ServerResponse, next: () => void) => void} Middleware */

/**
 * @param {DashboardServerOptions} options
 * @returns {{ server: http.Server, gateway: Gateway }}
 */
export function createDashboardServer(options) {
  const headers = securityHeaders(options.config);
  const gateway = createGateway(options.config, options.gateway);
  // The settings go into index.html under the same host guard as /os/config.json itself.
  const configBody = JSON.stringify(publicConfig(options.config));
  const allowedHosts = options.gateway?.allowedHosts ?? [];
  const serveStatic = createStaticHandler(options.distDir, {
    configFor: (req) => (options.config.mode === 'demo' || hostAllowed(req, allowedHosts) ? configBody : null),
  });
  // Image downloads stream from the cloud through this server; in the demo the mock cloud serves them.
  const downloads = options.config.mode === 'demo' ? null : createDownloadFeature({ config: options.config });
  const server = http.createServer((req, res) => {
    for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
    const policies = options.policies;
    const rest = () => (policies ? policies(req, res, () => serveStatic(req, res)) : serveStatic(req, res));
    gateway.handle(req, res, () => (downloads ? downloads.handle(req, res, rest) : rest()));
  });
  server.on('close', () => {
    gateway.close();
    downloads?.close();
  });
  return { server, gateway };
}

/**
 * The address to print for a listening host: a wildcard becomes the loopback address.
 * @param {string} host
 * @param {number} port
 */
export function displayUrl(host, port) {
  const shown = host === '0.0.0.0' ? '127.0.0.1' : host === '::' ? '::1' : host;
  return `http://${shown.includes(':') ? `[${shown}]` : shown}:${port}/`;
}

/**
 * @typedef {object} StartOptions
 * @property {GatewayConfig} config
 * @property {string} distDir
 * @property {number} port
 * @property {string} host
 * @property {true | string[]} [allowedHosts]
 * @property {number} [rewriteBufferBytes] see rewriteBufferBytesFrom
 * @property {Middleware} [policies] see DashboardServerOptions
 * @property {(line: string) => void} [log]
 */

/**
 * Starts listening; resolves once it does, with the URL to print.
 * @param {StartOptions} options
 * @returns {Promise<{ server: http.Server, url: string }>}
 */
export function startDashboardServer(options) {
  const log = options.log ?? ((line) => console.log(line));
  if (!existsSync(`${options.distDir}/index.html`)) {
    return Promise.reject(new Error(`${options.distDir} has no built app: run \`npm run build\` first.`));
  }
  const { server } = createDashboardServer({
    config: options.config,
    distDir: options.distDir,
    ...(options.policies ? { policies: options.policies } : {}),
    gateway: {
      allowedHosts: options.allowedHosts ?? [],
      ...(options.rewriteBufferBytes ? { rewriteBufferBytes: options.rewriteBufferBytes } : {}),
    },
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => {
      server.off('error', reject);
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : options.port;
      const url = displayUrl(options.host, port);
      log(`Snapshot dashboard: ${url} (mode: ${describeMode(options.config)})`);
      resolve({ server, url });
    });
  });
}

/**
 * PORT (default 8080) from the environment.
 * @param {Record<string, string | undefined>} env
 */
export function portFrom(env) {
  const raw = env['PORT'];
  if (raw === undefined || raw.trim() === '') return 8080;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`PORT is "${raw}": not a port number.`);
  return port;
}

export { resolveConfig };

// @ts-check
/**
 * The same-origin gateway to the cloud: a small, closed forwarder (never an open proxy), as a
 * Connect-style middleware for /os/…. The modules beside this one each do one part:
 *
 *   routes.mjs           what each /os path means; refusals (methods, Host, framing)
 *   paths.mjs            request targets: split, refuse escapes, build the upstream URL
 *   request-host.mjs     DNS-rebinding guard, the browser's origin
 *   targets.mjs          the allowlist of upstream origins and their keys
 *   catalog-rewrite.mjs  Keystone's catalog: registers and rewrites endpoints
 *   catalog-recovery.mjs re-reads a token's catalog after a restart
 *   link-rewrite.mjs     links in JSON answers, Location
 *   headers.mjs          header allowlists both ways, request framing
 *   proxy.mjs            http-proxy-3: moves the bytes
 *   rewrite-answer.mjs   answers read before the browser gets them
 *   rewrite-budget.mjs   the cap on bytes all those answers hold at once
 *   buffered.mjs         buffering and gzip of the bodies the gateway holds
 *   agents.mjs           connection pools and TLS towards the cloud
 *   errors.mjs           the gateway's own JSON errors
 */
import { publicConfig, securityHeaders } from '../config/index.mjs';
import { createAgents } from './agents.mjs';
import { createCatalogRecovery } from './catalog-recovery.mjs';
import { takeCatalog } from './catalog-rewrite.mjs';
import { reasonOf, sendError } from './errors.mjs';
import { GATEWAY_ANSWER_HEADERS } from './headers.mjs';
import { rewriteLinks } from './link-rewrite.mjs';
import { splitRequestTarget } from './paths.mjs';
import { createForwarder } from './proxy.mjs';
import { createAnswerReader } from './rewrite-answer.mjs';
import { createRouter } from './routes.mjs';
import { DEFAULT_REWRITE_BUFFER_BYTES, createRewriteBudget } from './rewrite-budget.mjs';
import { UpstreamRegistry, gatewayUrlMapper } from './targets.mjs';

/** @typedef {import('../config/index.mjs').GatewayConfig} GatewayConfig */
/** @typedef {import('node:http').IncomingMessage} IncomingMessage */
/** @typedef {import('node:http').ServerResponse} ServerResponse */
/** @typedef {(error?: unknown) => void} Next */

/**
 * @typedef {object} GatewayOptions
 * @property {true | string[]} [allowedHosts] Host names accepted in the Host header of /os requests
 *   besides IP literals and localhost (which always are). `true` accepts any (the Vite plugin passes
 *   it: Vite checks hosts itself). Guards the gateway against DNS rebinding.
 * @property {number} [upstreamTimeoutMs] Idle time after which an upstream counts as not answering.
 * @property {number} [maxRewriteBytes] JSON answers up to this size are buffered to rewrite links.
 * @property {number} [rewriteBufferBytes] What all answers buffered for rewriting may hold together
 *   (GATEWAY_REWRITE_BUFFER_BYTES); beyond it lists stream unrewritten and catalogs get a 503.
 * @property {() => number} [now] The clock that expires forwardable origins with their tokens.
 * @property {number} [maxCatalogBytes] Keystone answers with a catalog larger than this are refused.
 */

/**
 * @typedef {object} Gateway
 * @property {(req: IncomingMessage, res: ServerResponse, next: Next) => void} handle
 *   Connect-style middleware: answers /os/… and calls next() for everything else.
 * @property {UpstreamRegistry} registry
 * @property {() => void} close Frees the upstream connection pools.
 */

const DEFAULT_TIMEOUT_MS = 120_000;
/** Nova/Cinder/Neutron list pages with details are well under this; images are never JSON. */
const DEFAULT_MAX_REWRITE_BYTES = 8 * 1024 * 1024;
const DEFAULT_MAX_CATALOG_BYTES = 16 * 1024 * 1024;

/**
 * Creates the gateway for a resolved configuration.
 * @param {GatewayConfig} config
 * @param {GatewayOptions} [options]
 * @returns {Gateway}
 */
export function createGateway(config, options = {}) {
  const registry = new UpstreamRegistry(options.now ? { now: options.now } : {});
  const timeoutMs = options.upstreamTimeoutMs ?? DEFAULT_TIMEOUT_MS;
  const maxRewriteBytes = options.maxRewriteBytes ?? DEFAULT_MAX_REWRITE_BYTES;
  const maxCatalogBytes = options.maxCatalogBytes ?? DEFAULT_MAX_CATALOG_BYTES;
  const headersForAll = { ...securityHeaders(config), ...GATEWAY_ANSWER_HEADERS };
  const cloudConfig = config.mode === 'gateway' ? config : null;
  const agents = createAgents(cloudConfig?.tls ?? { insecure: false });

  /** @type {import('./routes.mjs').Cloud | null} */
  let cloud = null;
  /** @type {import('./proxy.mjs').Forwarder | null} */
  let forwarder = null;
  if (cloudConfig) {
    const keystone = new URL(cloudConfig.keystoneBase);
    const toGatewayUrl = gatewayUrlMapper(keystone, registry);
    const catalogs = { registry, toGatewayUrl, endpointInterface: cloudConfig.defaults.interface ?? 'public' };
    forwarder = createForwarder({
      agents,
      timeoutMs,
      toGatewayUrl,
      readAnswer: createAnswerReader({
        maxRewriteBytes,
        budget: createRewriteBudget(options.rewriteBufferBytes ?? DEFAULT_REWRITE_BUFFER_BYTES),
        maxCatalogBytes,
        takeCatalog: (body, origin) => takeCatalog(body, origin, catalogs),
        rewriteLinks: (body, origin) => rewriteLinks(body, (raw) => toGatewayUrl(raw, origin)),
      }),
    });
    const recoverCatalog = createCatalogRecovery({
      keystone,
      agents,
      timeoutMs,
      maxCatalogBytes,
      register: (body) => takeCatalog(body, null, catalogs),
    });
    cloud = { keystone, registry, forwarder, recoverCatalog };
  }

  const route = createRouter({
    config,
    configBody: JSON.stringify(publicConfig(config)),
    allowedHosts: options.allowedHosts ?? [],
    cloud,
  });

  return {
    registry,
    close() {
      forwarder?.close();
      agents.close();
    },
    handle(req, res, next) {
      const target = splitRequestTarget(req.url ?? '/');
      if (!target) {
        for (const [name, value] of Object.entries(headersForAll)) res.setHeader(name, value);
        sendError(res, 400, 'Bad Request', 'Only origin-form request targets (/path) are served here.');
        return;
      }
      const { path, query } = target;
      if (path !== '/os' && !path.startsWith('/os/')) {
        next();
        return;
      }
      // The Vite dev server's CORS middleware runs first; the gateway's answers are same-origin only.
      for (const name of res.getHeaderNames()) {
        if (name.startsWith('access-control-')) res.removeHeader(name);
      }
      for (const [name, value] of Object.entries(headersForAll)) res.setHeader(name, value);
      route(req, res, path, query).catch((error) => {
        sendError(res, 500, 'Internal Server Error', `The gateway failed: ${reasonOf(error)}.`);
      });
    },
  };
}

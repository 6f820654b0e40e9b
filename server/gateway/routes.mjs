// @ts-check
/**
 * What each /os path means, and every refusal before anything is forwarded:
 *
 *   GET  /os/config.json          what the app needs to know (mode, auth URL, login defaults)
 *   ANY  /os/identity/<rest>      → <Keystone base>/<rest>   (Keystone base = OS_AUTH_URL minus /v3)
 *   ANY  /os/ep/<key>/<rest>      → <registered upstream origin>/<rest>
 */
import { sendError } from './errors.mjs';
import { framingProblem } from './headers.mjs';
import { checkRest, upstreamUrl } from './paths.mjs';
import { hostAllowed, requestOrigin } from './request-host.mjs';
import { KEY_PATTERN, basePathOf } from './targets.mjs';

/** @typedef {import('node:http').IncomingMessage} IncomingMessage */
/** @typedef {import('node:http').ServerResponse} ServerResponse */
/** @typedef {import('../config/index.mjs').GatewayConfig} GatewayConfig */
/** @typedef {import('./targets.mjs').UpstreamRegistry} UpstreamRegistry */
/** @typedef {import('./proxy.mjs').Forwarder} Forwarder */

const METHODS = new Set(['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE']);
const REFUSED_PATH = 'The path has segments the gateway refuses (.., encoded slashes, backslashes).';

/**
 * @typedef {object} Cloud the parts of the gateway that exist only in gateway mode
 * @property {URL} keystone the Keystone base
 * @property {UpstreamRegistry} registry
 * @property {Forwarder} forwarder
 * @property {(token: string) => Promise<import('./catalog-recovery.mjs').Recovery>} recoverCatalog
 */

/**
 * @typedef {object} RouterOptions
 * @property {GatewayConfig} config
 * @property {string} configBody the body of /os/config.json
 * @property {true | string[]} allowedHosts
 * @property {Cloud | null} cloud null in demo and direct mode
 */

/**
 * The DNS-rebinding guard's answer.
 * @param {IncomingMessage} req
 * @param {ServerResponse} res
 */
function refuseHost(req, res) {
  sendError(
    res,
    403,
    'Forbidden',
    `The host name ${JSON.stringify(req.headers.host ?? '')} is not allowed here. If the dashboard is served under this name, add it to OS_DASHBOARD_ALLOWED_HOSTS.`,
  );
}

/**
 * @param {RouterOptions} options
 * @returns {(req: IncomingMessage, res: ServerResponse, path: string, query: string) => Promise<void>}
 */
export function createRouter({ config, configBody, allowedHosts, cloud }) {
  const keystonePath = cloud ? basePathOf(cloud.keystone) : '';

  /**
   * @param {IncomingMessage} req
   * @param {ServerResponse} res
   * @param {Cloud} where
   * @param {URL} target
   * @param {boolean} catalog
   */
  const forward = (req, res, where, target, catalog) => {
    where.forwarder.forward(req, res, target, { origin: requestOrigin(req), catalog });
  };

  return async (req, res, path, query) => {
    const method = req.method ?? 'GET';
    // Demo mode has nothing to tell a rebinding page; otherwise config.json is guarded like the rest.
    if (config.mode !== 'demo' && !hostAllowed(req, allowedHosts)) {
      refuseHost(req, res);
      return;
    }
    if (path === '/os/config.json') {
      if (method !== 'GET' && method !== 'HEAD') {
        sendError(res, 405, 'Method Not Allowed', 'GET /os/config.json only.', { Allow: 'GET, HEAD' });
        return;
      }
      res.writeHead(200, {
        'Content-Type': 'application/json; charset=utf-8',
        'Content-Length': Buffer.byteLength(configBody),
        'Cache-Control': 'no-store',
      });
      res.end(method === 'HEAD' ? undefined : configBody);
      return;
    }
    if (!cloud) {
      sendError(
        res,
        404,
        'Not Found',
        config.mode === 'demo'
          ? 'The dashboard runs in demo mode: it does not forward anything to a cloud.'
          : 'The dashboard runs in direct mode: the browser talks to the cloud itself, nothing goes through here.',
      );
      return;
    }
    if (!METHODS.has(method)) {
      sendError(res, 405, 'Method Not Allowed', `The gateway does not forward ${method} requests.`, {
        Allow: [...METHODS].join(', '),
      });
      return;
    }
    const framing = framingProblem(req);
    if (framing) {
      sendError(res, 411, 'Length Required', framing);
      return;
    }

    if (path === '/os/identity' || path.startsWith('/os/identity/')) {
      const rest = checkRest(path.slice('/os/identity'.length));
      if (rest === null) {
        sendError(res, 400, 'Bad Request', REFUSED_PATH);
        return;
      }
      const catalog = /^\/v3\/auth\/(tokens|catalog)\/?$/.test(rest) && (method === 'POST' || method === 'GET');
      forward(req, res, cloud, upstreamUrl(cloud.keystone.origin, `${keystonePath}${rest}`, query), catalog);
      return;
    }

    const ep = /^\/os\/ep\/([^/]*)(.*)$/s.exec(path);
    if (ep) {
      const key = /** @type {string} */ (ep[1]);
      const rest = checkRest(/** @type {string} */ (ep[2]));
      if (!KEY_PATTERN.test(key)) {
        sendError(res, 404, 'Not Found', 'No such endpoint: the gateway only forwards to endpoints of the service catalog.');
        return;
      }
      if (rest === null) {
        sendError(res, 400, 'Bad Request', REFUSED_PATH);
        return;
      }
      let upstream = cloud.registry.forwardable(key, rest);
      const token = req.headers['x-auth-token'];
      if (!upstream && typeof token === 'string' && token) {
        const recovery = await cloud.recoverCatalog(token);
        upstream = cloud.registry.forwardable(key, rest);
        // The endpoints went with the token: say so the way the cloud would, so the app signs in again.
        if (!upstream && recovery === 'refused') {
          sendError(res, 401, 'Unauthorized', 'The token has expired or is not valid: sign in again.');
          return;
        }
      }
      if (!upstream) {
        sendError(
          res,
          404,
          'Not Found',
          'No such endpoint: the gateway only forwards to the compute, image, block storage and network endpoints of a current service catalog (sign in again if the dashboard server was restarted).',
        );
        return;
      }
      forward(req, res, cloud, upstreamUrl(upstream.origin, rest, query), false);
      return;
    }

    sendError(res, 404, 'Not Found', `Nothing is served at ${path}.`);
  };
}

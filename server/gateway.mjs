// @ts-check
/**
 * The same-origin gateway to the cloud: a small, closed forwarder (never an open proxy).
 *
 *   GET  /os/config.json          what the app needs to know (mode, auth URL, login defaults)
 *   ANY  /os/identity/<rest>      → <Keystone base>/<rest>   (Keystone base = OS_AUTH_URL minus /v3)
 *   ANY  /os/ep/<key>/<rest>      → <registered upstream origin>/<rest>
 *
 * Upstreams are registered only from the service catalog that Keystone itself returns on
 * /os/identity (POST/GET /v3/auth/tokens, GET /v3/auth/catalog): every endpoint URL of the catalog is
 * rewritten to `<request origin>/os/ep/<key><endpoint path>`.
 *
 * How keys are made: one key per upstream *origin* (scheme + host + port), the first 16 characters
 * of base64url(sha256(origin)). The endpoint's path stays in the rewritten URL, so a service's
 * version document at the host root (`/os/ep/<key>/`, Nova's `GET /` and `/v2.1/`, Glance's `GET /`)
 * is reachable, while nothing can ever reach a different host: the key only selects an origin that
 * Keystone put in a catalog, and the rest of the path is checked not to climb out of it. The key is
 * deterministic, so URLs in a session the browser kept (sessionStorage) stay valid across a restart
 * of this server: an unknown key with an X-Auth-Token re-reads that token's catalog from Keystone
 * (GET /v3/auth/catalog) and registers its endpoints again. A key is no secret and grants nothing.
 *
 * Catalog parsing happens on /os/identity only (not on /os/ep): otherwise anything a user can make a
 * service echo back (an object in Swift named `v3/auth/tokens`, say) could register a host.
 */
import { createHash } from 'node:crypto';
import http from 'node:http';
import https from 'node:https';
import { gzip } from 'node:zlib';
import { publicConfig, securityHeaders } from './config.mjs';

/** @typedef {import('./config.mjs').GatewayConfig} GatewayConfig */
/** @typedef {import('./config.mjs').CloudConfig} CloudConfig */
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
 * @property {number} [maxCatalogBytes] Keystone answers with a catalog larger than this are refused.
 */

/**
 * @typedef {object} Gateway
 * @property {(req: IncomingMessage, res: ServerResponse, next: Next) => void} handle
 *   Connect-style middleware: answers /os/… and calls next() for everything else.
 * @property {UpstreamRegistry} registry
 * @property {() => void} close Frees the upstream connection pools.
 */

const KEY_PATTERN = /^[A-Za-z0-9_-]{16}$/;
const DEFAULT_TIMEOUT_MS = 120_000;
/** Nova/Cinder/Neutron list pages with details are well under this; images are never JSON. */
const DEFAULT_MAX_REWRITE_BYTES = 8 * 1024 * 1024;
const DEFAULT_MAX_CATALOG_BYTES = 16 * 1024 * 1024;
const COMPRESS_MIN_BYTES = 1024;
const METHODS = new Set(['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE']);

/** Request headers that go up to the cloud (lower case). Cookie, Origin, Referer and the rest never do. */
const REQUEST_HEADERS = [
  'x-auth-token',
  'x-subject-token',
  'openstack-api-version',
  'x-openstack-nova-api-version',
  'x-openstack-request-id',
  'content-type',
  'content-length',
  'accept',
];

/** Response headers that come back to the browser. Set-Cookie and the rest never do. */
const RESPONSE_HEADERS = [
  'x-subject-token',
  'openstack-api-version',
  'x-openstack-nova-api-version',
  'x-openstack-request-id',
  'x-compute-request-id',
  'content-type',
  'content-length',
  'content-encoding',
  'content-disposition',
  'content-md5',
  'etag',
  'location',
  'retry-after',
  'www-authenticate',
  'vary',
];

/** The allowlist of upstream origins, filled from Keystone's catalogs. */
export class UpstreamRegistry {
  /** @type {Map<string, URL>} */
  #byKey = new Map();

  /**
   * @param {string} origin e.g. `http://127.0.0.1:8776`
   * @returns {string}
   */
  static keyOf(origin) {
    return createHash('sha256').update(origin).digest('base64url').slice(0, 16);
  }

  /**
   * Registers the origin of an absolute http(s) URL; returns its key and the parsed URL, or null for
   * anything else (relative, other schemes, URLs with a user name or password).
   * @param {string} raw
   * @returns {{ key: string, url: URL } | null}
   */
  register(raw) {
    const url = parseUpstreamUrl(raw);
    if (!url) return null;
    const key = UpstreamRegistry.keyOf(url.origin);
    if (!this.#byKey.has(key)) this.#byKey.set(key, new URL(url.origin));
    return { key, url };
  }

  /**
   * @param {string} key
   * @returns {URL | undefined} the registered origin
   */
  get(key) {
    return this.#byKey.get(key);
  }

  /** @param {string} origin */
  has(origin) {
    return this.#byKey.get(UpstreamRegistry.keyOf(origin))?.origin === origin;
  }

  get size() {
    return this.#byKey.size;
  }
}

/**
 * @param {string} raw
 * @returns {URL | null}
 */
function parseUpstreamUrl(raw) {
  /** @type {URL} */
  let url;
  try {
    url = new URL(raw);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  if (url.username || url.password) return null;
  return url;
}

/**
 * Checks the part of a gateway path after its prefix (`/os/identity`, `/os/ep/<key>`), as the
 * browser sent it, and returns it if it stays below the upstream's base, else null.
 * Refused: backslashes, `.`/`..` segments plain or percent-encoded, encoded slashes or backslashes
 * (`%2f`, `%5c`), encoded `%` (double encoding: `%252e`), control characters and malformed escapes.
 * Runs of slashes are collapsed (`//host/x` must not look like a network-path reference upstream).
 * What passes is otherwise forwarded byte for byte (no decoding, no re-encoding).
 * @param {string} rest
 * @returns {string | null}
 */
export function checkRest(rest) {
  if (rest === '') return '';
  if (!rest.startsWith('/')) return null;
  if (rest.includes('\\')) return null;
  const collapsed = rest.replace(/\/{2,}/g, '/');
  for (const segment of collapsed.slice(1).split('/')) {
    /** @type {string} */
    let decoded;
    try {
      decoded = decodeURIComponent(segment);
    } catch {
      return null;
    }
    if (decoded === '.' || decoded === '..') return null;
    if (/[/\\%]/.test(decoded)) return null;
    // eslint-disable-next-line no-control-regex
    if (/[\u0000-\u001f\u007f]/.test(decoded)) return null;
  }
  return collapsed;
}

/**
 * @param {string} host
 */
function isLoopbackOrIpLiteral(host) {
  const name = host.toLowerCase();
  if (name === 'localhost' || name.endsWith('.localhost')) return true;
  if (/^\d{1,3}(\.\d{1,3}){3}$/.test(name)) return true;
  return name.startsWith('[') && name.endsWith(']');
}

/**
 * The Host header split into name and port, or null if it is not a plain `host[:port]`.
 * @param {string | undefined} header
 * @returns {string | null} the host name (IPv6 in brackets)
 */
function hostNameOf(header) {
  if (!header) return null;
  const match = /^([A-Za-z0-9](?:[A-Za-z0-9.-]*[A-Za-z0-9])?|\[[0-9A-Fa-f:.]+\])(?::\d{1,5})?$/.exec(header);
  return match ? /** @type {string} */ (match[1]) : null;
}

/**
 * @param {IncomingMessage} req
 */
function requestOrigin(req) {
  const forwarded = String(req.headers['x-forwarded-proto'] ?? '').split(',')[0]?.trim().toLowerCase();
  // Only the requester's own answer depends on this (and it is never cached: no-store), so a
  // TLS-terminating proxy in front may say https; anything else than http/https is ignored.
  const scheme =
    forwarded === 'https' || forwarded === 'http'
      ? forwarded
      : /** @type {{ encrypted?: boolean }} */ (req.socket).encrypted
        ? 'https'
        : 'http';
  return `${scheme}://${req.headers.host}`;
}

/**
 * @param {ServerResponse} res
 * @param {number} status
 * @param {string} title
 * @param {string} message
 * @param {Record<string, string>} [extra]
 */
function sendError(res, status, title, message, extra = {}) {
  if (res.headersSent) {
    res.destroy();
    return;
  }
  const body = JSON.stringify({ error: { code: status, title, message } });
  res.writeHead(status, {
    ...extra,
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(body),
    'Cache-Control': 'no-store',
  });
  res.end(body);
}

/**
 * Why a connection failed, in words a person can act on.
 * @param {unknown} error
 */
function reasonOf(error) {
  const code = /** @type {{ code?: unknown }} */ (error)?.code;
  const message = error instanceof Error ? error.message : String(error);
  /** @type {Record<string, string>} */
  const words = {
    ECONNREFUSED: 'connection refused',
    ECONNRESET: 'the connection was reset',
    ENOTFOUND: 'the host name does not resolve',
    EAI_AGAIN: 'the host name could not be resolved (DNS)',
    EHOSTUNREACH: 'no route to the host',
    ENETUNREACH: 'the network is unreachable',
    ETIMEDOUT: 'the connection timed out',
    DEPTH_ZERO_SELF_SIGNED_CERT: 'its TLS certificate is self-signed (set OS_CACERT)',
    SELF_SIGNED_CERT_IN_CHAIN: 'its TLS certificate chain is self-signed (set OS_CACERT)',
    UNABLE_TO_VERIFY_LEAF_SIGNATURE: 'its TLS certificate cannot be verified (set OS_CACERT)',
    UNABLE_TO_GET_ISSUER_CERT_LOCALLY: 'its TLS certificate cannot be verified (set OS_CACERT)',
    CERT_HAS_EXPIRED: 'its TLS certificate has expired',
    ERR_TLS_CERT_ALTNAME_INVALID: 'its TLS certificate is for another host name',
  };
  if (typeof code === 'string') return `${words[code] ?? message} (${code})`;
  return message;
}

class UpstreamTimeout extends Error {
  /** @param {number} ms */
  constructor(ms) {
    super(`no answer within ${Math.round(ms / 1000)} s`);
    this.name = 'UpstreamTimeout';
  }
}

/**
 * @param {Buffer} body
 * @param {IncomingMessage} req
 * @returns {Promise<{ body: Buffer, encoding?: string }>}
 */
function maybeCompress(body, req) {
  const accepts = String(req.headers['accept-encoding'] ?? '');
  if (body.length < COMPRESS_MIN_BYTES || !/\bgzip\b/i.test(accepts)) return Promise.resolve({ body });
  return new Promise((resolve) => {
    gzip(body, (error, zipped) => resolve(error ? { body } : { body: zipped, encoding: 'gzip' }));
  });
}

/**
 * Creates the gateway for a resolved configuration.
 * @param {GatewayConfig} config
 * @param {GatewayOptions} [options]
 * @returns {Gateway}
 */
export function createGateway(config, options = {}) {
  const registry = new UpstreamRegistry();
  const timeoutMs = options.upstreamTimeoutMs ?? DEFAULT_TIMEOUT_MS;
  const maxRewriteBytes = options.maxRewriteBytes ?? DEFAULT_MAX_REWRITE_BYTES;
  const maxCatalogBytes = options.maxCatalogBytes ?? DEFAULT_MAX_CATALOG_BYTES;
  const allowedHosts = options.allowedHosts ?? [];
  const headersForAll = securityHeaders(config);
  const configBody = JSON.stringify(publicConfig(config));

  const cloud = config.mode === 'gateway' ? config : null;
  const keystone = cloud ? new URL(cloud.keystoneBase) : null;
  const keystonePath = keystone ? keystone.pathname.replace(/\/+$/, '') : '';
  const httpAgent = new http.Agent({ keepAlive: true });
  const httpsAgent = new https.Agent({
    keepAlive: true,
    ...(cloud?.tls.ca ? { ca: cloud.tls.ca } : {}),
    rejectUnauthorized: !cloud?.tls.insecure,
  });

  /**
   * An absolute URL pointing into the cloud, as the browser must see it; null if it is not one
   * this gateway forwards to.
   * @param {string} raw
   * @param {string} origin the request's origin
   * @returns {string | null}
   */
  function toGatewayUrl(raw, origin) {
    const url = parseUpstreamUrl(raw);
    if (!url || !keystone) return null;
    if (
      url.origin === keystone.origin &&
      (keystonePath === '' || url.pathname === keystonePath || url.pathname.startsWith(`${keystonePath}/`))
    ) {
      return `${origin}/os/identity${url.pathname.slice(keystonePath.length)}${url.search}`;
    }
    if (registry.has(url.origin)) {
      return `${origin}/os/ep/${UpstreamRegistry.keyOf(url.origin)}${url.pathname}${url.search}`;
    }
    return null;
  }

  /**
   * Registers every endpoint of a Keystone answer's catalog and, given an origin, rewrites its URLs.
   * @param {unknown} body
   * @param {string | null} origin
   * @returns {boolean} whether the body held a catalog
   */
  function takeCatalog(body, origin) {
    if (typeof body !== 'object' || body === null) return false;
    const record = /** @type {Record<string, unknown>} */ (body);
    const token = record['token'];
    const catalog =
      typeof token === 'object' && token !== null
        ? /** @type {Record<string, unknown>} */ (token)['catalog']
        : record['catalog'];
    if (!Array.isArray(catalog)) return false;
    for (const service of catalog) {
      const endpoints = typeof service === 'object' && service !== null ? service.endpoints : undefined;
      if (!Array.isArray(endpoints)) continue;
      for (const endpoint of endpoints) {
        if (typeof endpoint !== 'object' || endpoint === null || typeof endpoint.url !== 'string') continue;
        const url = parseUpstreamUrl(endpoint.url);
        if (!url) continue;
        const underKeystone = origin ? toGatewayUrl(endpoint.url, origin) : null;
        if (underKeystone?.startsWith(`${origin}/os/identity`)) {
          endpoint.url = underKeystone;
          continue;
        }
        const registered = registry.register(endpoint.url);
        if (registered && origin) {
          // `http://host:9292` stays without a path (`…/os/ep/<key>`), as Keystone listed it.
          const path = /^[a-z][a-z0-9+.-]*:\/\/[^/?#]*(\?|$)/i.test(endpoint.url) ? '' : url.pathname;
          endpoint.url = `${origin}/os/ep/${registered.key}${path}${url.search}`;
        }
      }
    }
    return true;
  }

  /**
   * Rewrites pagination and self links (`links`, `*_links`, top-level `next`/`previous`/`self`/`first`)
   * that point at the cloud. Other strings are data and stay as they are.
   * @param {unknown} body
   * @param {string} origin
   * @returns {boolean} whether anything changed
   */
  function rewriteLinks(body, origin) {
    let changed = false;
    /** @param {unknown} value @returns {unknown} */
    const swap = (value) => {
      if (typeof value !== 'string') return value;
      const rewritten = toGatewayUrl(value, origin);
      if (rewritten === null || rewritten === value) return value;
      changed = true;
      return rewritten;
    };
    /** @param {unknown} links */
    const fixLinks = (links) => {
      if (Array.isArray(links)) {
        for (const link of links) {
          if (typeof link === 'object' && link !== null && 'href' in link) link.href = swap(link.href);
        }
      } else if (typeof links === 'object' && links !== null) {
        const record = /** @type {Record<string, unknown>} */ (links);
        for (const name of Object.keys(record)) record[name] = swap(record[name]);
      }
    };
    /** @param {unknown} node @param {number} depth */
    const walk = (node, depth) => {
      if (depth > 64 || typeof node !== 'object' || node === null) return;
      if (Array.isArray(node)) {
        for (const item of node) walk(item, depth + 1);
        return;
      }
      const record = /** @type {Record<string, unknown>} */ (node);
      for (const [name, value] of Object.entries(record)) {
        if (name === 'links' || name.endsWith('_links')) fixLinks(value);
        else if (depth === 0 && (name === 'next' || name === 'previous' || name === 'self' || name === 'first')) {
          record[name] = swap(value);
        } else walk(value, depth + 1);
      }
    };
    walk(body, 0);
    return changed;
  }

  /** @type {Map<string, Promise<void>>} */
  const recoveries = new Map();

  /**
   * After a restart of this server the browser may still hold a catalog with keys this process has
   * not seen: re-read that token's catalog from Keystone once (per token, at most once a minute).
   * @param {string} token
   * @returns {Promise<void>}
   */
  function recoverCatalog(token) {
    const id = createHash('sha256').update(token).digest('base64url');
    const running = recoveries.get(id);
    if (running) return running;
    const promise = new Promise((resolve) => {
      if (!keystone) {
        resolve(undefined);
        return;
      }
      const target = new URL(`${keystone.href.replace(/\/+$/, '')}/v3/auth/catalog`);
      const request = (target.protocol === 'https:' ? https : http).request(target, {
        method: 'GET',
        agent: target.protocol === 'https:' ? httpsAgent : httpAgent,
        headers: { 'X-Auth-Token': token, Accept: 'application/json', 'Accept-Encoding': 'identity' },
      });
      request.setTimeout(Math.min(timeoutMs, 15_000), () => request.destroy());
      request.on('error', () => resolve(undefined));
      request.on('response', (answer) => {
        /** @type {Buffer[]} */
        const chunks = [];
        let size = 0;
        answer.on('data', (/** @type {Buffer} */ chunk) => {
          size += chunk.length;
          if (size > maxCatalogBytes) answer.destroy();
          else chunks.push(chunk);
        });
        answer.on('error', () => resolve(undefined));
        answer.on('end', () => {
          if (answer.statusCode === 200) {
            try {
              takeCatalog(JSON.parse(Buffer.concat(chunks).toString('utf8')), null);
            } catch {
              // not a catalog: nothing registered
            }
          }
          resolve(undefined);
        });
      });
      request.end();
    });
    recoveries.set(id, promise);
    setTimeout(() => recoveries.delete(id), 60_000).unref();
    return promise;
  }

  /**
   * Forwards one request to `target` and streams, or buffers and rewrites, the answer.
   * @param {IncomingMessage} req
   * @param {ServerResponse} res
   * @param {URL} target
   * @param {{ catalog: boolean }} how
   */
  function forward(req, res, target, how) {
    const origin = requestOrigin(req);
    /** @type {Record<string, string | string[]>} */
    const headers = {};
    for (const name of REQUEST_HEADERS) {
      const value = req.headers[name];
      if (value !== undefined) headers[name] = value;
    }
    headers['host'] = target.host;
    headers['accept-encoding'] = 'identity';
    headers['user-agent'] = 'snapshot-dashboard-gateway';

    const secure = target.protocol === 'https:';
    /** @type {import('node:http').ClientRequest} */
    let upstream;
    try {
      upstream = (secure ? https : http).request({
        protocol: target.protocol,
        hostname: target.hostname.replace(/^\[|\]$/g, ''),
        port: target.port || (secure ? 443 : 80),
        method: req.method,
        path: `${target.pathname}${target.search}`,
        headers,
        agent: secure ? httpsAgent : httpAgent,
      });
    } catch (error) {
      sendError(res, 400, 'Bad Request', `The gateway cannot forward this request: ${reasonOf(error)}.`);
      return;
    }

    let answered = false;
    upstream.setTimeout(timeoutMs, () => upstream.destroy(new UpstreamTimeout(timeoutMs)));
    upstream.on('error', (error) => {
      if (answered || res.headersSent) {
        res.destroy();
        return;
      }
      answered = true;
      if (error instanceof UpstreamTimeout) {
        sendError(res, 504, 'Gateway Timeout', `The cloud at ${target.host} did not answer: ${error.message}.`);
      } else {
        sendError(res, 502, 'Bad Gateway', `The cloud at ${target.host} did not answer: ${reasonOf(error)}.`);
      }
    });
    res.on('close', () => {
      if (!res.writableFinished) upstream.destroy();
    });

    upstream.on('response', (answer) => {
      answered = true;
      const status = answer.statusCode ?? 502;
      /** @type {Record<string, string | string[]>} */
      const out = {};
      for (const name of RESPONSE_HEADERS) {
        const value = answer.headers[name];
        if (value !== undefined) out[name] = value;
      }
      const location = answer.headers['location'];
      if (typeof location === 'string') {
        /** @type {string | null} */
        let rewritten = null;
        try {
          rewritten = toGatewayUrl(new URL(location, target).href, origin);
        } catch {
          rewritten = null;
        }
        if (rewritten) out['location'] = rewritten;
      }
      out['cache-control'] = 'no-store';

      const type = String(answer.headers['content-type'] ?? '');
      const json = /^application\/([\w.+-]+\+)?json\b/i.test(type);
      const encoding = String(answer.headers['content-encoding'] ?? 'identity').toLowerCase();
      const length = Number(answer.headers['content-length'] ?? Number.NaN);
      const hasBody = req.method !== 'HEAD' && status !== 204 && status !== 304;
      const ok = status >= 200 && status < 300;
      const plain = encoding === 'identity';

      // A Keystone answer with a catalog must be rewritten, whatever its size (within reason).
      if (how.catalog && ok && json && plain && hasBody) {
        bufferAnswer(answer, maxCatalogBytes, (body) => {
          if (body === null) {
            sendError(res, 502, 'Bad Gateway', `The catalog from ${target.host} is larger than the gateway accepts.`);
            return;
          }
          /** @type {unknown} */
          let parsed;
          try {
            parsed = JSON.parse(body.toString('utf8'));
          } catch {
            sendBuffered(req, res, status, out, body);
            return;
          }
          takeCatalog(parsed, origin);
          rewriteLinks(parsed, origin);
          sendBuffered(req, res, status, out, Buffer.from(JSON.stringify(parsed)));
        });
        return;
      }

      // JSON lists may carry absolute next/previous/self links to the cloud. Only GET answers that
      // are JSON, uncompressed and announced no larger than maxRewriteBytes are held back; an answer
      // of unknown length that grows past it is let through unchanged from then on. Everything
      // else (image data, errors, big or compressed bodies) streams through untouched.
      if (req.method === 'GET' && ok && json && plain && hasBody && !(length > maxRewriteBytes)) {
        /** @type {Buffer[]} */
        const chunks = [];
        let size = 0;
        let streaming = false;
        answer.on('data', (/** @type {Buffer} */ chunk) => {
          if (streaming) return;
          size += chunk.length;
          chunks.push(chunk);
          if (size > maxRewriteBytes) {
            streaming = true;
            res.writeHead(status, out);
            for (const part of chunks) res.write(part);
            answer.pipe(res);
          }
        });
        answer.on('error', () => res.destroy());
        answer.on('end', () => {
          if (streaming) return;
          const body = Buffer.concat(chunks);
          /** @type {unknown} */
          let parsed;
          try {
            parsed = JSON.parse(body.toString('utf8'));
          } catch {
            sendBuffered(req, res, status, out, body);
            return;
          }
          const changed = rewriteLinks(parsed, origin);
          sendBuffered(req, res, status, out, changed ? Buffer.from(JSON.stringify(parsed)) : body);
        });
        return;
      }

      res.writeHead(status, out);
      answer.on('error', () => res.destroy());
      answer.pipe(res);
    });

    req.on('error', () => upstream.destroy());
    req.pipe(upstream);
  }

  /**
   * @param {IncomingMessage} answer
   * @param {number} limit
   * @param {(body: Buffer | null) => void} done null when the body is over the limit
   */
  function bufferAnswer(answer, limit, done) {
    /** @type {Buffer[]} */
    const chunks = [];
    let size = 0;
    let over = false;
    answer.on('data', (/** @type {Buffer} */ chunk) => {
      if (over) return;
      size += chunk.length;
      if (size > limit) {
        over = true;
        answer.destroy();
        done(null);
      } else chunks.push(chunk);
    });
    answer.on('end', () => {
      if (!over) done(Buffer.concat(chunks));
    });
    answer.on('error', () => {
      if (!over) {
        over = true;
        done(null);
      }
    });
  }

  /**
   * @param {IncomingMessage} req
   * @param {ServerResponse} res
   * @param {number} status
   * @param {Record<string, string | string[]>} headers
   * @param {Buffer} body
   */
  function sendBuffered(req, res, status, headers, body) {
    void maybeCompress(body, req).then((result) => {
      if (res.destroyed) return;
      const out = { ...headers };
      delete out['content-length'];
      delete out['content-encoding'];
      out['content-length'] = String(result.body.length);
      if (result.encoding) {
        out['content-encoding'] = result.encoding;
        const vary = out['vary'];
        out['vary'] = vary ? `${String(vary)}, Accept-Encoding` : 'Accept-Encoding';
      }
      res.writeHead(status, out);
      res.end(result.body);
    });
  }

  /**
   * @param {IncomingMessage} req
   */
  function hostAllowed(req) {
    const name = hostNameOf(req.headers.host);
    if (name === null) return false;
    if (allowedHosts === true || isLoopbackOrIpLiteral(name)) return true;
    const lower = name.toLowerCase();
    return allowedHosts.some((allowed) => {
      const entry = allowed.toLowerCase();
      return entry.startsWith('.') ? lower.endsWith(entry) || lower === entry.slice(1) : lower === entry;
    });
  }

  /**
   * @param {IncomingMessage} req
   * @param {ServerResponse} res
   * @param {string} path the request target's path (raw)
   * @param {string} query the raw query with its `?`, or ''
   */
  async function route(req, res, path, query) {
    const method = req.method ?? 'GET';
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
    if (!keystone) {
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
    if (!hostAllowed(req)) {
      sendError(
        res,
        403,
        'Forbidden',
        `The host name ${JSON.stringify(req.headers.host ?? '')} is not allowed here. If the dashboard is served under this name, add it to OS_DASHBOARD_ALLOWED_HOSTS.`,
      );
      return;
    }

    if (path === '/os/identity' || path.startsWith('/os/identity/')) {
      const rest = checkRest(path.slice('/os/identity'.length));
      if (rest === null) {
        sendError(res, 400, 'Bad Request', 'The path has segments the gateway refuses (.., encoded slashes, backslashes).');
        return;
      }
      const target = new URL(keystone.origin);
      target.pathname = `${keystonePath}${rest}` || '/';
      target.search = query;
      const catalog = /^\/v3\/auth\/(tokens|catalog)\/?$/.test(rest) && (method === 'POST' || method === 'GET');
      forward(req, res, target, { catalog });
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
        sendError(res, 400, 'Bad Request', 'The path has segments the gateway refuses (.., encoded slashes, backslashes).');
        return;
      }
      let upstream = registry.get(key);
      const token = req.headers['x-auth-token'];
      if (!upstream && typeof token === 'string' && token) {
        await recoverCatalog(token);
        upstream = registry.get(key);
      }
      if (!upstream) {
        sendError(
          res,
          404,
          'Not Found',
          'No such endpoint: the gateway only forwards to endpoints of the service catalog (sign in again if the dashboard server was restarted).',
        );
        return;
      }
      const target = new URL(upstream.origin);
      target.pathname = rest || '/';
      target.search = query;
      forward(req, res, target, { catalog: false });
      return;
    }

    sendError(res, 404, 'Not Found', `Nothing is served at ${path}.`);
  }

  return {
    registry,
    close() {
      httpAgent.destroy();
      httpsAgent.destroy();
    },
    handle(req, res, next) {
      const url = req.url ?? '/';
      // Absolute-form (`GET http://evil.example/ HTTP/1.1`), authority-form and `*` targets are
      // proxy requests: this server is not a proxy.
      if (!url.startsWith('/')) {
        for (const [name, value] of Object.entries(headersForAll)) res.setHeader(name, value);
        sendError(res, 400, 'Bad Request', 'Only origin-form request targets (/path) are served here.');
        return;
      }
      const queryAt = url.indexOf('?');
      const path = queryAt === -1 ? url : url.slice(0, queryAt);
      const query = queryAt === -1 ? '' : url.slice(queryAt);
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

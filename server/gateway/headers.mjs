// @ts-check
/**
 * Header allowlists, both ways. Up: only what OpenStack APIs need (never Cookie, Origin, Referer,
 * Authorization, X-Forwarded-*), with the upstream's Host. Down: only what the app reads (never
 * Set-Cookie or a service's internal headers), never cached, never run or rendered by the browser.
 */

/**
 * Headers of every /os answer, the gateway's own included: whatever a cloud returns (HTML, script,
 * an SVG in an image) is data, never a document or script of the dashboard's origin, even when
 * opened directly.
 */
export const GATEWAY_ANSWER_HEADERS = {
  'Content-Security-Policy': "sandbox; default-src 'none'; frame-ancestors 'none'",
  'X-Content-Type-Options': 'nosniff',
};

/**
 * Whether a Content-Type is JSON (`application/json`, `application/openstack-images-v2.1-json-patch`
 * is not, `application/schema+json` is).
 * @param {unknown} type
 */
export function isJsonType(type) {
  return typeof type === 'string' && /^application\/([\w.+-]+\+)?json\s*(;|$)/i.test(type);
}

/** @typedef {import('node:http').ClientRequest} ClientRequest */
/** @typedef {import('node:http').IncomingHttpHeaders} IncomingHttpHeaders */
/** @typedef {Record<string, string | string[]>} HeaderMap */

/** Request headers that go up to the cloud (lower case). Cookie, Origin, Referer and the rest never do. */
const REQUEST_HEADERS = new Set([
  'x-auth-token',
  'x-subject-token',
  'openstack-api-version',
  'x-openstack-nova-api-version',
  'x-openstack-request-id',
  'content-type',
  'content-length',
  'accept',
  // Framing of a body of unknown length, as Node set it from the browser's; see framingProblem.
  'transfer-encoding',
]);

/** Methods whose body may come without a Content-Length (chunked). */
const CHUNKED_METHODS = new Set(['POST', 'PUT', 'PATCH']);

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
  'retry-after',
  'www-authenticate',
  'vary',
];

/**
 * Why a request's body cannot go up safely, or null. A body without Content-Length must be plainly
 * `chunked` and on POST, PUT or PATCH: on other methods it would go up without framing (Node sends
 * GET and DELETE bodies unchunked, and http-proxy-3 gives a DELETE without Content-Length a
 * `Content-Length: 0`), and the rest of the body would reach the cloud as another request.
 * Browsers always send a Content-Length.
 * @param {import('node:http').IncomingMessage} req
 * @returns {string | null}
 */
export function framingProblem(req) {
  const coding = req.headers['transfer-encoding'];
  if (coding === undefined) return null;
  if (coding.trim().toLowerCase() === 'chunked' && CHUNKED_METHODS.has(req.method ?? '')) return null;
  return `The gateway forwards ${req.method} bodies only with a Content-Length.`;
}

/**
 * For http-proxy-3's `proxyReq` event: strips every header that is not allowlisted from the
 * request the library prepared (it starts from a copy of the browser's), sets the upstream's Host,
 * asks for an uncompressed answer (so JSON can be rewritten) and names the gateway.
 * Throws if the request's headers were already sent.
 * @param {ClientRequest} proxyReq
 * @param {string} host the upstream's host[:port]
 */
export function prepareUpstreamHeaders(proxyReq, host) {
  for (const name of proxyReq.getHeaderNames()) {
    if (!REQUEST_HEADERS.has(name)) proxyReq.removeHeader(name);
  }
  proxyReq.setHeader('host', host);
  proxyReq.setHeader('accept-encoding', 'identity');
  proxyReq.setHeader('user-agent', 'snapshot-dashboard-gateway');
}

/**
 * The headers of an upstream answer that the browser gets: Location only if it maps into the
 * gateway (else dropped, the status kept), every answer that is not JSON as a download, no-store.
 * @param {IncomingHttpHeaders} upstream
 * @param {(location: string) => string | null} mapLocation
 * @returns {HeaderMap}
 */
export function answerHeaders(upstream, mapLocation) {
  /** @type {HeaderMap} */
  const out = {};
  for (const name of RESPONSE_HEADERS) {
    const value = upstream[name];
    if (value !== undefined) out[name] = value;
  }
  const location = upstream['location'];
  if (typeof location === 'string') {
    const mapped = mapLocation(location);
    if (mapped) out['location'] = mapped;
  }
  if (!isJsonType(upstream['content-type'])) {
    const disposition = upstream['content-disposition'];
    // An upstream's own `attachment; filename=…` stays; `inline` or nothing becomes a download.
    out['content-disposition'] = typeof disposition === 'string' && /^\s*attachment\s*(;|$)/i.test(disposition) ? disposition : 'attachment';
  }
  out['cache-control'] = 'no-store';
  return out;
}

/**
 * Replaces the content of a parsed header object in place (http-proxy-3 copies `proxyRes.headers`
 * to the browser's answer after its `proxyRes` event).
 * @param {IncomingHttpHeaders} target
 * @param {HeaderMap} headers
 */
export function replaceHeaders(target, headers) {
  for (const name of Object.keys(target)) delete target[name];
  Object.assign(target, headers);
}

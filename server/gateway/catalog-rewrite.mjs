// @ts-check
/**
 * Keystone's service catalog: the only source of upstream origins. The endpoints of the services the
 * dashboard speaks are registered and rewritten to `<request origin>/os/ep/<key><endpoint path>`;
 * Keystone's own endpoints to `<request origin>/os/identity…`.
 *
 * Only answers of Keystone on /os/identity are read as catalogs (never answers on /os/ep): otherwise
 * anything a user can make a service echo back (an object in Swift named `v3/auth/tokens`, say)
 * could register a host.
 */
import { parseUpstreamUrl } from './targets.mjs';

/** @typedef {import('./targets.mjs').UpstreamRegistry} UpstreamRegistry */
/** @typedef {import('./targets.mjs').ToGatewayUrl} ToGatewayUrl */

/**
 * The endpoints array of a token answer (`{ token: { catalog } }`) or a catalog answer (`{ catalog }`).
 * @param {unknown} body
 * @returns {unknown[] | null}
 */
function catalogOf(body) {
  if (typeof body !== 'object' || body === null) return null;
  const record = /** @type {Record<string, unknown>} */ (body);
  const token = record['token'];
  const catalog =
    typeof token === 'object' && token !== null ? /** @type {Record<string, unknown>} */ (token)['catalog'] : record['catalog'];
  return Array.isArray(catalog) ? catalog : null;
}

/**
 * The catalog service types the dashboard's client looks up (src/openstack/service-kind.ts), and
 * whether an endpoint URL of that type is one it speaks to. Identity is always Keystone on
 * /os/identity. Anything else (object storage, say, which serves user content of any type) is never
 * forwarded.
 * @type {Record<string, (url: URL) => boolean>}
 */
const FORWARDED_TYPES = {
  compute: () => true,
  image: () => true,
  'block-storage': () => true,
  volumev3: () => true,
  // Old 'volume' endpoints speak v1/v2 unless they name v3, as the client decides.
  volume: (url) => /\/v3(\/|$)/.test(url.pathname),
  network: () => true,
};

/**
 * When the token of a Keystone answer expires (ms since the epoch), if it says.
 * @param {unknown} body
 * @returns {number | undefined}
 */
function expiryOf(body) {
  const token = typeof body === 'object' && body !== null ? /** @type {Record<string, unknown>} */ (body)['token'] : null;
  const raw = typeof token === 'object' && token !== null ? /** @type {Record<string, unknown>} */ (token)['expires_at'] : null;
  if (typeof raw !== 'string') return undefined;
  const at = Date.parse(raw);
  return Number.isNaN(at) ? undefined : at;
}

/**
 * @typedef {object} CatalogRules
 * @property {UpstreamRegistry} registry
 * @property {ToGatewayUrl} toGatewayUrl
 * @property {string} endpointInterface the interface the dashboard uses (OS_INTERFACE, default public)
 */

/**
 * Registers the endpoints the dashboard uses (its service types, the configured interface) of a
 * Keystone answer's catalog until the token expires and, given an origin, rewrites their URLs in
 * place. Keystone's own endpoints become /os/identity; the other endpoints keep their URLs and are
 * not forwarded.
 * @param {unknown} body the parsed answer
 * @param {string | null} origin the request's origin; null to register only
 * @param {CatalogRules} rules
 * @returns {boolean} whether the body held a catalog
 */
export function takeCatalog(body, origin, { registry, toGatewayUrl, endpointInterface }) {
  const catalog = catalogOf(body);
  if (!catalog) return false;
  const expiresAt = expiryOf(body);
  for (const service of catalog) {
    if (typeof service !== 'object' || service === null) continue;
    const { endpoints, type } = /** @type {{ endpoints?: unknown, type?: unknown }} */ (service);
    if (!Array.isArray(endpoints)) continue;
    const speaks = typeof type === 'string' && Object.hasOwn(FORWARDED_TYPES, type) ? FORWARDED_TYPES[type] : undefined;
    for (const endpoint of endpoints) {
      if (typeof endpoint !== 'object' || endpoint === null || typeof endpoint.url !== 'string') continue;
      const url = parseUpstreamUrl(endpoint.url);
      if (!url) continue;
      const underKeystone = origin ? toGatewayUrl(endpoint.url, origin) : null;
      if (underKeystone?.startsWith(`${origin}/os/identity`)) {
        endpoint.url = underKeystone;
        continue;
      }
      if (!speaks?.(url) || endpoint.interface !== endpointInterface) continue;
      const registered = registry.register(endpoint.url, expiresAt);
      if (registered && origin) {
        // `http://host:9292` stays without a path (`…/os/ep/<key>`), as Keystone listed it.
        const path = /^[a-z][a-z0-9+.-]*:\/\/[^/?#]*(\?|$)/i.test(endpoint.url) ? '' : url.pathname;
        endpoint.url = `${origin}/os/ep/${registered.key}${path}${url.search}`;
      }
    }
  }
  return true;
}

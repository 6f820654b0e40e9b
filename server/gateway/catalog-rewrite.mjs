// @ts-check
/**
 * Keystone's service catalog: the only source of upstream origins. Every endpoint URL is registered
 * and rewritten to `<request origin>/os/ep/<key><endpoint path>`; Keystone's own endpoints to
 * `<request origin>/os/identity…`.
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
 * Registers every endpoint of a Keystone answer's catalog and, given an origin, rewrites its URLs
 * in place.
 * @param {unknown} body the parsed answer
 * @param {string | null} origin the request's origin; null to register only
 * @param {{ registry: UpstreamRegistry, toGatewayUrl: ToGatewayUrl }} gateway
 * @returns {boolean} whether the body held a catalog
 */
export function takeCatalog(body, origin, { registry, toGatewayUrl }) {
  const catalog = catalogOf(body);
  if (!catalog) return false;
  for (const service of catalog) {
    const endpoints =
      typeof service === 'object' && service !== null ? /** @type {{ endpoints?: unknown }} */ (service).endpoints : undefined;
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

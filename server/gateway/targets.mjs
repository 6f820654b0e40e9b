// @ts-check
/**
 * The allowlist of upstream origins, and where a cloud URL lives under /os as the browser sees it.
 *
 * Upstreams are registered only from the service catalog that Keystone itself returns on
 * /os/identity (see catalog-rewrite.mjs). One key per upstream *origin* (scheme + host + port): the
 * first 16 characters of base64url(sha256(origin)). The endpoint's path stays in the rewritten URL,
 * so a service's version document at the host root is reachable, while nothing can ever reach a
 * different host: the key only selects an origin that Keystone put in a catalog. The key is
 * deterministic, so URLs in a session the browser kept stay valid across a restart of this server
 * (see catalog-recovery.mjs). A key is no secret and grants nothing.
 */
import { createHash } from 'node:crypto';

export const KEY_PATTERN = /^[A-Za-z0-9_-]{16}$/;

/**
 * An absolute http(s) URL without user name or password, else null.
 * @param {string} raw
 * @returns {URL | null}
 */
export function parseUpstreamUrl(raw) {
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
 * The path of the Keystone base without trailing slashes (`''` for a Keystone at the host root).
 * @param {URL} keystone
 */
export function basePathOf(keystone) {
  return keystone.pathname.replace(/\/+$/, '');
}

/**
 * Maps an absolute URL pointing into the cloud to the URL the browser must use; null if it is not
 * one this gateway forwards to.
 * @typedef {(raw: string, origin: string) => string | null} ToGatewayUrl
 */

/**
 * @param {URL} keystone the Keystone base (the auth URL without its version)
 * @param {UpstreamRegistry} registry
 * @returns {ToGatewayUrl}
 */
export function gatewayUrlMapper(keystone, registry) {
  const keystonePath = basePathOf(keystone);
  return (raw, origin) => {
    const url = parseUpstreamUrl(raw);
    if (!url) return null;
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
  };
}

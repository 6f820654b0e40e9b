// @ts-check
/**
 * The allowlist of upstream origins, and where a cloud URL lives under /os as the browser sees it.
 *
 * Upstreams are registered only from the service catalog that Keystone itself returns on
 * /os/identity (see catalog-rewrite.mjs), only for the services the dashboard speaks, and only until
 * the token of that catalog expires. One key per upstream *origin* (scheme + host + port): the
 * first 16 characters of base64url(sha256(origin)). The endpoint's path stays in the rewritten URL,
 * so a service's version document at the host root is reachable, while nothing can ever reach a
 * different host (the key only selects an origin that Keystone put in a catalog), nor another
 * service that shares the host below another path. The key is
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

/** Keystone tokens last an hour by default; a catalog without an expiry (GET /v3/auth/catalog) counts as one. */
export const DEFAULT_CATALOG_TTL_MS = 60 * 60 * 1000;
/** However long a token claims to last, its endpoints are forwarded at most this long without a new catalog. */
const MAX_CATALOG_TTL_MS = 24 * 60 * 60 * 1000;
const DEFAULT_MAX_SCOPES = 512;

/**
 * The part of an endpoint's path below which the service lives: the endpoint path without its
 * version and project (`/compute/v2.1/<project>` → `/compute`, `/v3/<project>` → ``), so that the
 * version document at the service root stays reachable and nothing else on a shared origin is.
 * @param {string} pathname
 */
export function servicePrefix(pathname) {
  return pathname.replace(/\/+$/, '').replace(/\/v\d+(\.\d+)?(\/[^/]*)?$/, '');
}

/**
 * @param {string} prefix
 * @param {string} path
 */
function covers(prefix, path) {
  return prefix === '' || path === prefix || path.startsWith(`${prefix}/`);
}

/**
 * @typedef {object} RegistryOptions
 * @property {() => number} [now] the clock (ms since the epoch)
 * @property {number} [maxScopes] how many (origin, service path) pairs are remembered at most
 */

/**
 * The allowlist of upstream origins, filled from Keystone's catalogs. Each origin is forwarded only
 * below the service paths of the catalog endpoints that named it, and only until the last token
 * whose catalog named them expires: the list does not grow for the life of the process.
 */
export class UpstreamRegistry {
  /** @type {Map<string, { origin: URL, scopes: Map<string, number> }>} key → origin and its service paths → expiry */
  #byKey = new Map();
  #scopeCount = 0;
  #now;
  #maxScopes;

  /** @param {RegistryOptions} [options] */
  constructor(options = {}) {
    this.#now = options.now ?? Date.now;
    this.#maxScopes = options.maxScopes ?? DEFAULT_MAX_SCOPES;
  }

  /**
   * @param {string} origin e.g. `http://127.0.0.1:8776`
   * @returns {string}
   */
  static keyOf(origin) {
    return createHash('sha256').update(origin).digest('base64url').slice(0, 16);
  }

  /**
   * Registers an endpoint (absolute http(s) URL) until `expiresAt`; returns its key and the parsed
   * URL, or null for anything else (relative, other schemes, URLs with a user name or password,
   * already expired).
   * @param {string} raw
   * @param {number} [expiresAt] ms since the epoch; default: an hour from now
   * @returns {{ key: string, url: URL } | null}
   */
  register(raw, expiresAt) {
    const url = parseUpstreamUrl(raw);
    if (!url) return null;
    const now = this.#now();
    const until = Math.min(expiresAt ?? now + DEFAULT_CATALOG_TTL_MS, now + MAX_CATALOG_TTL_MS);
    if (!(until > now)) return null;
    const key = UpstreamRegistry.keyOf(url.origin);
    const prefix = servicePrefix(url.pathname);
    let entry = this.#byKey.get(key);
    const known = entry?.scopes.get(prefix);
    if (known === undefined) {
      this.#makeRoom(now);
      if (!entry) {
        entry = { origin: new URL(url.origin), scopes: new Map() };
        this.#byKey.set(key, entry);
      }
      this.#scopeCount += 1;
    }
    entry?.scopes.set(prefix, Math.max(known ?? 0, until));
    return { key, url };
  }

  /**
   * The origin to forward a path to, if an unexpired catalog endpoint of that origin covers it.
   * @param {string} key
   * @param {string} path the checked path below the origin
   * @returns {URL | undefined}
   */
  forwardable(key, path) {
    const entry = this.#byKey.get(key);
    if (!entry) return undefined;
    const now = this.#now();
    for (const [prefix, until] of entry.scopes) {
      if (until > now && covers(prefix, path)) return entry.origin;
    }
    return undefined;
  }

  /**
   * Whether an absolute URL is one the gateway forwards to.
   * @param {URL} url
   */
  covers(url) {
    const key = UpstreamRegistry.keyOf(url.origin);
    return this.forwardable(key, url.pathname)?.origin === url.origin;
  }

  /** How many upstream origins are forwardable now. */
  get size() {
    this.#dropExpired(this.#now());
    return this.#byKey.size;
  }

  /** @param {number} now */
  #dropExpired(now) {
    for (const [key, entry] of this.#byKey) {
      for (const [prefix, until] of entry.scopes) {
        if (until <= now) {
          entry.scopes.delete(prefix);
          this.#scopeCount -= 1;
        }
      }
      if (entry.scopes.size === 0) this.#byKey.delete(key);
    }
  }

  /**
   * Frees one place when the registry is full: expired pairs first, else the one that expires soonest.
   * @param {number} now
   */
  #makeRoom(now) {
    if (this.#scopeCount < this.#maxScopes) return;
    this.#dropExpired(now);
    if (this.#scopeCount < this.#maxScopes) return;
    /** @type {{ key: string, prefix: string, until: number } | null} */
    let soonest = null;
    for (const [key, entry] of this.#byKey) {
      for (const [prefix, until] of entry.scopes) {
        if (!soonest || until < soonest.until) soonest = { key, prefix, until };
      }
    }
    if (!soonest) return;
    const entry = this.#byKey.get(soonest.key);
    entry?.scopes.delete(soonest.prefix);
    this.#scopeCount -= 1;
    if (entry?.scopes.size === 0) this.#byKey.delete(soonest.key);
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
    if (registry.covers(url)) {
      return `${origin}/os/ep/${UpstreamRegistry.keyOf(url.origin)}${url.pathname}${url.search}`;
    }
    return null;
  };
}

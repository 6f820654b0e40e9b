// @ts-check
/** Reading single configuration values the way the OpenStack tools read them. */

/** @typedef {import('./index.mjs').EndpointInterface} EndpointInterface */

export class ConfigError extends Error {
  /** @param {string} message */
  constructor(message) {
    super(message);
    this.name = 'ConfigError';
  }
}

/**
 * A trimmed, non-empty string (numbers too, as YAML gives them), else undefined.
 * @param {unknown} value
 * @returns {string | undefined}
 */
export function text(value) {
  if (typeof value === 'number') return String(value);
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim();
  return trimmed === '' ? undefined : trimmed;
}

/**
 * @param {unknown} value
 * @returns {boolean}
 */
export function truthy(value) {
  if (typeof value === 'boolean') return value;
  const word = text(value)?.toLowerCase();
  return word === '1' || word === 'true' || word === 'yes' || word === 'on';
}

/**
 * @param {unknown} value
 * @returns {value is Record<string, unknown>}
 */
export function isRecord(value) {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * `public`, `publicURL`, `internal`, `internalURL`, `admin`, `adminURL` → the v3 name.
 * @param {string | undefined} value
 * @param {string} where
 * @returns {EndpointInterface | undefined}
 */
export function normaliseInterface(value, where) {
  if (value === undefined) return undefined;
  const name = value.replace(/URL$/i, '').toLowerCase();
  if (name === 'public' || name === 'internal' || name === 'admin') return name;
  throw new ConfigError(`${where} is "${value}": it must be public, internal or admin.`);
}

/**
 * Checks an auth URL and splits it into the Keystone base (no version) and the v3 URL.
 * `http://h:5000/v3`, `http://h:5000/v3/`, `http://h:5000` and `http://h/identity/v3` are all fine.
 * @param {string} raw
 * @param {string} where
 * @returns {{ authUrl: string, keystoneBase: string }}
 */
export function splitAuthUrl(raw, where) {
  /** @type {URL} */
  let url;
  try {
    url = new URL(raw);
  } catch {
    throw new ConfigError(`${where} is not a URL: "${raw}".`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new ConfigError(`${where} must be an http or https URL, not "${raw}".`);
  }
  if (url.username || url.password) throw new ConfigError(`${where} must not carry a user name or password.`);
  if (url.search || url.hash) throw new ConfigError(`${where} must not have a query or fragment: "${raw}".`);
  const path = url.pathname.replace(/\/+$/, '').replace(/\/v(2\.0|3)$/, '');
  const keystoneBase = `${url.origin}${path}`;
  return { authUrl: `${keystoneBase}/v3`, keystoneBase };
}

/**
 * One CSP source expression: a scheme+host(+port) origin, optionally with a `*.` wildcard host.
 * Anything that could end the directive (`;`, `,`, quotes) is refused.
 * @param {string} source
 */
export function checkConnectSource(source) {
  if (!/^https?:\/\/(\*\.)?[A-Za-z0-9.-]+(:\d{1,5})?\/?$|^https?:\/\/\[[0-9A-Fa-f:.]+\](:\d{1,5})?\/?$/.test(source)) {
    throw new ConfigError(
      `OS_DASHBOARD_CONNECT_SRC entry "${source}" is not an origin like https://compute.example.com:8774.`,
    );
  }
  return source.replace(/\/$/, '');
}

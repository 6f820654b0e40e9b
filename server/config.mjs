// @ts-check
/**
 * Where the cloud is, resolved the OpenStack way, without touching the process: the caller passes
 * the environment and a file reader, so every branch is testable.
 *
 * - No OS_AUTH_URL and no OS_CLOUD: demo mode (the browser runs the embedded mock cloud).
 * - OS_AUTH_URL (+ OS_REGION_NAME, OS_INTERFACE, OS_USER_DOMAIN_NAME, OS_PROJECT_DOMAIN_NAME,
 *   OS_PROJECT_NAME, OS_USERNAME as login defaults) or OS_CLOUD=<name> from a clouds.yaml:
 *   gateway mode (the browser talks to the cloud through this server).
 * - OS_DASHBOARD_DIRECT=1 on top: direct-CORS mode (the browser talks to the cloud itself; only for
 *   clouds that allow CORS). OS_DASHBOARD_CONNECT_SRC (space separated origins) widens the CSP's
 *   connect-src for the service endpoints the browser will then call.
 * - OS_CACERT / clouds.yaml `cacert` and OS_INSECURE / clouds.yaml `verify: false` govern TLS towards
 *   the cloud in gateway mode.
 *
 * A password is never read: the login form asks for it.
 */
import { parse as parseYaml } from 'yaml';

/** @typedef {'public' | 'internal' | 'admin'} EndpointInterface */

/**
 * @typedef {object} LoginDefaults
 * @property {string} [region]
 * @property {EndpointInterface} [interface]
 * @property {string} [userDomain]
 * @property {string} [projectDomain]
 * @property {string} [projectName]
 * @property {string} [username]
 */

/**
 * @typedef {object} DemoConfig
 * @property {'demo'} mode
 */

/**
 * @typedef {object} CloudConfig
 * @property {'gateway' | 'direct'} mode
 * @property {string} authUrl The real Keystone v3 URL, e.g. `http://127.0.0.1:5000/v3`.
 * @property {string} keystoneBase The auth URL without its version, e.g. `http://127.0.0.1:5000`.
 * @property {LoginDefaults} defaults
 * @property {string[]} connectSrc Extra CSP connect-src origins (direct mode only).
 * @property {{ ca?: string, insecure: boolean }} tls How to talk TLS to the cloud (gateway mode).
 * @property {string} source Where the settings came from, for the start-up log.
 */

/** @typedef {DemoConfig | CloudConfig} GatewayConfig */

/**
 * @typedef {object} ConfigIo
 * @property {(path: string) => string | null} readFile Returns null when the file does not exist.
 * @property {string} cwd
 * @property {string} [homedir]
 */

/**
 * The public answer of GET /os/config.json.
 * @typedef {{ mode: 'demo' } | { mode: 'gateway' | 'direct', authUrl: string, defaults: LoginDefaults }} PublicConfig
 */

export const GATEWAY_AUTH_PATH = '/os/identity/v3';

export class ConfigError extends Error {
  /** @param {string} message */
  constructor(message) {
    super(message);
    this.name = 'ConfigError';
  }
}

/**
 * @param {unknown} value
 * @returns {string | undefined}
 */
function text(value) {
  if (typeof value === 'number') return String(value);
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim();
  return trimmed === '' ? undefined : trimmed;
}

/**
 * @param {unknown} value
 * @returns {boolean}
 */
function truthy(value) {
  if (typeof value === 'boolean') return value;
  const word = text(value)?.toLowerCase();
  return word === '1' || word === 'true' || word === 'yes' || word === 'on';
}

/**
 * @param {unknown} value
 * @returns {value is Record<string, unknown>}
 */
function isRecord(value) {
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
 * openstacksdk's search order: $OS_CLIENT_CONFIG_FILE first, then ./, ~/.config/openstack/ (or
 * $XDG_CONFIG_HOME/openstack/) and /etc/openstack/, each as clouds.yaml, clouds.yml, clouds.json.
 * The first file that exists wins (openstacksdk does not merge several clouds.yaml files).
 * @param {Record<string, string | undefined>} env
 * @param {ConfigIo} io
 * @returns {string[]}
 */
export function cloudsYamlCandidates(env, io) {
  const directories = [io.cwd];
  const configHome = text(env['XDG_CONFIG_HOME']) ?? (io.homedir ? `${io.homedir}/.config` : undefined);
  if (configHome) directories.push(`${configHome}/openstack`);
  directories.push('/etc/openstack');
  const files = directories.flatMap((dir) =>
    ['clouds.yaml', 'clouds.yml', 'clouds.json'].map((name) => `${dir.replace(/\/+$/, '')}/${name}`),
  );
  const explicit = text(env['OS_CLIENT_CONFIG_FILE']);
  return explicit ? [explicit, ...files] : files;
}

/**
 * @param {string} path
 * @param {string} cwd
 */
function absolute(path, cwd) {
  return path.startsWith('/') ? path : `${cwd.replace(/\/+$/, '')}/${path}`;
}

/**
 * @typedef {object} CloudSettings
 * @property {string | undefined} authUrl
 * @property {LoginDefaults} defaults
 * @property {string | undefined} cacert
 * @property {boolean} insecure
 * @property {string} source
 */

/**
 * @param {string} name
 * @param {Record<string, string | undefined>} env
 * @param {ConfigIo} io
 * @returns {CloudSettings}
 */
function fromCloudsYaml(name, env, io) {
  const candidates = cloudsYamlCandidates(env, io);
  for (const path of candidates) {
    const raw = io.readFile(path);
    if (raw === null) continue;
    /** @type {unknown} */
    let document;
    try {
      document = parseYaml(raw);
    } catch (error) {
      throw new ConfigError(`${path} is not valid YAML: ${error instanceof Error ? error.message : String(error)}`);
    }
    const clouds = isRecord(document) && isRecord(document['clouds']) ? document['clouds'] : {};
    const cloud = clouds[name];
    if (!isRecord(cloud)) {
      const known = Object.keys(clouds);
      throw new ConfigError(
        `OS_CLOUD is "${name}" but ${path} has no such cloud${known.length ? ` (it has: ${known.join(', ')})` : ''}.`,
      );
    }
    const auth = isRecord(cloud['auth']) ? cloud['auth'] : {};
    const regions = Array.isArray(cloud['regions']) ? cloud['regions'] : [];
    const firstRegion = regions[0];
    const region =
      text(cloud['region_name']) ?? text(firstRegion) ?? (isRecord(firstRegion) ? text(firstRegion['name']) : undefined);
    const where = `${path} (cloud "${name}")`;
    const verify = cloud['verify'];
    return {
      authUrl: text(auth['auth_url']),
      defaults: {
        region,
        interface: normaliseInterface(text(cloud['interface']) ?? text(cloud['endpoint_type']), `interface in ${where}`),
        userDomain: text(auth['user_domain_name']),
        projectDomain: text(auth['project_domain_name']),
        projectName: text(auth['project_name']),
        username: text(auth['username']),
      },
      cacert: text(cloud['cacert']),
      insecure: verify === false || text(verify)?.toLowerCase() === 'false' || truthy(cloud['insecure']),
      source: where,
    };
  }
  throw new ConfigError(`OS_CLOUD is "${name}" but no clouds.yaml was found (looked at ${candidates.join(', ')}).`);
}

/**
 * @param {LoginDefaults} defaults
 * @returns {LoginDefaults}
 */
function compact(defaults) {
  /** @type {Record<string, unknown>} */
  const out = {};
  for (const [key, value] of Object.entries(defaults)) if (value !== undefined) out[key] = value;
  return /** @type {LoginDefaults} */ (out);
}

/**
 * One CSP source expression: a scheme+host(+port) origin, optionally with a `*.` wildcard host.
 * Anything that could end the directive (`;`, `,`, quotes) is refused.
 * @param {string} source
 */
function checkConnectSource(source) {
  if (!/^https?:\/\/(\*\.)?[A-Za-z0-9.-]+(:\d{1,5})?\/?$|^https?:\/\/\[[0-9A-Fa-f:.]+\](:\d{1,5})?\/?$/.test(source)) {
    throw new ConfigError(
      `OS_DASHBOARD_CONNECT_SRC entry "${source}" is not an origin like https://compute.example.com:8774.`,
    );
  }
  return source.replace(/\/$/, '');
}

/**
 * Resolves the gateway's configuration from an environment.
 * Explicit OS_* variables override a clouds.yaml entry, as they do for the `openstack` CLI.
 * @param {Record<string, string | undefined>} env
 * @param {ConfigIo} io
 * @returns {GatewayConfig}
 */
export function resolveConfig(env, io) {
  const cloudName = text(env['OS_CLOUD']);
  const envAuthUrl = text(env['OS_AUTH_URL']);
  const direct = truthy(env['OS_DASHBOARD_DIRECT']);
  if (!cloudName && !envAuthUrl) {
    if (direct) throw new ConfigError('OS_DASHBOARD_DIRECT is set but there is no cloud: set OS_AUTH_URL or OS_CLOUD.');
    return { mode: 'demo' };
  }
  /** @type {CloudSettings} */
  const base = cloudName
    ? fromCloudsYaml(cloudName, env, io)
    : { authUrl: undefined, defaults: {}, cacert: undefined, insecure: false, source: 'environment' };
  const rawAuthUrl = envAuthUrl ?? base.authUrl;
  if (!rawAuthUrl) throw new ConfigError(`${base.source} has no auth.auth_url, and OS_AUTH_URL is not set.`);
  const { authUrl, keystoneBase } = splitAuthUrl(rawAuthUrl, envAuthUrl ? 'OS_AUTH_URL' : `auth.auth_url in ${base.source}`);

  const defaults = compact({
    region: text(env['OS_REGION_NAME']) ?? base.defaults.region,
    interface:
      normaliseInterface(text(env['OS_INTERFACE']) ?? text(env['OS_ENDPOINT_TYPE']), 'OS_INTERFACE') ??
      base.defaults.interface ??
      'public',
    userDomain: text(env['OS_USER_DOMAIN_NAME']) ?? base.defaults.userDomain,
    projectDomain: text(env['OS_PROJECT_DOMAIN_NAME']) ?? base.defaults.projectDomain,
    projectName: text(env['OS_PROJECT_NAME']) ?? text(env['OS_TENANT_NAME']) ?? base.defaults.projectName,
    username: text(env['OS_USERNAME']) ?? base.defaults.username,
  });

  const cacertPath = text(env['OS_CACERT']) ?? base.cacert;
  /** @type {{ ca?: string, insecure: boolean }} */
  const tls = { insecure: truthy(env['OS_INSECURE']) || base.insecure };
  if (cacertPath) {
    const ca = io.readFile(absolute(cacertPath, io.cwd));
    if (ca === null) throw new ConfigError(`The CA bundle ${cacertPath} (OS_CACERT / cacert) does not exist.`);
    tls.ca = ca;
  }

  const connectSrc = direct
    ? [...new Set([new URL(authUrl).origin, ...(text(env['OS_DASHBOARD_CONNECT_SRC']) ?? '').split(/\s+/).filter(Boolean).map(checkConnectSource)])]
    : [];

  return {
    mode: direct ? 'direct' : 'gateway',
    authUrl,
    keystoneBase,
    defaults,
    connectSrc,
    tls,
    source: cloudName ? base.source : 'environment',
  };
}

/**
 * The body of GET /os/config.json: what the browser needs, nothing more (no TLS settings, no file paths).
 * @param {GatewayConfig} config
 * @returns {PublicConfig}
 */
export function publicConfig(config) {
  if (config.mode === 'demo') return { mode: 'demo' };
  return {
    mode: config.mode,
    authUrl: config.mode === 'gateway' ? GATEWAY_AUTH_PATH : config.authUrl,
    defaults: config.defaults,
  };
}

/**
 * The security headers of every answer the dashboard's server gives.
 * @param {GatewayConfig} config
 * @returns {Record<string, string>}
 */
export function securityHeaders(config) {
  const connect = ["'self'", ...(config.mode === 'direct' ? config.connectSrc : [])].join(' ');
  const csp = [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    `connect-src ${connect}`,
    "worker-src 'self'",
    "frame-ancestors 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ');
  return {
    'Content-Security-Policy': csp,
    'X-Frame-Options': 'DENY',
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cross-Origin-Opener-Policy': 'same-origin',
  };
}

/**
 * A one-line description for the start-up log.
 * @param {GatewayConfig} config
 */
export function describeMode(config) {
  if (config.mode === 'demo') return 'demo';
  return `${config.mode} → ${config.authUrl}`;
}

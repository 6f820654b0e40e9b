// @ts-check
/**
 * The configuration from the environment: OS_* variables over a clouds.yaml entry, as for the
 * `openstack` CLI; the mode (demo, gateway, direct); the CA bundle read from disk.
 */
import { fromCloudsYaml } from './clouds-yaml.mjs';
import { ConfigError, checkConnectSource, normaliseInterface, splitAuthUrl, text, truthy } from './values.mjs';

/** @typedef {import('./index.mjs').ConfigIo} ConfigIo */
/** @typedef {import('./index.mjs').CloudSettings} CloudSettings */
/** @typedef {import('./index.mjs').GatewayConfig} GatewayConfig */
/** @typedef {import('./index.mjs').LoginDefaults} LoginDefaults */

/**
 * @param {string} path
 * @param {string} cwd
 */
function absolute(path, cwd) {
  return path.startsWith('/') ? path : `${cwd.replace(/\/+$/, '')}/${path}`;
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

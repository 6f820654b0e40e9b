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
 *
 * The parts live beside this file: resolve.mjs (the environment), clouds-yaml.mjs (OS_CLOUD),
 * values.mjs (single values), public.mjs (what the browser sees).
 */
export { cloudsYamlCandidates } from './clouds-yaml.mjs';
export { GATEWAY_AUTH_PATH, describeMode, publicConfig, securityHeaders } from './public.mjs';
export { resolveConfig } from './resolve.mjs';
export { ConfigError, normaliseInterface, splitAuthUrl } from './values.mjs';

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

/**
 * What one source (the environment, or a clouds.yaml entry) says about the cloud.
 * @typedef {object} CloudSettings
 * @property {string | undefined} authUrl
 * @property {LoginDefaults} defaults
 * @property {string | undefined} cacert
 * @property {boolean} insecure
 * @property {string} source
 */

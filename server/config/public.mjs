// @ts-check
/** What the configuration shows to the browser: /os/config.json and the security headers. */

/** @typedef {import('./index.mjs').GatewayConfig} GatewayConfig */
/** @typedef {import('./index.mjs').PublicConfig} PublicConfig */

export const GATEWAY_AUTH_PATH = '/os/identity/v3';

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

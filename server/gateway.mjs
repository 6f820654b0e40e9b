// @ts-check
/**
 * The same-origin gateway to the cloud. It lives in server/gateway/ (one job per module, see
 * server/gateway/index.mjs); this file keeps the imports of app.mjs, the Vite plugin and the tests.
 */
export { createGateway } from './gateway/index.mjs';
export { UpstreamRegistry } from './gateway/targets.mjs';
export { checkRest } from './gateway/paths.mjs';

/** @typedef {import('./gateway/index.mjs').Gateway} Gateway */
/** @typedef {import('./gateway/index.mjs').GatewayOptions} GatewayOptions */

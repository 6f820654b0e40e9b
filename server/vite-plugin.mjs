// @ts-check
/**
 * Mounts the gateway in Vite's servers: `npm run dev` (configureServer) and `npm run preview`
 * (configurePreviewServer), so /os/config.json and /os/… behave as under `npm run serve`.
 * The configuration is read from the environment when the server starts (not when the config file
 * is loaded, so `vite build` never needs a cloud).
 *
 * Security headers: the preview serves the built app and gets them on everything; the dev server
 * gets them on /os/… only, since Vite's dev HTML needs inline scripts (React refresh) that the CSP
 * would block. Host checking is Vite's (server.allowedHosts / preview.allowedHosts).
 */
import { describeMode, resolveConfig, securityHeaders } from './config/index.mjs';
import { createGateway } from './gateway/index.mjs';
import { nodeConfigIo, rewriteBufferBytesFrom } from './app.mjs';

/**
 * @param {import('vite').Logger} logger
 */
function gatewayFromEnvironment(logger) {
  const config = resolveConfig(process.env, nodeConfigIo());
  logger.info(`  Snapshot dashboard gateway: mode ${describeMode(config)}`);
  const rewriteBufferBytes = rewriteBufferBytesFrom(process.env);
  return { config, gateway: createGateway(config, { allowedHosts: true, ...(rewriteBufferBytes ? { rewriteBufferBytes } : {}) }) };
}

/**
 * @returns {import('vite').Plugin}
 */
export function snapshotGateway() {
  return {
    name: 'snapshot-dashboard-gateway',
    configureServer(server) {
      // Vitest starts a Vite server too; the unit tests have no use for a gateway.
      if (process.env['VITEST']) return;
      const { gateway } = gatewayFromEnvironment(server.config.logger);
      server.httpServer?.once('close', () => gateway.close());
      server.middlewares.use((req, res, next) => gateway.handle(req, res, next));
    },
    configurePreviewServer(server) {
      const { config, gateway } = gatewayFromEnvironment(server.config.logger);
      const headers = securityHeaders(config);
      server.httpServer.once('close', () => gateway.close());
      server.middlewares.use((req, res, next) => {
        for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
        gateway.handle(req, res, next);
      });
    },
  };
}

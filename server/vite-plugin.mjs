// @ts-check
/**
 * Mounts the gateway in Vite's servers: `npm run dev` (configureServer) and `npm run preview`
 * (configurePreviewServer), so /os/config.json and /os/… behave as under `npm run serve`.
 * The configuration is read from the environment when the server starts (not when the config file
 * is loaded, so `vite build` never needs a cloud).
 *
 * With a cloud configured, `npm run dev` also serves /api/v1/policies and runs the policy scheduler,
 * as `npm run serve` does (server/policies, loaded only then), and /api/v1/downloads (server/downloads).
 *
 * Security headers: the preview serves the built app and gets them on everything; the dev server
 * gets them on /os/… only, since Vite's dev HTML needs inline scripts (React refresh) that the CSP
 * would block. Host checking is Vite's (server.allowedHosts / preview.allowedHosts).
 */
import { describeMode, resolveConfig, securityHeaders } from './config/index.mjs';
import { createGateway } from './gateway/index.mjs';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { nodeConfigIo, rewriteBufferBytesFrom } from './app.mjs';
import { inlineScriptSources, withScriptSources } from './static.mjs';

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
    async configureServer(server) {
      // Vitest starts a Vite server too; the unit tests have no use for a gateway.
      if (process.env['VITEST']) return;
      const { config, gateway } = gatewayFromEnvironment(server.config.logger);
      server.httpServer?.once('close', () => gateway.close());
      server.middlewares.use((req, res, next) => gateway.handle(req, res, next));
      if (config.mode === 'demo') return;
      const { createDownloadFeature } = await import('./downloads/index.mjs');
      const downloads = createDownloadFeature({ config });
      server.httpServer?.once('close', () => downloads.close());
      server.middlewares.use((req, res, next) => downloads.handle(req, res, next));
      const { policySettingsFrom, startPolicyFeature } = await import('./policies/index.mjs');
      const policies = await startPolicyFeature({ config, settings: policySettingsFrom(process.env, process.cwd()), scheduler: true });
      server.httpServer?.once('close', () => void policies.close());
      server.middlewares.use((req, res, next) => policies.handle(req, res, next));
    },
    configurePreviewServer(server) {
      const { config, gateway } = gatewayFromEnvironment(server.config.logger);
      const headers = securityHeaders(config);
      // index.html's own inline script (the first list request) is allowed by its hash, as `npm run serve` does.
      let html = '';
      try {
        html = readFileSync(path.resolve(server.config.root, server.config.build.outDir, 'index.html'), 'utf8');
      } catch {
        // not built: Vite says so itself
      }
      headers['Content-Security-Policy'] = withScriptSources(String(headers['Content-Security-Policy']), inlineScriptSources(html));
      server.httpServer.once('close', () => gateway.close());
      server.middlewares.use((req, res, next) => {
        for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
        gateway.handle(req, res, next);
      });
    },
  };
}

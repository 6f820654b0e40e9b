// @ts-check
/**
 * What every script that runs the dashboard server shares (`serve.mjs`, `scripts/start-demo.mjs`,
 * the real-cloud e2e's `serve-real.mjs`): listen on HOST/PORT, close on SIGINT or SIGTERM, and on
 * failure print one plain line and exit 1.
 */
import { ConfigError } from './config/index.mjs';
import { portFrom, startDashboardServer } from './app.mjs';

/**
 * Starts the server (HOST defaults to 127.0.0.1, PORT to 8080) and stops it on SIGINT / SIGTERM.
 * @param {Omit<import('./app.mjs').StartOptions, 'port' | 'host'> & { port?: number, onStop?: () => Promise<void> }} options
 *   onStop: runs after the server stops listening (the policy scheduler saves its runs and closes)
 * @param {Record<string, string | undefined>} [env]
 */
export async function serveUntilSignalled(options, env = process.env) {
  const { server } = await startDashboardServer({
    ...options,
    port: options.port ?? portFrom(env),
    host: env['HOST'] || '127.0.0.1',
  });
  const stop = () => {
    server.close();
    server.closeAllConnections();
    options.onStop?.().catch((error) => console.error(error instanceof Error ? error.message : String(error)));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  return server;
}

/**
 * Prints why the server could not start (a configuration problem says so) and exits 1.
 * @param {unknown} error
 * @returns {never}
 */
export function exitWithError(error) {
  const message = error instanceof Error ? error.message : String(error);
  console.error(error instanceof ConfigError ? `Configuration: ${message}` : message);
  process.exit(1);
}

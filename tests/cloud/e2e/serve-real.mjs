// @ts-check
/**
 * The real-cloud e2e's web server: what `npm run build && node server/serve.mjs` does, with the
 * same resolveConfig + serveUntilSignalled, but built into a private folder so it never races
 * other builds of the shared dist/. Honours OS_AUTH_URL (and the other OS_* of serve.mjs) and PORT.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { allowedHostsFrom, nodeConfigIo, resolveConfig } from '../../../server/app.mjs';
import { exitWithError, serveUntilSignalled } from '../../../server/run.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const distDir = path.join(root, 'test-results', 'cloud-e2e', 'dist');

try {
  const config = resolveConfig(process.env, nodeConfigIo());
  if (config.mode === 'demo') throw new Error('OS_AUTH_URL (or OS_CLOUD) is required: this server fronts the real cloud.');
  console.log(`Building the app into ${path.relative(root, distDir)}…`);
  await build({ root, logLevel: 'warn', build: { outDir: distDir, emptyOutDir: true } });
  await serveUntilSignalled({ config, distDir, allowedHosts: allowedHostsFrom(process.env) });
} catch (error) {
  exitWithError(error);
}

// @ts-check
/**
 * `npm start`: the demo. Builds the app quietly with Vite, then serves it with the embedded mock
 * cloud (demo mode), whatever OS_* variables are set: `npm run serve` is the way to a real cloud.
 * Honours PORT (8080) and HOST (127.0.0.1).
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { portFrom } from '../server/app.mjs';
import { exitWithError, serveUntilSignalled } from '../server/run.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

try {
  const port = portFrom(process.env);
  const ignored = Object.keys(process.env)
    .filter((name) => name === 'OS_CLOUD' || name === 'OS_AUTH_URL' || name.startsWith('OS_DASHBOARD_'))
    .sort();
  if (ignored.length > 0) {
    console.log(`npm start is the demo: ignoring ${ignored.join(', ')} (use npm run serve for a real cloud).`);
  }
  console.log('Building the app…');
  await build({ root, logLevel: 'warn' });
  await serveUntilSignalled({ config: { mode: 'demo' }, distDir: path.join(root, 'dist'), port });
} catch (error) {
  exitWithError(error);
}

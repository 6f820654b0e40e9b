// @ts-check
/**
 * What a browser really downloads to show the login page when the dashboard points at a real cloud:
 * the same build served in gateway mode (towards an address where nothing answers: the login page
 * needs no cloud), with every script the page fetches recorded. The mock cloud's chunk must not be
 * among them.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { nodeConfigIo, resolveConfig, startDashboardServer } from '../../server/app.mjs';

/**
 * @typedef {object} LoginLoad
 * @property {string[]} scripts  /assets/*.js the login page fetched before it showed its form
 * @property {number} jsGzip  their gzipped size
 * @property {string[]} idleScripts  what it fetched after, while the user types (the typed client signing in needs)
 * @property {number} idleJsGzip  their gzipped size
 * @property {boolean} demoChunkFetched
 */

/**
 * @param {import('playwright-core').Browser} browser
 * @param {string} distDir
 * @param {string[]} demoFiles  the demo-only chunks (`assets/browser-….js`)
 * @returns {Promise<LoginLoad>}
 */
export async function measureGatewayLogin(browser, distDir, demoFiles) {
  const config = resolveConfig({ OS_AUTH_URL: 'http://127.0.0.1:9/v3' }, nodeConfigIo(distDir));
  const { server, url } = await startDashboardServer({ config, distDir, port: 0, host: '127.0.0.1', log: () => undefined });
  const context = await browser.newContext({ baseURL: url });
  // When the form is first in the page (the browser's clock, the same as this process's).
  await context.addInitScript(() => {
    const observer = new MutationObserver(() => {
      if (!document.querySelector('form h1')) return;
      Reflect.set(globalThis, '__formShownAt', Date.now());
      observer.disconnect();
    });
    observer.observe(document, { childList: true, subtree: true });
  });
  try {
    const page = await context.newPage();
    /** @type {Array<{ file: string, at: number }>} */
    const requested = [];
    page.on('request', (request) => {
      const { pathname } = new URL(request.url());
      if (pathname.endsWith('.js') && pathname.startsWith('/assets/')) requested.push({ file: pathname.slice(1), at: Date.now() });
    });
    await page.goto('/auth/login');
    await page.getByRole('heading', { name: 'Log in' }).waitFor({ timeout: 60_000 });
    await page.waitForLoadState('networkidle');
    const formShownAt = Number(await page.evaluate(() => Reflect.get(globalThis, '__formShownAt')));
    const scripts = requested.map(({ file }) => file);
    const beforeForm = requested.filter(({ at }) => at <= formShownAt).map(({ file }) => file);
    const idleScripts = scripts.filter((file) => !beforeForm.includes(file));
    const gzipOf = (/** @type {string[]} */ files) => files.reduce((total, file) => total + gzipSync(readFileSync(path.join(distDir, file))).length, 0);
    return {
      scripts: beforeForm,
      jsGzip: gzipOf(beforeForm),
      idleScripts,
      idleJsGzip: gzipOf(idleScripts),
      demoChunkFetched: scripts.some((file) => demoFiles.includes(file)),
    };
  } finally {
    await context.close();
    server.close();
    server.closeAllConnections();
  }
}

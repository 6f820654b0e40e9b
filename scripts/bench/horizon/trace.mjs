// @ts-check
/**
 * `npm run bench:trace`: where the time of ONE cold load of each panel goes, on our dashboard served
 * by its gateway in front of the local cloud (signed in as the benchmark's user, seed.py's data
 * set). Prints per panel a waterfall: every request with its start and end in ms since the
 * navigation started, then DOMContentLoaded, the first visible row and the long tasks (JS
 * evaluation and React rendering on the main thread). Reads nothing but GETs the panels make.
 *
 * Environment: BENCH_DIST=<dir> serves an existing build instead of building; CHROMIUM_PATH.
 */
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { nodeConfigIo, resolveConfig, startDashboardServer } from '../../../server/app.mjs';
import { buildApp } from '../bundle.mjs';
import { panelIds } from './dashboard.mjs';
import { firstRowMs, setRowSelector } from './first-row.mjs';
import { ours } from './ours.mjs';
import { signedInSession } from './panels.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const given = process.env['BENCH_DIST'];
const distDir = given ?? path.join(os.tmpdir(), 'snapshot-dashboard-bench-trace');
if (!given) await buildApp(root, distDir);
const config = resolveConfig({ OS_AUTH_URL: 'http://127.0.0.1:5000/v3' }, nodeConfigIo(root));
const { server, url } = await startDashboardServer({ config, distDir, port: 0, host: '127.0.0.1', log: () => undefined });
const browser = await chromium.launch({ executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });

/** @param {string} address */
function shortName(address) {
  const parsed = new URL(address);
  return `${parsed.pathname.replace(/^\/os\/[^/]+/, (prefix) => prefix.slice(0, 14))}${parsed.search}`.slice(0, 110);
}

try {
  for (const panel of panelIds) {
    const { context, page } = await signedInSession(browser, url.replace(/\/$/, ''), ours);
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.clearBrowserCache');
    /** @type {Map<string, { url: string, start: number, end: number, method: string }>} */
    const requests = new Map();
    let origin = 0;
    cdp.on('Network.requestWillBeSent', (event) => {
      if (event.type === 'Document' && origin === 0) origin = event.timestamp;
      requests.set(event.requestId, { url: event.request.url, method: event.request.method, start: event.timestamp, end: 0 });
    });
    cdp.on('Network.loadingFinished', (event) => {
      const entry = requests.get(event.requestId);
      if (entry) entry.end = event.timestamp;
    });
    await context.addInitScript(() => {
      /** @type {number[][]} */
      const tasks = [];
      Reflect.set(globalThis, '__traceTasks', tasks);
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) tasks.push([Math.round(entry.startTime), Math.round(entry.duration)]);
      }).observe({ type: 'longtask', buffered: true });
    });
    await setRowSelector(page, ours.panels[panel].row);
    await page.goto(ours.panels[panel].path, { waitUntil: 'commit' });
    const rowAt = await firstRowMs(page);
    await page.waitForTimeout(2500);
    const dcl = await page.evaluate(() => Math.round(performance.getEntriesByType('navigation')[0]?.toJSON().domContentLoadedEventEnd ?? 0));
    const tasks = /** @type {number[][]} */ (await page.evaluate(() => Reflect.get(globalThis, '__traceTasks')));
    console.log(`\n${panel}: first visible row ${Math.round(rowAt)} ms, DOMContentLoaded ${dcl} ms, ${requests.size} requests`);
    const ms = (/** @type {number} */ at) => String(Math.round((at - origin) * 1000)).padStart(5);
    for (const entry of [...requests.values()].sort((a, b) => a.start - b.start)) {
      console.log(`  ${ms(entry.start)} → ${entry.end ? ms(entry.end) : '  ...'}  ${entry.method.padEnd(6)} ${shortName(entry.url)}`);
    }
    console.log(`  long tasks (start+duration ms): ${tasks.map(([start, duration]) => `${start}+${duration}`).join(', ') || 'none'}`);
    await context.close();
  }
} finally {
  await browser.close();
  server.close();
  server.closeAllConnections();
}

// @ts-check
/**
 * `npm run bench`: builds the app, serves it with the demo (mock) cloud, drives headless Chromium
 * (Debian's, through playwright-core) and prints one line per figure, then `BENCH_SUMMARY {json}`.
 * Not a test: it fails only when it cannot measure, never on a figure. See docs/performance.md.
 *
 * Environment: BENCH_REPEAT (3) cold openings per panel and scale, timings are their median;
 * BENCH_IDLE_SECONDS (30) how long Instances is watched while idle; BENCH_KEEP_DIST=1 keeps the build;
 * CHROMIUM_PATH (/usr/bin/chromium).
 */
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { startDashboardServer } from '../../server/app.mjs';
import { measureBulkDelete } from './bulk-delete.mjs';
import { buildApp, measureBundle } from './bundle.mjs';
import { measureGatewayLogin } from './gateway-load.mjs';
import { measurePolling } from './idle.mjs';
import { createReport } from './report.mjs';
import { measureBigPage } from './smooth.mjs';
import { measurePanel, panels } from './views.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const outDir = path.join(os.tmpdir(), 'snapshot-dashboard-bench');
const repeat = positive(process.env['BENCH_REPEAT'], 3);
const idleSeconds = positive(process.env['BENCH_IDLE_SECONDS'], 30);
const chromiumPath = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

/** @param {string | undefined} raw @param {number} fallback */
function positive(raw, fallback) {
  const value = Number(raw);
  return Number.isFinite(value) && value > 0 ? value : fallback;
}

/** @param {string} message */
function progress(message) {
  process.stderr.write(`[bench] ${message}\n`);
}

const report = createReport();
const started = Date.now();

progress(`building the app into ${outDir}`);
await buildApp(root, outDir);
const bundle = measureBundle(outDir);
report.bundle(bundle);

execFileSync(process.execPath, [path.join(root, 'scripts', 'ensure-chromium.mjs')], { stdio: 'inherit' });
const { server, url } = await startDashboardServer({
  config: { mode: 'demo' },
  distDir: outDir,
  port: 0,
  host: '127.0.0.1',
  log: (line) => progress(line),
});
const browser = await chromium.launch({
  executablePath: chromiumPath,
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});

let failed = false;
try {
  progress('the login page in gateway mode: what a real-cloud user downloads');
  report.gatewayLogin(
    await measureGatewayLogin(
      browser,
      outDir,
      bundle.chunks.filter((chunk) => chunk.group === 'demo').map((chunk) => chunk.file),
    ),
  );
  for (const panel of panels) {
    for (const scale of /** @type {const} */ (['small', 'large'])) {
      progress(`${panel.id}: ${repeat} cold openings at the ${scale} scale`);
      report.view(panel.id, scale, await measurePanel(browser, url, { scale, latencyMs: 0 }, panel, repeat));
    }
  }
  progress('bulk delete: 100 images against a cloud answering after 100 ms');
  report.bulkDelete(await measureBulkDelete(browser, url, { count: 100, latencyMs: 100 }));
  progress(`polling: Instances idle for ${idleSeconds} s, then during a snapshot`);
  report.polling(await measurePolling(browser, url, { idleMs: idleSeconds * 1000, scale: 'large' }));
  for (const panel of panels) {
    progress(`${panel.id}: the largest page, scrolled`);
    report.bigPage(panel.id, await measureBigPage(browser, url, panel));
  }
} catch (error) {
  failed = true;
  console.error(`bench: could not finish: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
} finally {
  await browser.close();
  server.close();
  server.closeAllConnections();
  if (!process.env['BENCH_KEEP_DIST']) rmSync(outDir, { recursive: true, force: true });
}

report.finish({ seconds: Math.round((Date.now() - started) / 1000), repeat, idleSeconds, complete: !failed });
process.exitCode = failed ? 1 : 0;

// @ts-check
/**
 * `npm run bench:horizon`: our dashboard against Horizon (Debian's openstack-dashboard) on the same
 * local real cloud, side by side. As root: brings the cloud up unless Keystone answers already
 * (scripts/cloud/up.sh), seeds the data set (seed.py), serves Horizon with uwsgi and our build through its gateway, then
 * drives both in headless Chromium, alternating ours/Horizon: a warm-up, then BENCH_RUNS (5) runs
 * of every panel (cold, warm), the login page and the three flows. Prints the table and
 * `BENCH_HORIZON_SUMMARY {json}`; fails only when it cannot measure, never on a figure.
 * Cleans up: what the flows made is deleted, what they deleted is seeded again, Horizon stopped.
 *
 * Environment: BENCH_RUNS (5); BENCH_SEED_ONLY=1 seeds and stops (with BENCH_SEED_SECONDS=N it
 * stops adding images after N s and exits 3: run it again to go on); CLOUD_STATE_DIR (<repo>/.cloud; Horizon's files go to its horizon/);
 * CHROMIUM_PATH (/usr/bin/chromium); BENCH_KEEP_DIST=1 keeps the build.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { nodeConfigIo, resolveConfig, startDashboardServer } from '../../../server/app.mjs';
import { buildApp } from '../bundle.mjs';
import { panelIds } from './dashboard.mjs';
import { RUN_PREFIX, runFlows } from './flows.mjs';
import { horizon } from './horizon.mjs';
import { ensureHorizonInstalled, prepareHorizonStatic, startHorizon } from './horizon-server.mjs';
import { ours } from './ours.mjs';
import { measureLoginPage, measurePanel } from './panels.mjs';
import { createHorizonReport } from './report.mjs';
import { seed, seededIds } from './seed.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const stateDir = path.join(process.env['CLOUD_STATE_DIR'] ?? path.join(root, '.cloud'), 'horizon');
const outDir = path.join(os.tmpdir(), 'snapshot-dashboard-bench-horizon');
const runs = Math.max(1, Math.floor(Number(process.env['BENCH_RUNS'] ?? 5)) || 5);
const chromiumPath = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
const seedOnly = process.env['BENCH_SEED_ONLY'] === '1';
const seedSeconds = process.env['BENCH_SEED_SECONDS'];

/** @param {string} message */
function progress(message) {
  process.stderr.write(`[bench:horizon] ${message}\n`);
}

if (process.getuid?.() !== 0) {
  console.error('bench:horizon: run it as root (it starts the local cloud and installs Horizon when missing).');
  process.exit(1);
}

/** Keystone answering on loopback: the cloud is up (maybe started from another checkout), leave it be. */
async function cloudAnswers() {
  try {
    const answer = await fetch('http://127.0.0.1:5000/v3', { signal: AbortSignal.timeout(5000) });
    return answer.ok;
  } catch {
    return false;
  }
}

async function ensureCloud() {
  if (await cloudAnswers()) {
    progress('the local cloud answers already: not starting it');
    return;
  }
  progress('the local cloud (scripts/cloud/up.sh)');
  execFileSync('bash', [path.join(root, 'scripts', 'cloud', 'up.sh')], { stdio: ['ignore', 2, 2] });
}

if (seedOnly) {
  await ensureCloud();
  try {
    seed('seed', ...(seedSeconds ? [seedSeconds] : []));
    process.exit(0);
  } catch (error) {
    const status = /** @type {{ status?: number }} */ (error).status;
    process.exit(status ?? 1);
  }
}

const started = Date.now();
const report = createHorizonReport();
/** @type {Array<() => Promise<void> | void>} */
const teardown = [];
let failed = false;

try {
  await ensureCloud();
  progress('seeding the data set');
  seed('seed');
  const ids = seededIds();
  const serverNames = Object.keys(ids.servers).sort();
  if (!ids.launchSnapshot || serverNames.length === 0) throw new Error('the seeded servers or snapshot are missing');
  const launchSnapshot = { id: ids.launchSnapshot, name: 'hbench-snap-001' };

  mkdirSync(stateDir, { recursive: true });
  ensureHorizonInstalled();
  prepareHorizonStatic(stateDir);
  const horizonServer = await startHorizon(stateDir);
  teardown.push(() => horizonServer.stop());

  progress(`building our dashboard into ${outDir}`);
  await buildApp(root, outDir);
  if (!process.env['BENCH_KEEP_DIST']) teardown.push(() => rmSync(outDir, { recursive: true, force: true }));
  const config = resolveConfig({ OS_AUTH_URL: 'http://127.0.0.1:5000/v3' }, nodeConfigIo(root));
  const { server, url: oursUrl } = await startDashboardServer({ config, distDir: outDir, port: 0, host: '127.0.0.1', log: progress });
  teardown.push(() => {
    server.close();
    server.closeAllConnections();
  });

  const browser = await chromium.launch({
    executablePath: chromiumPath,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  teardown.push(() => browser.close());
  const sides = /** @type {const} */ ([
    { dashboard: ours, url: oursUrl.replace(/\/$/, '') },
    { dashboard: horizon, url: horizonServer.url },
  ]);

  progress('warm-up: every panel once on both');
  for (const panel of panelIds) {
    for (const side of sides) {
      const { cold } = await measurePanel(browser, side.url, side.dashboard, panel);
      progress(`warm-up ${panel} on ${side.dashboard.name}: first row ${Math.round(cold.firstRowMs)} ms cold`);
    }
  }

  let serverIndex = 0;
  for (let run = 1; run <= runs; run += 1) {
    progress(`run ${run} of ${runs}`);
    for (const side of sides) {
      const login = await measureLoginPage(browser, side.url, side.dashboard);
      report.add('login.bytes', side.dashboard.name, login.bytes);
      report.add('login.requests', side.dashboard.name, login.requests);
    }
    for (const panel of panelIds) {
      for (const side of sides) {
        const { cold, warm } = await measurePanel(browser, side.url, side.dashboard, panel);
        progress(`${panel} on ${side.dashboard.name}: first row ${Math.round(cold.firstRowMs)} / ${Math.round(warm.firstRowMs)} ms, ${cold.requests} requests cold`);
        report.add(`${panel}.firstRow.cold`, side.dashboard.name, cold.firstRowMs);
        report.add(`${panel}.firstRow.warm`, side.dashboard.name, warm.firstRowMs);
        report.add(`${panel}.requests.cold`, side.dashboard.name, cold.requests);
        report.add(`${panel}.requests.warm`, side.dashboard.name, warm.requests);
        report.add(`${panel}.bytes.cold`, side.dashboard.name, cold.bytes);
        report.add(`${panel}.bytes.warm`, side.dashboard.name, warm.bytes);
      }
    }
    for (const side of sides) {
      const serverName = /** @type {string} */ (serverNames[serverIndex++ % serverNames.length]);
      progress(`run ${run}: flows on ${side.dashboard.name} (snapshot of ${serverName})`);
      const flow = await runFlows(browser, side.url, side.dashboard, { tag: `${side.dashboard.name}-${run}`, serverName, launchSnapshot });
      report.add('createSnapshot.row', side.dashboard.name, flow.createRowMs);
      report.add('createSnapshot.active', side.dashboard.name, flow.createActiveMs);
      report.add('bulkDelete20', side.dashboard.name, flow.bulkDeleteMs);
      report.add('launch.active', side.dashboard.name, flow.launchActiveMs);
    }
  }
} catch (error) {
  failed = true;
  console.error(`bench:horizon: could not finish: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
} finally {
  for (const step of teardown.toReversed()) {
    try {
      await step();
    } catch (error) {
      console.error(`bench:horizon: clean-up step failed: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  try {
    progress('clean-up: what the flows made goes, the data set is made whole again');
    seed('cleanup', RUN_PREFIX);
    seed('seed');
  } catch (error) {
    failed = true;
    console.error(`bench:horizon: clean-up failed: ${error instanceof Error ? error.message : String(error)}`);
  }
}

report.print({ runs, seconds: Math.round((Date.now() - started) / 1000), complete: !failed });
process.exitCode = failed ? 1 : 0;

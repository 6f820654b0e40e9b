import { execFileSync } from 'node:child_process';
import { defineConfig } from '@playwright/test';
import { chromiumLaunchOptions, sharedPlaywrightSettings } from '../../chromium';

/**
 * The e2e flows in Chromium through the gateway against the real local cloud (`npm run cloud:up`).
 * The web server builds the app and serves it in gateway mode on a free port; workers inherit the
 * port through the environment (the config is evaluated again in each worker).
 */
function freePort(): string {
  const script = "const s=require('net').createServer();s.listen(0,'127.0.0.1',()=>{process.stdout.write(String(s.address().port));s.close();});";
  return execFileSync(process.execPath, ['-e', script], { encoding: 'utf8' }).trim();
}

process.env['CLOUD_E2E_PORT'] ??= process.env['E2E_PORT'] ?? freePort();
const port = process.env['CLOUD_E2E_PORT'];
const authUrl = process.env['OS_AUTH_URL'] ?? 'http://127.0.0.1:5000/v3';
const baseURL = `http://127.0.0.1:${port}`;

export default defineConfig({
  ...sharedPlaywrightSettings,
  timeout: 180_000,
  expect: { timeout: 30_000 },
  outputDir: '../../../test-results/cloud-e2e/results',
  use: {
    baseURL,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: chromiumLaunchOptions,
  },
  webServer: {
    command: 'node tests/cloud/e2e/serve-real.mjs',
    cwd: '../../..',
    env: { PORT: port, HOST: '127.0.0.1', OS_AUTH_URL: authUrl },
    url: `${baseURL}/os/config.json`,
    timeout: 240_000,
    reuseExistingServer: false,
    stdout: 'pipe',
  },
});

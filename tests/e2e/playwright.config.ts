import { defineConfig } from '@playwright/test';
import { chromiumLaunchOptions, sharedPlaywrightSettings } from '../chromium';

const port = Number(process.env.E2E_PORT ?? 4321);
const baseURL = process.env.E2E_BASE_URL ?? `http://127.0.0.1:${port}`;

export default defineConfig({
  ...sharedPlaywrightSettings,
  timeout: 90_000,
  expect: { timeout: 20_000 },
  outputDir: '../../test-results',
  use: {
    baseURL,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: chromiumLaunchOptions,
  },
  webServer: process.env.E2E_BASE_URL
    ? undefined
    : {
        command: `node scripts/start-demo.mjs`,
        cwd: '../..',
        env: { PORT: String(port) },
        url: baseURL,
        timeout: 180_000,
        reuseExistingServer: false,
        stdout: 'pipe',
      },
});

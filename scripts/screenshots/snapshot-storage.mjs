// @ts-check
/**
 * The Snapshot storage view for the README, from a running demo (`npm start`):
 * `node scripts/screenshots/snapshot-storage.mjs [http://127.0.0.1:8080]` writes docs/screenshots/snapshot-storage.png.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const base = process.argv[2] ?? 'http://127.0.0.1:8080';
const out = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../docs/screenshots');

// As tests/chromium.ts launches it: Debian's Chromium, no background traffic.
const browser = await chromium.launch({
  executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update'],
});
try {
  const page = await browser.newPage({ viewport: { width: 1400, height: 1100 } });
  await page.goto(`${base}/auth/login`);
  await page.getByRole('button', { name: 'Sign In' }).click();
  await page.getByRole('heading', { level: 1, name: 'Instances' }).waitFor();
  await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Images' }).click();
  await page.getByRole('link', { name: 'Snapshot storage' }).click();
  await page.getByText(/^Read every snapshot/).waitFor();
  await page.getByRole('table', { name: 'Largest snapshots' }).getByRole('checkbox', { name: 'Select db-1-snap-old' }).check();
  await page.screenshot({ path: path.join(out, 'snapshot-storage.png'), fullPage: true });
} finally {
  await browser.close();
}

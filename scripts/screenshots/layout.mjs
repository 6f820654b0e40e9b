// @ts-check
/**
 * Screenshots of dark mode and of the phone layout, from a running demo (`npm start`):
 * `node scripts/screenshots/layout.mjs [http://127.0.0.1:8080]` writes them to docs/screenshots/.
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
  const wide = await browser.newPage({ viewport: { width: 1400, height: 820 }, colorScheme: 'dark' });
  await wide.goto(`${base}/auth/login`);
  await wide.getByRole('button', { name: 'Sign In' }).click();
  await wide.getByRole('heading', { level: 1, name: 'Instances' }).waitFor();
  await wide.getByRole('table').getByText('web-1', { exact: true }).waitFor();
  await wide.screenshot({ path: path.join(out, 'dark-instances.png') });
  await wide.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Images' }).click();
  await wide.getByRole('heading', { level: 1, name: 'Images' }).waitFor();
  await wide.getByRole('link', { name: 'web-1-snap-nightly' }).waitFor();
  await wide.screenshot({ path: path.join(out, 'dark-images.png') });

  const phone = await browser.newPage({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2 });
  await phone.goto(`${base}/auth/login`);
  await phone.getByRole('button', { name: 'Sign In' }).click();
  await phone.getByRole('heading', { level: 1, name: 'Instances' }).waitFor();
  await phone.goto(`${base}/project/images`);
  await phone.getByRole('link', { name: 'web-1-snap-nightly' }).waitFor();
  await phone.screenshot({ path: path.join(out, 'phone-images.png') });
  await phone.getByRole('button', { name: 'Menu' }).click();
  await phone.getByRole('navigation', { name: 'Main navigation' }).waitFor();
  await phone.screenshot({ path: path.join(out, 'phone-images-menu-open.png') });
} finally {
  await browser.close();
}

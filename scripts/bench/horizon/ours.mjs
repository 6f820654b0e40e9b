// @ts-check
/**
 * How a user works our dashboard (served by its gateway in front of the local cloud), step by step,
 * for the side-by-side benchmark. The selectors are the app's accessible names, as the e2e tiers use.
 */

import { BENCH_ACCOUNT } from './account.mjs';

/** @typedef {import('playwright-core').Page} Page */

/** @param {Page} page @param {string} name */
function row(page, name) {
  return page.getByRole('row').filter({ has: page.getByRole('rowheader', { name, exact: true }) });
}

/** @param {Page} page */
function nav(page) {
  return page.getByRole('navigation', { name: 'Main navigation' });
}

/** @type {import('./dashboard.mjs').Dashboard} */
export const ours = {
  name: 'ours',
  loginPath: '/auth/login',
  panels: {
    images: { path: '/project/images', row: 'tr.data-table__row' },
    instances: { path: '/project/instances', row: 'tr.data-table__row' },
    volumeSnapshots: { path: '/project/snapshots', row: 'tr.data-table__row' },
  },

  async signIn(page) {
    await page.goto('/auth/login');
    await page.getByLabel('User Name').fill(BENCH_ACCOUNT.user);
    await page.getByLabel('Password').fill(BENCH_ACCOUNT.password);
    await page.getByLabel('Domain').fill(BENCH_ACCOUNT.domain);
    await page.getByLabel('Project').fill(BENCH_ACCOUNT.project);
    await page.getByRole('button', { name: 'Sign In' }).click();
    await nav(page).waitFor();
  },

  async createSnapshot(page, serverName, snapshotName) {
    await page.goto('/project/instances');
    await row(page, serverName).getByText('Active', { exact: true }).waitFor();
    await row(page, serverName).getByRole('button', { name: 'Create Snapshot' }).click();
    const dialog = page.getByRole('dialog', { name: 'Create Snapshot' });
    await dialog.getByLabel('Snapshot Name').fill(snapshotName);
    // Radix takes pointer input a render after it mounts (tests/find-dialog.ts).
    await page.waitForTimeout(300);
    const submittedAt = Date.now();
    await dialog.getByRole('button', { name: 'Create Snapshot' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await nav(page).getByRole('link', { name: 'Images', exact: true }).click();
    await row(page, snapshotName).waitFor();
    const rowMs = Date.now() - submittedAt;
    await row(page, snapshotName).getByText('Active', { exact: true }).waitFor({ timeout: 180_000 });
    return { rowMs, activeMs: Date.now() - submittedAt };
  },

  async bulkDelete(page, prefix, count) {
    await page.goto('/project/images');
    const victims = page.getByRole('rowheader', { name: new RegExp(`^${prefix}-`) });
    await victims.nth(count - 1).waitFor();
    const onPage = await page.locator('tr.data-table__row').count();
    if (onPage !== count) throw new Error(`bench: our Images page shows ${onPage} rows, expected the ${count} new snapshots`);
    await page.getByRole('checkbox', { name: 'Select all rows on this page' }).check();
    await page.getByText(`${count} selected`).waitFor();
    await page.getByRole('button', { name: 'Delete Images' }).click();
    const dialog = page.getByRole('dialog', { name: 'Confirm Delete Images' });
    await dialog.waitFor();
    await page.waitForTimeout(300);
    const confirmedAt = Date.now();
    await dialog.getByRole('button', { name: 'Delete Images' }).click();
    await page.waitForFunction(
      (wanted) =>
        ![...document.querySelectorAll('tr.data-table__row th[scope="row"]')].some((cell) => cell.textContent?.trim().startsWith(`${wanted}-`)),
      prefix,
      { timeout: 180_000, polling: 50 },
    );
    return Date.now() - confirmedAt;
  },

  async launch(page, snapshot, serverName) {
    await page.goto(`/project/launch?source=instance_snapshot&id=${encodeURIComponent(snapshot.id)}`);
    const steps = page.getByRole('navigation', { name: 'Launch steps' });
    await steps.getByRole('button', { name: /^Details/ }).click();
    await page.getByLabel(/^Instance Name/).fill(serverName);
    await steps.getByRole('button', { name: /^Flavor/ }).click();
    await page.getByRole('radio', { name: 'Select flavor m1.nano' }).check();
    await steps.getByRole('button', { name: /^Networks/ }).click();
    const network = page.getByRole('checkbox', { name: 'Select network public-net' });
    if (!(await network.isChecked())) await network.check();
    const launch = page.getByRole('button', { name: 'Launch Instance' });
    await launch.waitFor();
    const submittedAt = Date.now();
    await launch.click();
    await page.waitForURL(/\/project\/instances$/);
    await row(page, serverName).getByText('Active', { exact: true }).waitFor({ timeout: 180_000 });
    return Date.now() - submittedAt;
  },
};

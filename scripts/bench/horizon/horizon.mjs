// @ts-check
/**
 * How a user works Horizon 23 (Debian's openstack-dashboard, its Django panels) for the same steps:
 * - create snapshot: the row's "Create Snapshot" button on Instances → the modal form → submit;
 *   Horizon then opens Images, whose row polls its status until Active;
 * - bulk delete: Images sorted by name, the header checkbox, "Delete Images", the confirm modal's
 *   "Delete Images"; done when the reloaded list no longer shows them;
 * - launch: "Launch Instance" on Instances (the AngularJS wizard, Horizon 23's only one): name,
 *   source Instance Snapshot (searched and allocated), flavor m1.nano, the one network (allocated
 *   by the wizard itself) → "Launch Instance"; Horizon reopens Instances, whose row polls until Active.
 */

import { BENCH_ACCOUNT } from './account.mjs';

/** @typedef {import('playwright-core').Page} Page */

/** @param {Page} page @param {string} table @param {string} name */
function row(page, table, name) {
  return page.locator(`table#${table} tbody tr[data-display="${name}"]`);
}

/**
 * Waits for a new document (the one after a form post and its redirect) to be parsed.
 * @param {Page} page
 * @param {number} timeout
 */
async function newDocument(page, timeout) {
  const deadline = Date.now() + timeout;
  for (;;) {
    const fresh = await page
      .evaluate(() => !Reflect.get(globalThis, '__hbenchOldDocument') && document.readyState !== 'loading')
      .catch(() => false);
    if (fresh) return;
    if (Date.now() > deadline) throw new Error('bench: Horizon did not load the next page');
    await page.waitForTimeout(50);
  }
}

/** @type {import('./dashboard.mjs').Dashboard} */
export const horizon = {
  name: 'horizon',
  loginPath: '/auth/login/',
  panels: {
    images: { path: '/project/images/', row: 'table#images tbody tr[data-object-id]' },
    instances: { path: '/project/instances/', row: 'table#instances tbody tr[data-object-id]' },
    volumeSnapshots: { path: '/project/snapshots/', row: 'table#volume_snapshots tbody tr[data-object-id]' },
  },

  async signIn(page) {
    await page.goto('/auth/login/');
    await page.fill('#id_username', BENCH_ACCOUNT.user);
    await page.fill('#id_password', BENCH_ACCOUNT.password);
    await Promise.all([page.waitForURL(/\/project\//), page.click('#loginBtn')]);
  },

  async createSnapshot(page, serverName, snapshotName) {
    await page.goto('/project/instances/');
    const server = row(page, 'instances', serverName);
    await server.locator('a[id$="__action_snapshot"]').click();
    const modal = page.locator('.modal-dialog');
    await modal.locator('#id_name').fill(snapshotName);
    const submittedAt = Date.now();
    await modal.locator('[type="submit"]').click();
    await page.waitForURL(/\/project\/images\/?$/);
    const snapshot = row(page, 'images', snapshotName);
    await snapshot.waitFor();
    const rowMs = Date.now() - submittedAt;
    await snapshot.locator('td', { hasText: /^\s*Active\s*$/ }).waitFor({ timeout: 180_000 });
    return { rowMs, activeMs: Date.now() - submittedAt };
  },

  async bulkDelete(page, prefix, count) {
    await page.goto('/project/images/');
    const victims = page.locator(`table#images tbody tr[data-display^="${prefix}-"]`);
    await victims.nth(count - 1).waitFor();
    const onPage = await page.locator('table#images tbody tr[data-object-id]:visible').count();
    if (onPage !== count) throw new Error(`bench: Horizon's Images page shows ${onPage} rows, expected the ${count} new snapshots`);
    await page.locator('table#images thead input.multi-select-header').evaluate((box) => /** @type {HTMLInputElement} */ (box).click());
    await page.locator('#images__action_delete:not(.disabled)').click();
    const confirm = page.locator('.modal-dialog .modal-footer').locator('a, button', { hasText: 'Delete Images' });
    await confirm.waitFor();
    await page.waitForTimeout(300);
    await page.evaluate(() => Reflect.set(globalThis, '__hbenchOldDocument', true));
    const confirmedAt = Date.now();
    await confirm.click();
    await newDocument(page, 180_000);
    await page.locator('table#images').waitFor();
    if ((await victims.count()) !== 0) throw new Error(`bench: Horizon still lists images named ${prefix}-… after the bulk delete`);
    return Date.now() - confirmedAt;
  },

  async launch(page, snapshot, serverName) {
    await page.goto('/project/instances/');
    await page.click('#instances__action_launch-ng');
    const modal = page.locator('.modal-dialog');
    await modal.locator('#name').fill(serverName);
    await modal.locator('.nav a', { hasText: 'Source' }).click();
    await modal.locator('#boot-source-type').selectOption('snapshot');
    await modal.locator('input.search-input').locator('visible=true').first().fill(snapshot.name);
    await modal.locator('tr', { hasText: snapshot.name }).locator('button.fa-arrow-up').locator('visible=true').first().click();
    await modal.locator('.nav a', { hasText: 'Flavor' }).click();
    await modal.locator('tr', { hasText: 'm1.nano' }).locator('button.fa-arrow-up').locator('visible=true').first().click();
    const finish = modal.locator('button.finish:not([disabled])');
    await finish.waitFor();
    const submittedAt = Date.now();
    await finish.click();
    await row(page, 'instances', serverName).locator('td', { hasText: /^\s*Active\s*$/ }).waitFor({ timeout: 180_000 });
    return Date.now() - submittedAt;
  },
};

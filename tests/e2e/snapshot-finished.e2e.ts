import { expect, test, type Page } from '@playwright/test';
import { freshDemo, signInToDemo } from './helpers';

test.beforeEach(async ({ page }) => {
  await freshDemo(page);
});

function row(page: Page, name: string) {
  return page.getByRole('row').filter({ has: page.getByRole('rowheader', { name, exact: true }) });
}

test('as a new user: create a snapshot, wait on Volume Snapshots, and a toast says when it is active, with its time', async ({ page }) => {
  await signInToDemo(page, '/project/instances');
  await row(page, 'web-1').getByRole('button', { name: 'Create Snapshot' }).click();
  const dialog = page.getByRole('dialog', { name: 'Create Snapshot' });
  await dialog.getByLabel('Snapshot Name').fill('web-1-done-e2e');
  await dialog.getByRole('button', { name: 'Create Snapshot' }).click();
  await expect(page.getByText('Snapshot web-1-done-e2e is being created')).toBeVisible();
  await expect(dialog).toBeHidden();

  await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Snapshots' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Volume Snapshots' })).toBeVisible();

  // The demo's snapshot takes about 10 s; the toast is told wherever the user is.
  const toast = page.locator('.toast').filter({ hasText: /^web-1-done-e2e is active after \d+ sec/ });
  await expect(toast).toBeVisible({ timeout: 40_000 });
  await expect(page).toHaveURL(/\/project\/snapshots$/);
  await toast.getByRole('link', { name: 'View snapshot' }).click();
  await expect(page).toHaveURL(/\/project\/images\/.+/);
});

import { expect, test, type Page } from '@playwright/test';
import { freshDemo, signInToDemo } from './helpers';

function row(page: Page, name: string) {
  return page.getByRole('row').filter({ has: page.getByRole('rowheader', { name, exact: true }) });
}

/** Page errors (uncaught exceptions and unhandled rejections) seen while the test ran. */
function collectPageErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  return errors;
}

test.beforeEach(async ({ page }) => {
  await freshDemo(page);
});

test('a crafted return link signs in to the product, not a crash', async ({ page }) => {
  const errors = collectPageErrors(page);
  await page.goto('/auth/login?next=%2F%5Cevil.example%2Fx');
  await page.getByRole('button', { name: 'Sign In' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Instances' })).toBeVisible();
  expect(new URL(page.url()).pathname).toBe('/project/instances');
  await expect(page.getByText(/Unexpected Application Error|External navigation/)).toHaveCount(0);
  expect(errors).toEqual([]);
});

test('shut it off first: a reload in the middle, and the instance is started again with its snapshot active', async ({ page }) => {
  const errors = collectPageErrors(page);
  await signInToDemo(page, '/project/instances');
  await row(page, 'web-1').getByRole('button', { name: 'Create Snapshot' }).click();
  const dialog = page.getByRole('dialog', { name: 'Create Snapshot' });
  await dialog.getByLabel('Snapshot Name').fill('web-1-durable');
  await dialog.getByRole('checkbox', { name: /Shut it off first/ }).check();
  await dialog.getByRole('button', { name: 'Create Snapshot' }).click();
  await expect(dialog).toContainText('Shut off the instance');
  // The flow may take minutes, so its dialog can be closed; the row says what is going on.
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  // The row says the instance will come back while the plan waits.
  await expect(row(page, 'web-1')).toContainText(/will be started again/i);
  await expect(row(page, 'web-1')).toContainText('Shutoff', { timeout: 30_000 });

  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Instances' })).toBeVisible();
  await expect(row(page, 'web-1')).toContainText(/will be started again/i);
  await expect(page.getByText('Snapshot “web-1-durable” is uploaded and web-1 was started again.')).toBeVisible({ timeout: 60_000 });
  await expect(row(page, 'web-1')).toContainText('Active');
  await expect(row(page, 'web-1')).not.toContainText(/will be started again/i);
  expect(await page.evaluate(() => Object.keys(localStorage).filter((key) => key.startsWith('snapshot-dashboard.plan:')))).toEqual([]);

  await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Images' }).click();
  const snapshot = row(page, 'web-1-durable');
  await expect(snapshot).toHaveCount(1);
  await expect(snapshot).toContainText('Active');
  expect(errors).toEqual([]);
});

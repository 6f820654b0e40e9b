import { expect, test, type Page } from '@playwright/test';
import { freshDemo, signInToDemo } from './helpers';

test.beforeEach(async ({ page }) => {
  await freshDemo(page);
});

function row(page: Page, name: string) {
  return page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: new RegExp(`^${name}`) }) });
}

test('a volume-backed instance snapshot’s volume snapshot is visible and linked', async ({ page }) => {
  await signInToDemo(page);
  await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Snapshots' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Volume Snapshots' })).toBeVisible();

  const backing = row(page, 'snapshot for vol-app-1-snap');
  await expect(backing.getByText('Part of instance snapshot')).toBeVisible();
  await expect(backing.getByRole('link', { name: 'vol-app-1-root', exact: true })).toBeVisible();
  await backing.getByRole('link', { name: 'vol-app-1-snap', exact: true }).click();
  await expect(page).toHaveURL(/\/project\/images\/[0-9a-f-]+$/);
});

test('bulk-deletes two snapshots and sees a third refused with its reason', async ({ page }) => {
  await signInToDemo(page, '/project/snapshots');
  await expect(row(page, 'data-snap-2')).toBeVisible();

  for (const name of ['data-snap-2', 'vol-app-1-root-snap', 'data-snap-1']) {
    await page.getByRole('checkbox', { name: `Select ${name}` }).check();
  }
  await expect(page.getByText('3 selected')).toBeVisible();
  await page.getByRole('toolbar').getByRole('button', { name: 'Delete Volume Snapshots' }).click();

  const dialog = page.getByRole('dialog', { name: 'Confirm Delete Volume Snapshots' });
  await expect(dialog.getByText('You have selected 2 items. They will be deleted:')).toBeVisible();
  await expect(dialog.getByText('Volume restored-from-snap was created from it: delete that volume first.')).toBeVisible();
  await expect(dialog.getByText('Deleted volume snapshots are not recoverable.')).toBeVisible();
  await dialog.getByRole('button', { name: 'Delete Volume Snapshots' }).click();

  const results = page.getByRole('dialog', { name: 'Delete results' });
  await expect(results.getByText('Deleted 2 items:')).toBeVisible();
  await expect(results.getByText('1 item was skipped:')).toBeVisible();
  await expect(results.getByText('Volume restored-from-snap was created from it: delete that volume first.')).toBeVisible();
  await results.getByRole('button', { name: 'Close', exact: true }).click();

  await expect(page.getByRole('rowheader', { name: /^data-snap-2/ })).toHaveCount(0);
  await expect(page.getByRole('rowheader', { name: /^vol-app-1-root-snap/ })).toHaveCount(0);
  await expect(row(page, 'data-snap-1')).toBeVisible();
});

import { expect, test, type Page } from '@playwright/test';
import { freshDemo, signInToDemo } from './helpers';

test.beforeEach(async ({ page }) => {
  await freshDemo(page);
});

function row(page: Page, name: string) {
  return page.getByRole('row').filter({ has: page.getByRole('rowheader', { name, exact: true }) });
}

async function openSnapshots(page: Page) {
  await signInToDemo(page);
  await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Images' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Images' })).toBeVisible();
  await page.getByRole('search', { name: 'Filter images' }).getByText('Snapshots', { exact: true }).click();
  await expect(page).toHaveURL(/type=snapshots/);
  await expect(row(page, 'web-1-snap-nightly')).toBeVisible();
  await expect(row(page, 'cirros-0.6.2')).toHaveCount(0);
}

test('ticks three snapshots, deletes them, and the summary and the list agree', async ({ page }) => {
  await openSnapshots(page);
  for (const name of ['web-1-snap-nightly', 'db-1-snap-old', 'vol-app-1-snap']) {
    await page.getByRole('checkbox', { name: `Select ${name}` }).check();
  }
  await expect(page.getByText('3 selected')).toBeVisible();
  await page.getByRole('button', { name: 'Delete Images' }).click();

  const dialog = page.getByRole('dialog', { name: 'Confirm Delete Images' });
  await expect(dialog).toContainText('You have selected 3 items. They will be deleted:');
  await expect(dialog).toContainText('Deleted images are not recoverable.');
  const linked = dialog.getByRole('checkbox', { name: /Also delete the 1 volume snapshot/ });
  await expect(linked).not.toBeChecked();
  await expect(dialog).toContainText('snapshot for vol-app-1-snap');
  await dialog.getByRole('button', { name: 'Delete Images' }).click();

  const results = page.getByRole('dialog', { name: 'Delete results' });
  await expect(results).toContainText('All 3 items were deleted.');
  await results.getByRole('button', { name: 'Close', exact: true }).click();
  await expect(results).toBeHidden();
  for (const name of ['web-1-snap-nightly', 'db-1-snap-old', 'vol-app-1-snap']) await expect(row(page, name)).toHaveCount(0);
  await expect(row(page, 'web-1-snap-golden')).toBeVisible();
  await expect(page.getByText('0 selected')).toBeVisible();
});

test('as a new user: filter to snapshots, launch one, bulk-delete several including a protected one', async ({ page }) => {
  await openSnapshots(page);
  await row(page, 'web-1-snap-nightly').getByRole('button', { name: 'Launch' }).click();
  await expect(page).toHaveURL(/\/project\/launch\?source=instance_snapshot&id=/);
  await page.goBack();
  await expect(row(page, 'web-1-snap-nightly')).toBeVisible();

  for (const name of ['web-1-snap-golden', 'web-1-snap-nightly', 'db-1-snap-old']) {
    await page.getByRole('checkbox', { name: `Select ${name}` }).check();
  }
  await page.getByRole('button', { name: 'Delete Images' }).click();
  const dialog = page.getByRole('dialog', { name: 'Confirm Delete Images' });
  await expect(dialog).toContainText('1 selected item will not be deleted:');
  await expect(dialog).toContainText('Protected: turn off “Protected” with Edit Image before deleting it.');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await page.getByRole('button', { name: 'Delete Images' }).click();
  await dialog.getByRole('button', { name: 'Delete Images' }).click();

  const results = page.getByRole('dialog', { name: 'Delete results' });
  await expect(results).toContainText('Deleted 2 items:');
  await expect(results).toContainText('1 item was skipped:');
  await expect(results).toContainText('web-1-snap-golden');
  await results.getByRole('button', { name: 'Close', exact: true }).click();
  await expect(row(page, 'web-1-snap-nightly')).toHaveCount(0);
  await expect(page.getByRole('checkbox', { name: 'Select web-1-snap-golden' })).toBeChecked();
});

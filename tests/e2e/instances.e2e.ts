import { expect, test, type Page } from '@playwright/test';
import { freshDemo, signInToDemo } from './helpers';

test.beforeEach(async ({ page }) => {
  await freshDemo(page);
});

function row(page: Page, name: string) {
  return page.getByRole('row').filter({ has: page.getByRole('rowheader', { name, exact: true }) });
}

test('as a new user: snapshot an instance, watch its task phases, see it on Images go active', async ({ page }) => {
  await signInToDemo(page);
  await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Instances' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Instances' })).toBeVisible();
  await expect(row(page, 'web-1')).toBeVisible();
  await expect(row(page, 'vol-app-1')).toContainText('Boots from volume');
  await expect(row(page, 'builder-1').getByRole('button', { name: 'Create Snapshot' })).toHaveAttribute('aria-disabled', 'true');

  await row(page, 'web-1').getByRole('button', { name: 'Create Snapshot' }).click();
  const dialog = page.getByRole('dialog', { name: 'Create Snapshot' });
  await expect(dialog).toContainText('A snapshot is an image which preserves the disk state');
  await expect(dialog).toContainText('can be inconsistent');
  const name = dialog.getByLabel('Snapshot Name');
  await expect(name).toHaveValue(/^web-1-snapshot-/);
  await name.fill('web-1-e2e');
  await dialog.getByRole('button', { name: 'Create Snapshot' }).click();

  await expect(page.getByText('Snapshot web-1-e2e is being created')).toBeVisible();
  await expect(dialog).toBeHidden();
  // Nova's task phases, in words, while the list refreshes by itself.
  await expect(row(page, 'web-1')).toContainText(/Snapshot pending|Snapshotting|Snapshot waiting to upload|Uploading snapshot/);
  await expect(row(page, 'web-1')).toContainText('Uploading snapshot', { timeout: 15_000 });

  await page.getByRole('link', { name: 'View on Images' }).click();
  await expect(page).toHaveURL(/\/project\/images\/.+/);
  await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Images' }).click();
  const snapshot = row(page, 'web-1-e2e');
  await expect(snapshot).toBeVisible();
  await expect(snapshot).toContainText('Active', { timeout: 30_000 });

  await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Instances' }).click();
  await expect(row(page, 'web-1')).toContainText('None', { timeout: 15_000 });
});

test('a volume-backed instance’s dialog lists its volumes and its Cinder quota', async ({ page }) => {
  await signInToDemo(page, '/project/instances');
  await row(page, 'vol-db-1').getByRole('button', { name: 'Create Snapshot' }).click();
  const dialog = page.getByRole('dialog', { name: 'Create Snapshot' });
  const volumes = dialog.getByRole('table', { name: 'Volumes of this instance' });
  await expect(volumes).toContainText('vol-db-1-root');
  await expect(volumes).toContainText('vol-db-1-data');
  await expect(dialog.getByRole('meter', { name: 'Volume snapshots' })).toBeVisible();
  await expect(dialog.getByRole('meter', { name: 'Volume storage (GB)' })).toBeVisible();
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();
});

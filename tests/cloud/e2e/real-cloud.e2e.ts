/**
 * The e2e flows in Chromium, through the gateway, against the real local cloud: sign in as
 * demo/demo by typing (nothing is prefilled for a real cloud), see real data on the three panels,
 * snapshot a server booted through the API and watch the snapshot go Active on Images, then launch
 * an instance from it with the wizard.
 */
import { expect, test, type Page } from '@playwright/test';
import { arrange, tidy, type Arranged } from './cloud-setup';

let cloud: Arranged | undefined;

test.beforeAll(async () => {
  test.setTimeout(240_000);
  cloud = await arrange();
});

test.afterAll(async () => {
  test.setTimeout(240_000);
  await tidy(cloud);
});

function arranged(): Arranged {
  if (!cloud) throw new Error('the real cloud was not arranged');
  return cloud;
}

function row(page: Page, name: string) {
  return page.getByRole('row').filter({ has: page.getByRole('rowheader', { name, exact: true }) });
}

function nav(page: Page) {
  return page.getByRole('navigation', { name: 'Main navigation' });
}

async function signIn(page: Page, path = '/') {
  await page.goto(path);
  await expect(page.getByRole('heading', { name: 'Log in' })).toBeVisible();
  await expect(page.getByText('This is a demo cloud')).toHaveCount(0);
  await page.getByLabel('User Name').fill('demo');
  await page.getByLabel('Password').fill('demo');
  await page.getByLabel('Domain').fill('Default');
  await page.getByLabel('Project').fill('demo');
  await page.getByRole('button', { name: 'Sign In' }).click();
  await expect(nav(page)).toBeVisible();
}

test('signs in as demo/demo and sees real instances, images and volume snapshots', async ({ page }) => {
  const { serverName, volumeSnapshotName, imageName } = arranged();
  await page.goto('/');
  await expect(page.getByLabel('Password')).toHaveValue('');
  await signIn(page);

  await nav(page).getByRole('link', { name: 'Instances' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Instances' })).toBeVisible();
  await expect(row(page, serverName)).toBeVisible();
  await expect(row(page, serverName)).toContainText('Active');

  await nav(page).getByRole('link', { name: 'Images' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Images' })).toBeVisible();
  await expect(row(page, imageName)).toBeVisible();
  await expect(row(page, imageName)).toContainText('Active');

  await nav(page).getByRole('link', { name: 'Snapshots' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Volume Snapshots' })).toBeVisible();
  await expect(page.getByRole('rowheader', { name: new RegExp(`^${volumeSnapshotName}`) })).toBeVisible();
});

test('creates a snapshot of a real server, sees it Active on Images, and launches from it', async ({ page }) => {
  const { serverName, prefix } = arranged();
  const snapshotName = `${prefix}-ui-snap`;
  await signIn(page, '/project/instances');
  await expect(row(page, serverName)).toContainText('Active');

  await row(page, serverName).getByRole('button', { name: 'Create Snapshot' }).click();
  const dialog = page.getByRole('dialog', { name: 'Create Snapshot' });
  await dialog.getByLabel('Snapshot Name').fill(snapshotName);
  await dialog.getByRole('button', { name: 'Create Snapshot' }).click();
  await expect(page.getByText(`Snapshot ${snapshotName} is being created`)).toBeVisible();
  await expect(dialog).toBeHidden();

  await nav(page).getByRole('link', { name: 'Images' }).click();
  const snapshot = row(page, snapshotName);
  await expect(snapshot).toBeVisible();
  await expect(snapshot).toContainText('Active', { timeout: 60_000 });
  await expect(snapshot).toContainText('Snapshot');

  // Launch from it with the wizard.
  await snapshot.getByRole('button', { name: 'Launch', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Launch Instance' })).toBeVisible();
  const steps = page.getByRole('navigation', { name: 'Launch steps' });
  await steps.getByRole('button', { name: /^Source/ }).click();
  await expect(page.getByLabel('Select Boot Source')).toHaveValue('instance_snapshot');
  await expect(page.getByRole('radio', { name: `Select ${snapshotName}` })).toBeChecked();
  await steps.getByRole('button', { name: /^Details/ }).click();
  const launchedName = `${prefix}-from-snap`;
  await page.getByLabel(/^Instance Name/).fill(launchedName);
  await steps.getByRole('button', { name: /^Flavor/ }).click();
  await page.getByRole('radio', { name: 'Select flavor m1.nano' }).check();
  await steps.getByRole('button', { name: /^Networks/ }).click();
  const network = page.getByRole('checkbox', { name: 'Select network public-net' });
  if (!(await network.isChecked())) await network.check();
  const launch = page.getByRole('button', { name: 'Launch Instance' });
  await expect(launch).toBeEnabled();
  await launch.click();

  await expect(page).toHaveURL(/\/project\/instances$/);
  await expect(row(page, launchedName)).toBeVisible();
  await expect(row(page, launchedName).getByText('Active', { exact: true })).toBeVisible({ timeout: 60_000 });
});

test('signs out (the token is revoked) and signs in again', async ({ page }) => {
  const { serverName } = arranged();
  await signIn(page, '/project/instances');
  await expect(row(page, serverName)).toBeVisible();
  await page.getByRole('button', { name: 'Sign Out' }).click();
  await expect(page.getByText('You have signed out.')).toBeVisible();
  await signIn(page, '/project/instances');
  await expect(row(page, serverName)).toBeVisible();
  await nav(page).getByRole('link', { name: 'Images' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Images' })).toBeVisible();
});

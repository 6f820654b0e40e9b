import { expect, test, type Page } from '@playwright/test';
import { freshDemo, signInToDemo } from './helpers';

test.beforeEach(async ({ page }) => {
  await freshDemo(page);
  await signInToDemo(page);
});

/** Fills the wizard's required steps once the source is chosen, then launches. */
async function fillAndLaunch(page: Page, name: string, flavor = 'm1.small') {
  const steps = page.getByRole('navigation', { name: 'Launch steps' });
  await steps.getByRole('button', { name: /^Details/ }).click();
  await page.getByLabel(/^Instance Name/).fill(name);
  await steps.getByRole('button', { name: /^Flavor/ }).click();
  await page.getByRole('radio', { name: `Select flavor ${flavor}` }).check();
  await steps.getByRole('button', { name: /^Networks/ }).click();
  await page.getByRole('checkbox', { name: 'Select network private-net' }).check();
  const launch = page.getByRole('button', { name: 'Launch Instance' });
  await expect(launch).toBeEnabled();
  await launch.click();
}

/** On Instances: the new row shows Build (or is already past it), then Active. */
async function expectActive(page: Page, name: string) {
  await expect(page).toHaveURL(/\/project\/instances$/);
  const row = page.getByRole('row').filter({ has: page.getByRole('rowheader', { name, exact: true }) });
  await expect(row).toBeVisible();
  await expect(row.getByText('Active', { exact: true })).toBeVisible({ timeout: 30_000 });
}

test('Images → Launch on a snapshot gives a running instance from that snapshot', async ({ page }) => {
  await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Images' }).click();
  const row = page.getByRole('row').filter({ has: page.getByText('web-1-snap-nightly', { exact: true }) });
  await row.getByRole('button', { name: 'Launch', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Launch Instance' })).toBeVisible();
  await page.getByRole('navigation', { name: 'Launch steps' }).getByRole('button', { name: /^Source/ }).click();
  await expect(page.getByLabel('Select Boot Source')).toHaveValue('instance_snapshot');
  await expect(page.getByRole('radio', { name: 'Select web-1-snap-nightly' })).toBeChecked();
  await fillAndLaunch(page, 'from-nightly');
  await expectActive(page, 'from-nightly');
});

test('Instances → Launch Instance with Instance Snapshot chosen gives a running instance', async ({ page }) => {
  await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Instances' }).click();
  await page.getByRole('link', { name: 'Launch Instance' }).first().click();
  await page.getByRole('navigation', { name: 'Launch steps' }).getByRole('button', { name: /^Source/ }).click();
  await expect(page.getByLabel('Select Boot Source')).toHaveValue('image');
  await page.getByLabel('Select Boot Source').selectOption('instance_snapshot');
  await page.getByRole('radio', { name: 'Select web-1-snap-golden' }).check();
  await fillAndLaunch(page, 'from-golden');
  await expectActive(page, 'from-golden');
});

test('Volume Snapshots → Launch as Instance gives a running instance from the volume snapshot', async ({ page }) => {
  await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Snapshots' }).click();
  await page.getByRole('button', { name: 'More actions for vol-app-1-root-snap' }).click();
  await page.getByRole('menuitem', { name: 'Launch as Instance' }).click();
  await page.getByRole('navigation', { name: 'Launch steps' }).getByRole('button', { name: /^Source/ }).click();
  await expect(page.getByLabel('Select Boot Source')).toHaveValue('volume_snapshot');
  await expect(page.getByRole('radio', { name: 'Select vol-app-1-root-snap' })).toBeChecked();
  await expect(page.getByLabel(/^Volume Size \(GB\)/)).toHaveValue('20');
  await fillAndLaunch(page, 'from-volume-snapshot');
  await expectActive(page, 'from-volume-snapshot');
});

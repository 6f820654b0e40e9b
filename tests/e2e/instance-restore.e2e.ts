import { expect, test, type Page } from '@playwright/test';
import { freshDemo, signInToDemo } from './helpers';

test.beforeEach(async ({ page }) => {
  await freshDemo(page);
});

function row(page: Page, name: string | RegExp) {
  return page.getByRole('row').filter({ has: page.getByRole('rowheader', { name, exact: true }) });
}

/** Moves the demo cloud's virtual clock, so snapshots and rebuilds finish without waiting in real time. */
async function fastForward(page: Page, ms: number) {
  await page.evaluate((step) => (globalThis as unknown as { mockCloud: { advance(ms: number): void } }).mockCloud.advance(step), ms);
}

test('as a new user: open a snapshot’s instance, restore it in place with a safety snapshot, then launch three from the snapshot and delete them', async ({ page }) => {
  test.setTimeout(150_000);
  await signInToDemo(page);

  // From a snapshot's detail page to its instance.
  await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Images' }).click();
  await page.getByRole('link', { name: 'web-1-snap-nightly', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'web-1-snap-nightly' })).toBeVisible();
  await page.getByRole('link', { name: 'web-1', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'web-1' })).toBeVisible();
  const instanceId = new URL(page.url()).pathname.split('/').at(-1) ?? '';
  expect(instanceId).toMatch(/^[0-9a-f-]{36}$/);

  // Its snapshots and its action log.
  const snapshots = page.getByRole('table', { name: 'Snapshots of web-1' });
  await expect(row(page, 'web-1-snap-nightly')).toBeVisible();
  await expect(snapshots.getByRole('rowheader')).toHaveText(['web-1-snap-inflight', 'web-1-snap-nightly', 'web-1-snap-golden']);
  const log = page.getByRole('table', { name: 'Action log of this instance' });
  await expect(log.getByRole('rowheader', { name: 'Create', exact: true })).toBeVisible();
  await expect(page.getByText('10.0.0.11')).toBeVisible();

  // Restore in place from the nightly snapshot, with the safety snapshot ticked.
  await snapshots.getByRole('button', { name: 'Restore web-1 from web-1-snap-nightly' }).click();
  const dialog = page.getByRole('dialog', { name: 'Restore web-1' });
  await expect(dialog.getByLabel('Restore from')).toHaveValue(/.+/);
  await expect(dialog.getByLabel('Restore from').locator('option:checked')).toHaveText(/^web-1-snap-nightly /);
  await expect(dialog.getByText(`The instance ID: ${instanceId}`)).toBeVisible();
  await expect(dialog.getByText('Its addresses: 10.0.0.11')).toBeVisible();
  await expect(dialog.getByRole('checkbox', { name: /Take a snapshot of the current state first/ })).toBeChecked();
  await dialog.getByLabel('Type the instance name web-1 to confirm').fill('web-1');
  await dialog.getByRole('button', { name: 'Restore' }).click();
  const done = dialog.getByText('web-1 was restored from web-1-snap-nightly.');
  await expect(async () => {
    await fastForward(page, 30_000);
    await expect(done).toBeVisible({ timeout: 1_500 });
  }).toPass({ timeout: 60_000 });
  await dialog.getByRole('button', { name: 'Close', exact: true }).click();
  await expect(dialog).toBeHidden();

  // Same ID and addresses, the chosen image, createImage and rebuild in the action log.
  await expect(page).toHaveURL(new RegExp(`/project/instances/${instanceId}$`));
  await expect(page.getByText(instanceId).first()).toBeVisible();
  await expect(page.getByText('10.0.0.11').first()).toBeVisible();
  await expect(page.getByRole('link', { name: 'Image: web-1-snap-nightly' })).toBeVisible();
  await expect(log.locator('th[title="createImage"]')).toHaveCount(1, { timeout: 20_000 });
  await expect(log.locator('th[title="rebuild"]')).toHaveCount(1);
  const safety = snapshots.getByRole('rowheader', { name: /^web-1-snapshot-/ });
  await expect(safety).toHaveCount(1);

  // The safety snapshot is on Images too.
  await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Images' }).click();
  await expect(row(page, /^web-1-snapshot-/)).toContainText('Active');

  // Launch three instances from the snapshot.
  await page.goto(`/project/instances/${instanceId}`);
  await page.getByRole('link', { name: 'Launch an instance from web-1-snap-nightly' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Launch Instance' })).toBeVisible();
  const steps = page.getByRole('navigation', { name: 'Launch steps' });
  await steps.getByRole('button', { name: /^Details/ }).click();
  await page.getByLabel(/^Instance Name/).fill('from-nightly');
  await page.getByLabel(/^Count/).fill('3');
  await steps.getByRole('button', { name: /^Flavor/ }).click();
  await page.getByRole('radio', { name: 'Select flavor m1.small' }).check();
  await steps.getByRole('button', { name: /^Networks/ }).click();
  await page.getByRole('checkbox', { name: 'Select network private-net' }).check();
  await page.getByRole('button', { name: 'Launch Instance' }).click();
  await expect(page).toHaveURL(/\/project\/instances$/);
  const launched = ['from-nightly-1', 'from-nightly-2', 'from-nightly-3'];
  for (const name of launched) await expect(row(page, name)).toBeVisible();
  await fastForward(page, 120_000);
  for (const name of launched) await expect(row(page, name).getByText('Active', { exact: true })).toBeVisible();

  // Tick them and delete them, with a per-item summary.
  for (const name of launched) await row(page, name).getByRole('checkbox', { name: `Select ${name}` }).check();
  const toolbar = page.getByRole('toolbar', { name: 'Actions on selected instances' });
  await expect(toolbar).toContainText('3 selected');
  await toolbar.getByRole('button', { name: 'Delete Instances' }).click();
  const confirm = page.getByRole('dialog', { name: 'Confirm Delete Instances' });
  for (const name of launched) await expect(confirm).toContainText(name);
  await confirm.getByRole('button', { name: 'Delete Instances' }).click();
  const results = page.getByRole('dialog', { name: 'Delete results' });
  await expect(results).toContainText('All 3 items were deleted.');
  await expect(results.getByRole('listitem')).toHaveText(launched);
  await results.getByRole('button', { name: 'Close', exact: true }).click();
  await fastForward(page, 60_000);
  for (const name of launched) await expect(row(page, name)).toHaveCount(0);
});

import { expect, test, type Page } from '@playwright/test';
import { freshDemo, signInToDemo } from './helpers';

test.beforeEach(async ({ page }) => {
  await freshDemo(page);
});

/** Moves the demo cloud's virtual clock: policy slots come due and snapshots finish without waiting. */
async function fastForward(page: Page, ms: number) {
  await page.evaluate((step) => (globalThis as unknown as { mockCloud: { advance(ms: number): void } }).mockCloud.advance(step), ms);
}

/**
 * Jumps the virtual clock to one second past the policy's next slot. Slots sit on even minutes, so a
 * fixed two-minute jump plus the nudges below could cross two slots when the policy was made late in one.
 */
async function jumpPastNextSlot(page: Page) {
  await page.evaluate(() => {
    const cloud = (globalThis as unknown as { mockCloud: { advance(ms: number): void; exportState(): string } }).mockCloud;
    const state = JSON.parse(cloud.exportState()) as {
      offsetMs: number;
      db: { policy: { policies: Record<string, { policy: { nextRunAt: string | null } }> } };
    };
    const [stored] = Object.values(state.db.policy.policies);
    if (!stored?.policy.nextRunAt) throw new Error('the policy has no next run');
    const virtualNow = Date.now() + state.offsetMs;
    cloud.advance(Math.max(0, Date.parse(stored.policy.nextRunAt) - virtualNow) + 1_000);
  });
}

async function tagBackupDaily(page: Page, instance: string) {
  const nav = page.getByRole('navigation', { name: 'Main navigation' });
  await nav.getByRole('link', { name: 'Instances' }).click();
  await page.getByRole('link', { name: instance, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: instance })).toBeVisible();
  const metadata = page.getByRole('form', { name: 'Add metadata' });
  await metadata.getByLabel('Key').fill('backup');
  await metadata.getByLabel('Value').fill('daily');
  await metadata.getByRole('button', { name: 'Add Metadata' }).click();
  await expect(page.getByRole('rowheader', { name: 'backup', exact: true })).toBeVisible();
}

test('as a new user: tag two instances backup=daily, a policy every 2 minutes keeping 2, three runs later each keeps its 2 newest', async ({ page }, testInfo) => {
  test.setTimeout(240_000);
  await signInToDemo(page);
  await tagBackupDaily(page, 'web-1');
  await tagBackupDaily(page, 'db-1');

  await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Snapshot Policies' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Snapshot Policies' })).toBeVisible();
  await page.getByRole('button', { name: 'Create Policy' }).first().click();
  const dialog = page.getByRole('dialog', { name: 'Create Snapshot Policy' });
  await dialog.getByLabel('Name', { exact: true }).fill('backup');
  await dialog.getByLabel('Metadata key').fill('backup');
  await dialog.getByLabel('Metadata value').fill('daily');
  await dialog.getByRole('radio', { name: 'Every N hours' }).check();
  await dialog.getByLabel('Every', { exact: true }).fill('2');
  await dialog.getByLabel('Unit').selectOption('minutes');
  await dialog.getByLabel('Keep the last N per instance').fill('2');
  await expect(dialog.getByRole('region', { name: 'Next five runs' }).getByRole('listitem')).toHaveCount(5);
  await page.screenshot({ path: testInfo.outputPath('policy-dialog.png') });
  await dialog.getByRole('button', { name: 'Create Policy' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'backup' })).toBeVisible();

  // Three slots, each run given time to finish (a snapshot takes 10 s of virtual time). The page polls
  // by the real clock, so after jumping the virtual one it is reloaded, as a user coming back would.
  const runs = page.getByRole('article', { name: /^Run of/ });
  for (let count = 1; count <= 3; count += 1) {
    await jumpPastNextSlot(page);
    // Nudge the clock only as far as a run needs (a snapshot takes 10 s): never as far as the next slot.
    let nudged = 0;
    await expect(async () => {
      if (nudged < 20_000) {
        nudged += 5_000;
        await fastForward(page, 5_000);
      }
      await page.reload();
      await expect(runs).toHaveCount(count, { timeout: 5_000 });
      await expect(runs.first().getByText('Succeeded', { exact: true })).toHaveCount(3, { timeout: 1_500 });
    }).toPass({ timeout: 90_000 });
  }
  await expect(runs.nth(0).getByText(/^Retention deleted 2 snapshots/)).toBeVisible();
  await expect(runs.nth(2).getByText('Scheduled for', { exact: false })).toBeVisible();

  // Exactly the 2 newest policy snapshots of each instance: those of the last two runs.
  const held = page.getByRole('table', { name: 'Snapshots made by backup' });
  await expect(async () => {
    await page.reload();
    await expect(held.getByRole('rowheader')).toHaveCount(4, { timeout: 5_000 });
  }).toPass({ timeout: 30_000 });
  const newest = [
    ...(await runs.nth(0).getByRole('table').getByRole('link', { name: /-backup-/ }).allTextContents()),
    ...(await runs.nth(1).getByRole('table').getByRole('link', { name: /-backup-/ }).allTextContents()),
  ].sort();
  expect((await held.getByRole('rowheader').allTextContents()).sort()).toEqual(newest);
  await expect(held.getByRole('row').filter({ hasText: 'web-1' })).toHaveCount(2);
  await expect(held.getByRole('row').filter({ hasText: 'db-1' })).toHaveCount(2);
  await page.screenshot({ path: testInfo.outputPath('policy-detail.png'), fullPage: true });

  // The protected snapshot and the hand-made one are still there.
  await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Images' }).click();
  await expect(page.getByRole('link', { name: 'web-1-snap-golden', exact: true })).toBeVisible();
  await expect(page.getByRole('link', { name: 'web-1-snap-nightly', exact: true })).toBeVisible();

  await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Snapshot Policies' }).click();
  const row = page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: /backup/ }) });
  await expect(row.getByText('Every 2 minutes')).toBeVisible();
  await expect(row.getByText('Succeeded')).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath('policies-list.png') });
});

import { expect, test, type Page } from '@playwright/test';
import { freshDemo, signInToDemo } from './helpers';
import { axeViolations, pagePaths, pageScrollWidth, pageSettled } from './layout-helpers';

test.beforeEach(async ({ page }) => {
  await freshDemo(page);
});

async function setLanguage(page: Page, locale: 'en' | 'pl') {
  await page.evaluate((value) => localStorage.setItem('snapshot-dashboard.locale', value), locale);
}

test('every page is axe clean in light and dark, English and Polish', async ({ page }) => {
  test.setTimeout(300_000);
  await signInToDemo(page);
  const paths = await pagePaths(page);
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    for (const locale of ['en', 'pl'] as const) {
      await setLanguage(page, locale);
      for (const [name, path] of Object.entries(paths)) {
        await page.goto(path);
        await pageSettled(page);
        expect(await page.evaluate(() => document.documentElement.lang)).toBe(locale);
        expect(await axeViolations(page), `${name} (${scheme}, ${locale})`).toEqual([]);
      }
    }
  }
  // The login page, signed out.
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await page.evaluate(() => sessionStorage.clear());
    await page.goto('/auth/login');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    expect(await axeViolations(page), `login (${scheme})`).toEqual([]);
  }
});

test('the theme switch overrides the system and is remembered before the first paint', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await signInToDemo(page, '/project/images');
  const background = () => page.evaluate(() => getComputedStyle(document.querySelector('.shell') as Element).backgroundColor);
  const light = await background();
  await page.getByRole('combobox', { name: 'Colour theme' }).selectOption('dark');
  const dark = await background();
  expect(dark).not.toBe(light);
  await page.reload();
  await pageSettled(page);
  expect(await page.evaluate(() => document.documentElement.dataset['theme'])).toBe('dark');
  expect(await background()).toBe(dark);
  await expect(page.getByRole('combobox', { name: 'Colour theme' })).toHaveValue('dark');
  expect(await axeViolations(page)).toEqual([]);
  await page.getByRole('combobox', { name: 'Colour theme' }).selectOption('system');
  expect(await background()).toBe(light);
});

for (const [label, viewport] of [
  ['320 px wide', { width: 320, height: 640 }],
  ['1280 px at 200 % zoom', { width: 640, height: 400 }],
] as const) {
  test(`no page scrolls sideways at ${label}`, async ({ page }) => {
    test.setTimeout(180_000);
    await signInToDemo(page);
    const paths = await pagePaths(page);
    await page.setViewportSize(viewport);
    const widths: Record<string, number> = {};
    for (const [name, path] of Object.entries(paths)) {
      await page.goto(path);
      await pageSettled(page);
      widths[name] = await pageScrollWidth(page);
    }
    await page.evaluate(() => sessionStorage.clear());
    for (const locale of ['en', 'pl'] as const) {
      await setLanguage(page, locale);
      await page.goto('/auth/login');
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      widths[`login (${locale})`] = await pageScrollWidth(page);
    }
    for (const [name, width] of Object.entries(widths)) expect(width, name).toBeLessThanOrEqual(viewport.width);
  });
}

test('on a narrow screen the navigation folds behind a Menu button', async ({ page }) => {
  await signInToDemo(page, '/project/images');
  await page.setViewportSize({ width: 390, height: 800 });
  const menu = page.getByRole('button', { name: 'Menu' });
  const nav = page.locator('#main-navigation');
  await expect(menu).toHaveAttribute('aria-expanded', 'false');
  await expect(nav).toBeHidden();
  await menu.click();
  await expect(menu).toHaveAttribute('aria-expanded', 'true');
  await expect(nav.getByRole('link', { name: 'Instances' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(menu).toHaveAttribute('aria-expanded', 'false');
  await expect(menu).toBeFocused();
  await menu.click();
  await nav.getByRole('link', { name: 'Snapshots' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Volume Snapshots' })).toBeFocused();
  await expect(nav).toBeHidden();
  await page.setViewportSize({ width: 1280, height: 800 });
  await expect(menu).toBeHidden();
  await expect(nav).toBeVisible();
});

test('the launch wizard’s step buttons are on screen at 1400×900 on every step', async ({ page }) => {
  await page.setViewportSize({ width: 1400, height: 900 });
  await signInToDemo(page, '/project/launch');
  await expect(page.getByRole('heading', { level: 1, name: 'Launch Instance' })).toBeVisible();
  const next = page.getByRole('button', { name: 'Next' });
  const launch = page.getByRole('button', { name: 'Launch Instance' });
  for (let step = 0; ; step += 1) {
    for (const button of [next, launch]) {
      const box = await button.boundingBox();
      expect(box, `step ${step}`).not.toBeNull();
      expect(box!.y + box!.height, `step ${step}`).toBeLessThanOrEqual(900);
      expect(box!.y, `step ${step}`).toBeGreaterThanOrEqual(0);
    }
    if (await next.isDisabled()) break;
    await next.click();
  }
});

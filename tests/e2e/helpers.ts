import { expect, type Page } from '@playwright/test';

/** Signs in with the demo form as it comes prefilled. */
export async function signInToDemo(page: Page, path = '/'): Promise<void> {
  await page.goto(path);
  await expect(page.getByRole('heading', { name: 'Log in' })).toBeVisible();
  await expect(page.getByLabel('User Name')).toHaveValue('demo');
  await page.getByRole('button', { name: 'Sign In' }).click();
  await expect(page.getByRole('navigation', { name: 'Main navigation' })).toBeVisible();
}

/** Puts the demo cloud back to its seed so each test starts from the same state. */
export async function freshDemo(page: Page): Promise<void> {
  await page.goto('/auth/login');
  await page.evaluate(() => sessionStorage.clear());
}

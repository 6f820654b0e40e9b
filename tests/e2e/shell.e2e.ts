import { expect, test } from '@playwright/test';
import { freshDemo, signInToDemo } from './helpers';

test.beforeEach(async ({ page }) => {
  await freshDemo(page);
});

test('the demo login is prefilled, says it is a demo, and reaches all three panels', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByText('This is a demo cloud')).toBeVisible();
  await expect(page.getByLabel('Project')).toHaveValue('demo');
  await expect(page.getByLabel('Domain')).toHaveValue('Default');
  await signInToDemo(page);

  const nav = page.getByRole('navigation', { name: 'Main navigation' });
  await nav.getByRole('link', { name: 'Instances' }).click();
  await expect(page).toHaveURL(/\/project\/instances/);
  await expect(page.getByRole('heading', { level: 1, name: 'Instances' })).toBeVisible();
  await expect(page.getByRole('table').getByText('web-1', { exact: true })).toBeVisible();

  await nav.getByRole('link', { name: 'Images' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Images' })).toBeVisible();
  await expect(page.getByText('cirros-0.6.2').first()).toBeVisible();

  await nav.getByRole('link', { name: 'Snapshots' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Volume Snapshots' })).toBeVisible();
  await expect(page.getByText('data-snap-2').first()).toBeVisible();
});

test('a wrong password is refused in plain words and the form keeps what was typed', async ({ page }) => {
  await page.goto('/');
  await page.getByLabel('Password').fill('not-the-password');
  await page.getByRole('button', { name: 'Sign In' }).click();
  await expect(page.getByRole('alert')).toContainText('wrong');
  await expect(page.getByLabel('User Name')).toHaveValue('demo');
});

test('a deep link survives the login, and sign out returns to the login page', async ({ page }) => {
  await page.goto('/project/snapshots');
  await expect(page).toHaveURL(/\/auth\/login\?next=%2Fproject%2Fsnapshots/);
  await page.getByRole('button', { name: 'Sign In' }).click();
  await expect(page).toHaveURL(/\/project\/snapshots/);
  await page.getByRole('button', { name: 'Sign Out' }).click();
  await expect(page.getByText('You have signed out.')).toBeVisible();
});

test('an unknown page says so', async ({ page }) => {
  await signInToDemo(page);
  await page.goto('/project/nothing-here');
  await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
});

test('the language switch turns the shell Polish', async ({ page }) => {
  await signInToDemo(page);
  await page.getByLabel('Language').first().selectOption('pl');
  await expect(page.getByRole('link', { name: 'Obrazy' })).toBeVisible();
  await page.getByLabel('Język').first().selectOption('en');
});

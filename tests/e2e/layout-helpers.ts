import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { expect, type Page } from '@playwright/test';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface AxeViolation {
  id: string;
  help: string;
  nodes: { target: unknown[]; failureSummary?: string }[];
}

/** axe in the real browser, contrast included; the script goes in through DevTools, not the page (its CSP allows no inline script). */
export async function axeViolations(page: Page): Promise<string[]> {
  const loaded = await page.evaluate(() => 'axe' in window);
  if (!loaded) await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(context: Document): Promise<{ violations: AxeViolation[] }> } }).axe;
    return (await axe.run(document)).violations;
  });
  return violations.map(
    (violation: AxeViolation) =>
      `${violation.id}: ${violation.help}\n` + violation.nodes.map((node) => `    ${JSON.stringify(node.target)} ${node.failureSummary ?? ''}`).join('\n'),
  );
}

/** How wide the page is, in CSS px: more than the viewport means the whole page scrolls sideways. */
export function pageScrollWidth(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth);
}

/** Each page the dashboard has, found the way a user finds it (detail pages by their links). */
export async function pagePaths(page: Page): Promise<Record<string, string>> {
  await page.goto('/project/images');
  await page.getByRole('link', { name: 'cirros-0.6.2', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'cirros-0.6.2' })).toBeVisible();
  const imageDetail = new URL(page.url()).pathname;
  await page.goto('/project/instances');
  await page.getByRole('table').getByRole('link', { name: 'web-1', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'web-1' })).toBeVisible();
  const instanceDetail = new URL(page.url()).pathname;
  return {
    instances: '/project/instances',
    images: '/project/images',
    volumeSnapshots: '/project/snapshots',
    policies: '/project/policies',
    imageDetail,
    instanceDetail,
    launch: '/project/launch',
  };
}

/** Waits until the page has drawn its main heading and no loading text is left. */
export async function pageSettled(page: Page): Promise<void> {
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: /^(Loading|Wczytywanie)/ })).toHaveCount(0);
}

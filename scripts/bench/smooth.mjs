// @ts-check
/**
 * A big page: each panel at the largest page size it offers (1,000 when it does), at the large
 * scale. Counts the rows in the DOM (virtualisation keeps them far below the page size) and
 * scrolls the table from top to bottom, one step per animation frame, recording frame times.
 * Reported, not asserted: frame times on a shared, headless machine are indicative only.
 */
import { openSession, sleep } from './session.mjs';

/** @typedef {import('./views.mjs').Panel} Panel */

/**
 * @typedef {object} SmoothFigures
 * @property {number} pageSize  the largest the panel offers
 * @property {number} rowsShown  rows the pager says the page holds
 * @property {number} domRows  <tr> in the table body (data rows, details and spacers)
 * @property {number} domRowsAfterScroll
 * @property {boolean} virtual  whether the table virtualised
 * @property {number} frames
 * @property {number} frameP50Ms
 * @property {number} frameP95Ms
 * @property {number} frameMaxMs
 * @property {number} longFrames  frames over 50 ms
 */

/**
 * @param {import('playwright-core').Browser} browser
 * @param {string} baseUrl
 * @param {Panel} panel
 * @returns {Promise<SmoothFigures>}
 */
export async function measureBigPage(browser, baseUrl, panel) {
  const session = await openSession(browser, baseUrl, { scale: 'large', latencyMs: 0 });
  try {
    const { page, recorder } = session;
    await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: panel.link, exact: true }).click();
    const table = page.getByRole('table', { name: panel.caption });
    await table.locator('tr.data-table__row').first().waitFor();
    const select = page.getByLabel('Items per page');
    const sizes = (await select.locator('option').allTextContents()).map((text) => Number(text.replace(/\D/g, ''))).filter((n) => n > 0);
    const pageSize = Math.max(...sizes);
    await select.selectOption(String(pageSize));
    // The count is formatted for the locale ("Displaying 1,000 items").
    const displaying = /^Displaying [\d,]+ items?$/;
    const shownCount = async () => Number((await page.getByText(displaying).first().textContent())?.replace(/\D/g, '') ?? 0);
    await page.waitForFunction(
      (size) => [...document.querySelectorAll('body *')].some((node) => node.childElementCount === 0 && node.textContent?.replace(/\D/g, '') === String(size) && (node.textContent ?? '').startsWith('Displaying')),
      pageSize,
      { timeout: 120_000 },
    ).catch(() => undefined);
    await recorder.quiet(1000);
    const rowsShown = await shownCount();
    const bodyRows = table.locator(':scope > tbody > tr');
    const domRows = await bodyRows.count();
    const virtual = (await page.locator('.data-table__scroll--virtual').count()) > 0;

    const frames = await page.evaluate(async ({ isVirtual }) => {
      const scroller = isVirtual ? document.querySelector('.data-table__scroll--virtual') : document.scrollingElement;
      if (!scroller) return [];
      const steps = 120;
      const distance = scroller.scrollHeight - scroller.clientHeight;
      /** @type {number[]} */
      const deltas = [];
      let last = await new Promise((resolve) => requestAnimationFrame(resolve));
      for (let step = 1; step <= steps; step += 1) {
        scroller.scrollTop = Math.round((distance * step) / steps);
        const now = /** @type {number} */ (await new Promise((resolve) => requestAnimationFrame(resolve)));
        deltas.push(now - /** @type {number} */ (last));
        last = now;
      }
      return deltas;
    }, { isVirtual: virtual });
    await sleep(200);
    const domRowsAfterScroll = await bodyRows.count();
    const sorted = [...frames].sort((a, b) => a - b);
    const at = (/** @type {number} */ q) => (sorted.length > 0 ? /** @type {number} */ (sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]) : Number.NaN);
    return {
      pageSize,
      rowsShown,
      domRows,
      domRowsAfterScroll,
      virtual,
      frames: frames.length,
      frameP50Ms: at(0.5),
      frameP95Ms: at(0.95),
      frameMaxMs: sorted.at(-1) ?? Number.NaN,
      longFrames: frames.filter((ms) => ms > 50).length,
    };
  } finally {
    await session.close();
  }
}

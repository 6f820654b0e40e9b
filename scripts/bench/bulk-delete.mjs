// @ts-check
/**
 * Bulk delete against a slow cloud: 100 generated images selected with the header checkbox and
 * deleted through the dialog, against a mock cloud that answers every request after `latencyMs`.
 * The one-by-one time is measured in the same session: DELETEs of 5 other images, one after the
 * other, through the same service worker, extrapolated to 100.
 */
import { maxConcurrency, openSession, sleep } from './session.mjs';

/**
 * @typedef {object} BulkDeleteFigures
 * @property {number} count  images deleted
 * @property {number} latencyMs  the mock cloud's latency per response
 * @property {number} bulkMs  from the confirm click to the summary
 * @property {number} sequentialSampleMs  mean of the sequential DELETEs
 * @property {number} oneByOneMs  100 × sequentialSampleMs
 * @property {number} floorMs  100 × latencyMs: the one-by-one time with a zero-cost client and network
 * @property {number} ratio  bulkMs / oneByOneMs
 * @property {number} maxInFlight  most DELETEs open at once, from the page's request events
 * @property {number} deletes  DELETE requests the page sent
 * @property {number} pool5Ms  100 DELETEs from a bare fetch pool of 5 (no UI), for comparison
 * @property {number} pool8Ms  the same with 8 at once
 */

/**
 * @param {import('playwright-core').Browser} browser
 * @param {string} baseUrl
 * @param {{ count?: number, latencyMs?: number, sequentialSamples?: number }} [options]
 * @returns {Promise<BulkDeleteFigures>}
 */
export async function measureBulkDelete(browser, baseUrl, options = {}) {
  const count = options.count ?? 100;
  const latencyMs = options.latencyMs ?? 100;
  const samples = options.sequentialSamples ?? 5;
  const session = await openSession(browser, baseUrl, { scale: 'large', latencyMs });
  try {
    const { page, recorder } = session;
    await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Images', exact: true }).click();
    const table = page.getByRole('table', { name: 'Images and instance snapshots' });
    await table.locator('tr.data-table__row').first().waitFor();
    await page.getByLabel('Items per page').selectOption(String(count));
    await page.getByRole('search', { name: 'Filter images' }).getByLabel('Name contains').fill('bulk-image');
    await page.getByText(`Displaying ${count} items`).waitFor();
    await table.getByRole('rowheader', { name: /^bulk-image-/ }).first().waitFor();
    await page.waitForFunction(
      ({ expected }) =>
        document.querySelectorAll('tr.data-table__row').length === expected &&
        [...document.querySelectorAll('tr.data-table__row th[scope="row"]')].every((cell) => cell.textContent?.includes('bulk-image-')),
      { expected: count },
    );
    await recorder.quiet(500);

    // The one-by-one reference: the oldest bulk images (not on this page), deleted in sequence.
    const sequentialSampleMs = (await rawDeletes(page, { offset: 0, count: samples, concurrency: 1 })) / samples;
    // For comparison, the same DELETEs from a bare pool without the UI, at 5 and 8 at once.
    const pool5Ms = await rawDeletes(page, { offset: samples, count, concurrency: 5 });
    const pool8Ms = await rawDeletes(page, { offset: samples + count, count, concurrency: 8 });

    await page.getByRole('checkbox', { name: 'Select all rows on this page' }).check();
    await page.getByText(`${count} selected`).waitFor();
    await page.getByRole('button', { name: 'Delete Images' }).click();
    const dialog = page.getByRole('dialog', { name: 'Confirm Delete Images' });
    await dialog.waitFor();
    await sleep(300);
    const confirm = dialog.getByRole('button', { name: 'Delete Images' });
    await page.evaluate(() => {
      /** @type {{ clickAt: number | null, doneAt: number | null }} */
      const probe = { clickAt: null, doneAt: null };
      Reflect.set(globalThis, '__benchBulk', probe);
      addEventListener('click', () => (probe.clickAt ??= performance.now()), { capture: true, once: true });
      const observer = new MutationObserver(() => {
        if (document.querySelector('.bulk-delete__summary')) {
          probe.doneAt = performance.now();
          observer.disconnect();
        }
      });
      observer.observe(document.body, { childList: true, subtree: true });
    });
    const since = Date.now();
    await confirm.click();
    const handle = await page.waitForFunction(() => {
      /** @type {{ clickAt: number | null, doneAt: number | null } | undefined} */
      const probe = Reflect.get(globalThis, '__benchBulk');
      return probe && probe.clickAt !== null && probe.doneAt !== null ? probe.doneAt - probe.clickAt : null;
    }, undefined, { timeout: 300_000 });
    const bulkMs = Number(await handle.jsonValue());
    // At its summary the dialog is titled "Delete results".
    const summary = await page.getByRole('dialog', { name: 'Delete results' }).locator('.bulk-delete__summary').innerText();
    if (!summary.includes(`All ${count} items were deleted.`)) throw new Error(`bench: the bulk delete did not delete all ${count}: ${summary.slice(0, 300)}`);
    await recorder.quiet(300);
    const deletes = recorder.after(since).filter((request) => request.method === 'DELETE');
    const oneByOneMs = sequentialSampleMs * count;
    return {
      count,
      latencyMs,
      bulkMs,
      sequentialSampleMs,
      oneByOneMs,
      floorMs: latencyMs * count,
      ratio: bulkMs / oneByOneMs,
      pool5Ms,
      pool8Ms,
      maxInFlight: maxConcurrency(deletes),
      deletes: deletes.length,
    };
  } finally {
    await session.close();
  }
}

/**
 * Deletes generated images straight through the service worker with the session's token, `concurrency`
 * at once, from the oldest (`offset` in name order); resolves with the total time in ms.
 * @param {import('playwright-core').Page} page
 * @param {{ offset: number, count: number, concurrency: number }} options
 */
function rawDeletes(page, options) {
  return page.evaluate(async ({ offset, count, concurrency }) => {
    /** @type {{ db: { image: { images: Record<string, { id: string, name: string | null }> } }, baseUrl: string } | undefined} */
    const cloud = Reflect.get(globalThis, 'mockCloud');
    const raw = sessionStorage.getItem('snapshot-dashboard.session');
    if (!cloud || !raw) throw new Error('bench: no mock cloud or no session');
    /** @type {{ token?: unknown }} */
    const stored = JSON.parse(raw);
    const token = stored.token;
    if (typeof token !== 'string') throw new Error('bench: no token in the session');
    const ids = Object.values(cloud.db.image.images)
      .filter((image) => image.name?.startsWith('bulk-image-'))
      .sort((a, b) => String(a.name).localeCompare(String(b.name)))
      .slice(offset, offset + count)
      .map((image) => image.id);
    if (ids.length < count) throw new Error(`bench: only ${ids.length} generated images left to delete`);
    let next = 0;
    const lane = async () => {
      while (next < ids.length) {
        const id = ids[next];
        next += 1;
        const response = await fetch(`${cloud.baseUrl}/image/v2/images/${id}`, { method: 'DELETE', headers: { 'X-Auth-Token': token } });
        if (response.status !== 204) throw new Error(`bench: DELETE answered ${response.status}`);
      }
    };
    const started = performance.now();
    await Promise.all(Array.from({ length: concurrency }, lane));
    return performance.now() - started;
  }, options);
}

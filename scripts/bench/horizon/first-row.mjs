// @ts-check
/**
 * Time to the first visible row of a table, in the page itself: a MutationObserver from the
 * document's start (an init script), so a server-rendered table (Horizon) and a client-rendered one
 * (ours) are timed alike. A row counts once it is in the DOM with a size AND the page has painted
 * (first-contentful-paint): a row in HTML whose stylesheets are still loading is not yet visible.
 * The figure is ms since the navigation started (performance.now() in the new document).
 */

/**
 * Arms the probe in every document of `context`: `window.__hbenchRowSelector`, read from
 * sessionStorage key `hbench-row-selector`, is the row to wait for.
 * @param {import('playwright-core').BrowserContext} context
 */
export async function armFirstRowProbe(context) {
  await context.addInitScript(() => {
    /** @type {{ rowAt: number | null, paintAt: number | null }} */
    const probe = { rowAt: null, paintAt: null };
    Reflect.set(globalThis, '__hbenchProbe', probe);
    let selector = null;
    try {
      selector = sessionStorage.getItem('hbench-row-selector');
    } catch {
      return;
    }
    if (!selector) return;
    try {
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) if (entry.name === 'first-contentful-paint') probe.paintAt ??= entry.startTime;
      }).observe({ type: 'paint', buffered: true });
    } catch {
      // no paint timing: the row time alone
    }
    const check = () => {
      if (probe.rowAt !== null) return;
      for (const row of document.querySelectorAll(/** @type {string} */ (selector))) {
        const box = row.getBoundingClientRect();
        if (box.height > 0 && box.width > 0) {
          probe.rowAt = performance.now();
          observer.disconnect();
          return;
        }
      }
    };
    const observer = new MutationObserver(check);
    observer.observe(document, { childList: true, subtree: true, attributes: true });
  });
}

/**
 * Sets the row selector the next document's probe waits for (sessionStorage of the current origin).
 * @param {import('playwright-core').Page} page
 * @param {string} selector
 */
export async function setRowSelector(page, selector) {
  await page.evaluate((value) => sessionStorage.setItem('hbench-row-selector', value), selector);
}

/**
 * Waits for the probe of the current document; ms from navigation start to the first visible row.
 * Asked with plain `page.evaluate` every 50 ms, not `waitForFunction`: that one first loads
 * Playwright's selector engine into the page, a 13–17 ms task on the main thread in the middle of
 * the load being timed (seen in Chromium's timeline of both dashboards).
 * @param {import('playwright-core').Page} page
 * @param {number} [timeoutMs]
 */
export async function firstRowMs(page, timeoutMs = 120_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const at = await page
      .evaluate(() => {
        /** @type {{ rowAt: number | null, paintAt: number | null } | undefined} */
        const probe = Reflect.get(globalThis, '__hbenchProbe');
        if (!probe || probe.rowAt === null || probe.paintAt === null) return null;
        return Math.max(probe.rowAt, probe.paintAt);
      })
      // The document may still be replacing the previous one: ask the new one next time.
      .catch(() => null);
    if (at !== null) return at;
    if (Date.now() > deadline) throw new Error(`bench: no visible row within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

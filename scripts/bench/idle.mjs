// @ts-check
/**
 * Polling: on Instances with nothing in transition, every request over `idleMs` (should be none);
 * then a snapshot of the first instance that allows one, and the list requests per polling
 * interval while its task runs (should be one, however many rows the page shows).
 */
import { openSession, sleep } from './session.mjs';

/** The Instances list's refetch interval while a row is moving (use-instances-list.ts). */
export const pollIntervalMs = 2000;
const listPath = /^\/compute\/v2\.1\/servers\/detail(\?|$)/;

/**
 * @typedef {object} IdleFigures
 * @property {number} idleSeconds
 * @property {number} idleRequests  every request to the cloud while idle
 * @property {number} idleRequestsPerMinute
 * @property {number} rowsOnPage
 * @property {number} transitionMs  from the snapshot request to the end of the last poll
 * @property {number} listRequests  list requests in that window: the refresh after the request, then the polls
 * @property {number} otherRequests  anything else the page asked meanwhile (the snapshot's own POST excluded)
 * @property {number} intervals  polling intervals between the first and the last list request
 * @property {number} listRequestsPerInterval  polls (list requests after the first) per interval
 * @property {number} medianGapMs  between consecutive list requests
 * @property {string[]} otherRequestList
 */

/**
 * @param {import('playwright-core').Browser} browser
 * @param {string} baseUrl
 * @param {{ idleMs?: number, scale?: 'small' | 'large' }} [options]
 * @returns {Promise<IdleFigures>}
 */
export async function measurePolling(browser, baseUrl, options = {}) {
  const idleMs = options.idleMs ?? 30_000;
  const session = await openSession(browser, baseUrl, { scale: options.scale ?? 'large', latencyMs: 0 });
  try {
    const { page, recorder } = session;
    await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Instances', exact: true }).click();
    const table = page.getByRole('table', { name: 'Instances' });
    await table.locator('tr.data-table__row').first().waitFor();
    await recorder.quiet(2500);
    const rowsOnPage = await table.locator('tr.data-table__row').count();

    const idleSince = Date.now();
    await sleep(idleMs);
    const idleRequests = recorder.after(idleSince).length;

    // A snapshot of the first instance whose Create Snapshot is allowed.
    const button = table.locator('tr.data-table__row').getByRole('button', { name: 'Create Snapshot', exact: true }).and(page.locator(':not([aria-disabled="true"])')).first();
    await button.click();
    const dialog = page.getByRole('dialog', { name: 'Create Snapshot' });
    await dialog.waitFor();
    const submit = dialog.getByRole('button', { name: 'Create Snapshot', exact: true });
    await page.waitForFunction((element) => element instanceof HTMLButtonElement && !element.disabled, await submit.elementHandle());
    const since = Date.now();
    await submit.click();
    // The dialog holds on until Nova has answered the snapshot request; then it may be closed.
    while (!recorder.after(since).some((request) => request.method === 'POST' && request.end !== null)) await sleep(50);
    await sleep(300);
    if (await dialog.isVisible()) await page.keyboard.press('Escape');
    const indicator = page.getByText('Refreshing every few seconds while an instance is changing.');
    await indicator.waitFor({ timeout: 20_000 });
    await indicator.waitFor({ state: 'hidden', timeout: 120_000 });
    await recorder.quiet(pollIntervalMs + 500);

    const during = recorder.after(since);
    const post = during.find((request) => request.method === 'POST');
    const start = post ? post.start : since;
    const lists = during.filter((request) => request.method === 'GET' && listPath.test(request.path));
    const first = lists[0];
    const last = lists.at(-1);
    const transitionMs = first && last ? Math.max(1, (last.end ?? last.start) - start) : 0;
    // The first list request is the refresh right after the snapshot request (the mutation's
    // invalidation); the rest are the polls, over (last - first) / interval intervals.
    const polledIntervals = first && last ? (last.start - first.start) / pollIntervalMs : 0;
    const gaps = lists.slice(1).map((request, index) => request.start - /** @type {{ start: number }} */ (lists[index]).start).sort((a, b) => a - b);
    const others = during.filter((request) => request !== post && !(request.method === 'GET' && listPath.test(request.path)));
    return {
      idleSeconds: idleMs / 1000,
      idleRequests,
      idleRequestsPerMinute: (idleRequests * 60_000) / idleMs,
      rowsOnPage,
      transitionMs,
      listRequests: lists.length,
      otherRequests: others.length,
      intervals: polledIntervals,
      listRequestsPerInterval: polledIntervals > 0 ? (lists.length - 1) / polledIntervals : Number.NaN,
      medianGapMs: gaps.length > 0 ? /** @type {number} */ (gaps[Math.floor(gaps.length / 2)]) : Number.NaN,
      otherRequestList: others.map((request) => `${request.method} ${request.path}`),
    };
  } finally {
    await session.close();
  }
}

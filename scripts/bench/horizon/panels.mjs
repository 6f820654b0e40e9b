// @ts-check
/**
 * A panel, cold and warm: a fresh context signed in as the benchmark's user, the browser's HTTP cache dropped,
 * then the panel's URL opened (cold: a full page load, as a user's bookmark or reload); then the
 * same URL opened again in that context (warm: the browser's cache is filled). Each visit: ms
 * from navigation start to the first visible row, and the requests and bytes of the visit until
 * the page goes quiet.
 */
import { armFirstRowProbe, firstRowMs, setRowSelector } from './first-row.mjs';
import { recordWire } from './wire.mjs';

/** @typedef {import('./dashboard.mjs').Dashboard} Dashboard */
/** @typedef {import('./dashboard.mjs').PanelId} PanelId */

/**
 * @typedef {object} Visit
 * @property {number} firstRowMs
 * @property {number} requests
 * @property {number} bytes
 */

/**
 * A new context on `baseUrl`, signed in, with the first-row probe and the wire recorder armed.
 * @param {import('playwright-core').Browser} browser
 * @param {string} baseUrl
 * @param {Dashboard} dashboard
 */
export async function signedInSession(browser, baseUrl, dashboard) {
  const context = await browser.newContext({ baseURL: baseUrl, viewport: { width: 1400, height: 900 } });
  await armFirstRowProbe(context);
  const page = await context.newPage();
  page.setDefaultTimeout(120_000);
  const wire = await recordWire(context, page);
  await dashboard.signIn(page);
  return { context, page, wire };
}

/**
 * @param {import('playwright-core').Page} page
 * @param {import('./wire.mjs').Wire} wire
 * @param {string} path
 * @param {string} rowSelector
 * @returns {Promise<Visit>}
 */
async function visit(page, wire, path, rowSelector) {
  await setRowSelector(page, rowSelector);
  wire.reset();
  await page.goto(path, { waitUntil: 'commit' });
  const ms = await firstRowMs(page);
  await wire.quiet(1500);
  return { firstRowMs: ms, ...wire.totals() };
}

/**
 * One cold and one warm visit of `panel`.
 * @param {import('playwright-core').Browser} browser
 * @param {string} baseUrl
 * @param {Dashboard} dashboard
 * @param {PanelId} panel
 * @returns {Promise<{ cold: Visit, warm: Visit }>}
 */
export async function measurePanel(browser, baseUrl, dashboard, panel) {
  const { context, page, wire } = await signedInSession(browser, baseUrl, dashboard);
  try {
    const { path, row } = dashboard.panels[panel];
    await wire.clearCache();
    const cold = await visit(page, wire, path, row);
    const warm = await visit(page, wire, path, row);
    return { cold, warm };
  } finally {
    await context.close();
  }
}

/**
 * The login page from an empty cache: requests and bytes until it goes quiet.
 * @param {import('playwright-core').Browser} browser
 * @param {string} baseUrl
 * @param {Dashboard} dashboard
 */
export async function measureLoginPage(browser, baseUrl, dashboard) {
  const context = await browser.newContext({ baseURL: baseUrl });
  try {
    const page = await context.newPage();
    const wire = await recordWire(context, page);
    await page.goto(dashboard.loginPath, { waitUntil: 'load' });
    await wire.quiet(1500);
    return wire.totals();
  } finally {
    await context.close();
  }
}

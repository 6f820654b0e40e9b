// @ts-check
/**
 * Opening a panel: from the click on its sidebar link (in a fresh session, so nothing is cached)
 * to its table's first rows, and every request the view makes until the page goes quiet.
 */
import { armFirstRowsProbe, firstRowsMs, openSession, projectCounts } from './session.mjs';

/** @typedef {import('./session.mjs').Scenario} Scenario */

/**
 * @typedef {object} Panel
 * @property {'images' | 'instances' | 'volumeSnapshots'} id
 * @property {string} link  the sidebar link's name
 * @property {string} caption  the table's caption
 */

/** @type {Panel[]} */
export const panels = [
  { id: 'images', link: 'Images', caption: 'Images and instance snapshots' },
  { id: 'instances', link: 'Instances', caption: 'Instances' },
  { id: 'volumeSnapshots', link: 'Snapshots', caption: 'Volume Snapshots' },
];

/**
 * @typedef {object} ViewRun
 * @property {number} firstRowsMs
 * @property {number} requestsToFirstRows
 * @property {string[]} requests  every request of the view, `METHOD /service/path`, in order
 * @property {{ images: number, servers: number, volumeSnapshots: number }} counts  what the cloud held
 */

/** `GET /image/v2/images?limit=21&…`, as sent: a request per row would show as many lines with ids. */
function describe(/** @type {{ method: string, path: string }} */ request) {
  return `${request.method} ${request.path}`;
}

/**
 * One cold opening of `panel` at `scenario`.
 * @param {import('playwright-core').Browser} browser
 * @param {string} baseUrl
 * @param {Scenario} scenario
 * @param {Panel} panel
 * @returns {Promise<ViewRun>}
 */
export async function openPanelOnce(browser, baseUrl, scenario, panel) {
  const session = await openSession(browser, baseUrl, scenario);
  try {
    const { page, recorder } = session;
    await armFirstRowsProbe(page, panel.caption);
    const since = Date.now();
    await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: panel.link, exact: true }).click();
    const ms = await firstRowsMs(page);
    const atRows = recorder.after(since).length;
    // Whatever the view still asks for after its first rows (names of images, volumes…) counts too.
    await recorder.quiet(1500);
    const requests = recorder.after(since).map(describe);
    return { firstRowsMs: ms, requestsToFirstRows: atRows, requests, counts: await projectCounts(page) };
  } finally {
    await session.close();
  }
}

/** @param {number[]} values */
export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  if (sorted.length === 0) return Number.NaN;
  return sorted.length % 2 === 1 ? /** @type {number} */ (sorted[middle]) : (/** @type {number} */ (sorted[middle - 1]) + /** @type {number} */ (sorted[middle])) / 2;
}

/**
 * @typedef {object} ViewFigures
 * @property {number} firstRowsMs  median
 * @property {number[]} samplesMs
 * @property {number} requests  the view's requests (the most seen over the runs)
 * @property {number} requestsToFirstRows
 * @property {string[]} requestList  of the first run
 * @property {{ images: number, servers: number, volumeSnapshots: number }} counts
 */

/**
 * Opens `panel` `repeat` times at `scenario`, each in a fresh session (nothing cached).
 * @param {import('playwright-core').Browser} browser
 * @param {string} baseUrl
 * @param {Scenario} scenario
 * @param {Panel} panel
 * @param {number} repeat
 * @returns {Promise<ViewFigures>}
 */
export async function measurePanel(browser, baseUrl, scenario, panel, repeat) {
  /** @type {ViewRun[]} */
  const runs = [];
  for (let i = 0; i < repeat; i += 1) runs.push(await openPanelOnce(browser, baseUrl, scenario, panel));
  const first = /** @type {ViewRun} */ (runs[0]);
  return {
    firstRowsMs: median(runs.map((run) => run.firstRowsMs)),
    samplesMs: runs.map((run) => Math.round(run.firstRowsMs)),
    requests: Math.max(...runs.map((run) => run.requests.length)),
    requestsToFirstRows: Math.max(...runs.map((run) => run.requestsToFirstRows)),
    requestList: first.requests,
    counts: first.counts,
  };
}

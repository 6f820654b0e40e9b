// @ts-check
/**
 * The three flows of one run for one dashboard, in one signed-in context: create a snapshot of a
 * seeded server, bulk delete 20 fresh instance snapshots, launch a server from a seeded snapshot.
 * What a flow creates is named `bench-run-…` and deleted right after the run (seed.py cleanup), so
 * every run starts from the same lists.
 */
import { signedInSession } from './panels.mjs';
import { seed } from './seed.mjs';

/** @typedef {import('./dashboard.mjs').Dashboard} Dashboard */

/**
 * @typedef {object} FlowRun
 * @property {number} createRowMs  submit → the snapshot's row on Images
 * @property {number} createActiveMs  submit → that row Active
 * @property {number} bulkDeleteMs  confirm → the 20 gone from the list
 * @property {number} launchActiveMs  submit → the new server ACTIVE on Instances
 */

// Before "cirros" and "hbench-…": Horizon's Images panel sorts by name, so the flows' images are on its first page.
export const RUN_PREFIX = 'bench-run-';
export const BULK_COUNT = 20;

/**
 * @param {import('playwright-core').Browser} browser
 * @param {string} baseUrl
 * @param {Dashboard} dashboard
 * @param {{ tag: string, serverName: string, launchSnapshot: { id: string, name: string } }} run
 *   tag: unique per run and dashboard, e.g. `ours-3`
 * @returns {Promise<FlowRun>}
 */
export async function runFlows(browser, baseUrl, dashboard, run) {
  const base = `${RUN_PREFIX}${run.tag}`;
  const { context, page } = await signedInSession(browser, baseUrl, dashboard);
  /**
   * A failed step names itself, its dashboard and the page it was on: Playwright's own message
   * says only which action timed out.
   * @template T @param {string} name @param {() => Promise<T>} step @returns {Promise<T>}
   */
  const named = async (name, step) => {
    try {
      return await step();
    } catch (error) {
      const where = page.isClosed() ? 'closed page' : page.url();
      throw new Error(`${dashboard.name} ${name} (${run.tag}, at ${where}): ${error instanceof Error ? error.message : String(error)}`, { cause: error });
    }
  };
  try {
    const created = await named('create snapshot', () => dashboard.createSnapshot(page, run.serverName, `${base}-snap`));
    // The victims are the newest images: the first page of Images in both dashboards.
    seed('bulk', `${base}-del`, String(BULK_COUNT));
    const bulkDeleteMs = await named('bulk delete', () => dashboard.bulkDelete(page, `${base}-del`, BULK_COUNT));
    const launchActiveMs = await named('launch', () => dashboard.launch(page, run.launchSnapshot, `${base}-vm`));
    return { createRowMs: created.rowMs, createActiveMs: created.activeMs, bulkDeleteMs, launchActiveMs };
  } finally {
    await context.close();
    seed('cleanup', RUN_PREFIX);
  }
}

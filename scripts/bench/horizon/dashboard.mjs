// @ts-check
/**
 * What the benchmark needs of a dashboard: its panels' URLs and row selectors, and the user's steps
 * of each flow, each returning its own timings (ms, measured from the click a user makes).
 */

/** @typedef {import('playwright-core').Page} Page */
/** @typedef {'images' | 'instances' | 'volumeSnapshots'} PanelId */

/**
 * @typedef {object} Dashboard
 * @property {'ours' | 'horizon'} name
 * @property {string} loginPath
 * @property {Record<PanelId, { path: string, row: string }>} panels  row: a CSS selector of a data row
 * @property {(page: Page) => Promise<void>} signIn  as the benchmark's user in its project (account.mjs)
 * @property {(page: Page, serverName: string, snapshotName: string) => Promise<{ rowMs: number, activeMs: number }>} createSnapshot
 *   submit → the snapshot's row on Images, and → Active
 * @property {(page: Page, prefix: string, count: number) => Promise<number>} bulkDelete
 *   the `count` newest images (named `<prefix>-NN`) selected on Images: confirm → all gone from the list
 * @property {(page: Page, snapshot: { id: string, name: string }, serverName: string) => Promise<number>} launch
 *   submit → the new server ACTIVE on Instances
 */

/** @type {PanelId[]} */
export const panelIds = ['images', 'instances', 'volumeSnapshots'];

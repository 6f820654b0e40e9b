// @ts-check
/**
 * Image downloads through the dashboard's server: a single-use link per request, then Glance's
 * image data streamed to the browser's download. The modules beside this one each do one part:
 *
 *   api.mjs        the HTTP routes under /api/v1/downloads
 *   tickets.mjs    the links: random, single-use, short-lived, in memory; how resuming works
 *   glance.mjs     the image record and its data, from the token's own catalog
 *   (src/lib/download-file-name.mjs: the saved file's name and Content-Disposition)
 */
import { createAgents } from '../gateway/agents.mjs';
import { createSendJson } from '../policies/http-json.mjs';
import { createKeystone } from '../policies/keystone.mjs';
import { createDownloadApi } from './api.mjs';
import { createTicketStore } from './tickets.mjs';

export { DOWNLOAD_API_PATH } from './api.mjs';

const UPSTREAM_TIMEOUT_MS = 120_000;

/**
 * @typedef {object} DownloadFeatureOptions
 * @property {import('../config/index.mjs').CloudConfig} config
 * @property {() => number} [now] the clock tickets expire by
 * @property {number} [timeoutMs] idle time after which Glance counts as not answering
 * @property {(line: string) => void} [log]
 */

/**
 * @param {DownloadFeatureOptions} options
 * @returns {{ handle: (req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse, next: () => void) => void, close: () => void }}
 */
export function createDownloadFeature(options) {
  const agents = createAgents(options.config.tls);
  const sendJson = createSendJson(agents);
  const tickets = createTicketStore(options.now ? { now: options.now } : {});
  const handle = createDownloadApi({
    keystone: createKeystone({ keystoneBase: options.config.keystoneBase, sendJson, ...(options.now ? { now: options.now } : {}) }),
    sendJson,
    agents,
    tickets,
    endpoints: { region: options.config.defaults.region, interface: options.config.defaults.interface },
    timeoutMs: options.timeoutMs ?? UPSTREAM_TIMEOUT_MS,
    log: options.log ?? ((line) => console.error(line)),
  });
  return {
    handle,
    close() {
      tickets.clear();
      agents.close();
    },
  };
}

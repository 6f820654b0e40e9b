// @ts-check
/**
 * Snapshot policies on the server: the embedded store, the /api/v1/policies API and the scheduler.
 * The modules beside this one each do one part:
 *
 *   settings.mjs      DASHBOARD_DATA_DIR, DASHBOARD_SECRET_KEY
 *   secret-key.mjs    the key (setting or a 0600 key file made on the first start)
 *   seal.mjs          AES-256-GCM for credential secrets at rest
 *   database.mjs      PGlite in the data directory, versioned migrations (migrations/NNN_name.sql)
 *   store.mjs         every SQL statement
 *   keystone.mjs      token checks (cached 60 s), application credentials, tokens for runs
 *   access-rules.mjs  the calls a policy's credential may make
 *   service.mjs       what the API does; view.mjs how a policy is shown
 *   api.mjs           the HTTP routes
 *   run-session.mjs   tokens for runs; cloud-port.mjs the cloud as a run sees it
 *   scheduler.mjs     due slots, claimed once, runs driven and resumed
 */
import { createAgents } from '../gateway/agents.mjs';
import { createPolicyApi } from './api.mjs';
import { openDatabase } from './database.mjs';
import { createSendJson } from './http-json.mjs';
import { createKeystone } from './keystone.mjs';
import { createRunSessions } from './run-session.mjs';
import { createScheduler } from './scheduler.mjs';
import { loadSecretKey } from './secret-key.mjs';
import { createPolicyService } from './service.mjs';
import { createPolicyStore } from './store.mjs';

export { policySettingsFrom } from './settings.mjs';
export { POLICY_API_PATH } from './api.mjs';

/**
 * @typedef {object} PolicyFeatureOptions
 * @property {import('../config/index.mjs').CloudConfig} config
 * @property {import('./settings.mjs').PolicySettings & { inMemory?: boolean }} settings inMemory: tests
 * @property {boolean} scheduler run the scheduler in this process
 * @property {() => Date} [now]
 * @property {number} [tickMs]
 * @property {number} [stepMs]
 * @property {(line: string) => void} [log]
 */

/**
 * @typedef {object} PolicyFeature
 * @property {(req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse, next: () => void) => void} handle
 * @property {ReturnType<typeof createScheduler> | null} scheduler
 * @property {() => Promise<void>} close stops the scheduler (saving the steps in flight) and closes the database
 */

/**
 * @param {PolicyFeatureOptions} options
 * @returns {Promise<PolicyFeature>}
 */
export async function startPolicyFeature(options) {
  const secretKey = loadSecretKey(options.settings);
  const db = await openDatabase(options.settings.inMemory ? null : options.settings.dataDir);
  const store = createPolicyStore(db);
  const agents = createAgents(options.config.tls);
  const sendJson = createSendJson(agents);
  const keystone = createKeystone({ keystoneBase: options.config.keystoneBase, sendJson });
  const endpoints = { region: options.config.defaults.region, interface: options.config.defaults.interface };
  const now = options.now ?? (() => new Date());
  const scheduler = options.scheduler
    ? createScheduler({
        store,
        sessions: createRunSessions({ keystone, secretKey, endpoints }),
        sendJson,
        now,
        ...(options.tickMs ? { tickMs: options.tickMs } : {}),
        ...(options.stepMs ? { stepMs: options.stepMs } : {}),
        ...(options.log ? { log: options.log } : {}),
      })
    : null;
  const service = createPolicyService({
    store,
    keystone,
    secretKey,
    endpoints,
    accessRules: options.settings.accessRules,
    onRunStarted: () => void scheduler?.wake(),
    now,
  });
  const handle = createPolicyApi({ service, keystone, ...(options.log ? { log: options.log } : {}) });
  if (scheduler) await scheduler.start();
  return {
    handle,
    scheduler,
    async close() {
      await scheduler?.stop();
      await db.close();
      agents.close();
    },
  };
}

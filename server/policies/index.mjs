// @ts-check
/**
 * Snapshot policies on the server: the embedded store, the /api/v1/policies API and the scheduler.
 * The modules beside this one each do one part:
 *
 *   settings.mjs      DASHBOARD_DATA_DIR, DASHBOARD_SECRET_KEY, DATABASE_URL, DASHBOARD_REPLICA_ID,
 *                     DASHBOARD_POLICY_LEASE_SECONDS, DASHBOARD_POLICY_TICK_MS
 *   secret-key.mjs    the key (setting or a 0600 key file made on the first start)
 *   seal.mjs          AES-256-GCM for credential secrets at rest
 *   database.mjs      PostgreSQL (DATABASE_URL, pg-database.mjs) or PGlite in the data directory,
 *                     versioned migrations (migrations/NNN_name.sql)
 *   store.mjs         every SQL statement
 *   keystone.mjs      token checks (cached 60 s), application credentials, tokens for runs
 *   access-rules.mjs  the calls a policy's credential may make
 *   service.mjs       what the API does; view.mjs how a policy is shown
 *   api.mjs           the HTTP routes
 *   run-session.mjs   tokens for runs; cloud-port.mjs the cloud as a run sees it
 *   scheduler.mjs     due slots, claimed once, runs held by a lease, driven, taken over
 *   lease-guard.mjs   no change to the cloud without a safely held lease; run-log.mjs its log lines
 *   health.mjs        GET /healthz
 */
import { createAgents } from '../gateway/agents.mjs';
import os from 'node:os';
import { createPolicyApi } from './api.mjs';
import { openDatabase } from './database.mjs';
import { createHealthHandler } from './health.mjs';
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
 * @property {string} replicaId
 * @property {() => Promise<void>} close stops the scheduler (saving the steps in flight) and closes the database
 */

/**
 * @param {PolicyFeatureOptions} options
 * @returns {Promise<PolicyFeature>}
 */
export async function startPolicyFeature(options) {
  const secretKey = loadSecretKey(options.settings);
  const log = options.log ?? ((/** @type {string} */ line) => console.log(line));
  const database = await openDatabase({
    databaseUrl: options.settings.databaseUrl ?? null,
    dataDir: options.settings.inMemory ? null : options.settings.dataDir,
    log,
  });
  const db = database.sql;
  const store = createPolicyStore(db);
  const replicaId = options.settings.replicaId ?? `${os.hostname()}-${process.pid}`;
  const tickMs = options.tickMs ?? options.settings.tickMs ?? null;
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
        replicaId,
        log,
        sole: database.kind === 'embedded',
        ...(options.settings.leaseSeconds ? { leaseSeconds: options.settings.leaseSeconds } : {}),
        ...(tickMs ? { tickMs } : {}),
        ...(options.stepMs ? { stepMs: options.stepMs } : {}),
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
  const api = createPolicyApi({ service, keystone, ...(options.log ? { log: options.log } : {}) });
  const health = createHealthHandler({ replica: replicaId, database: database.kind, ping: store.ping, scheduler });
  /** @type {PolicyFeature['handle']} */
  const handle = (req, res, next) => health(req, res, () => api(req, res, next));
  if (scheduler) await scheduler.start();
  return {
    handle,
    scheduler,
    replicaId,
    async close() {
      await scheduler?.stop();
      await db.close();
      agents.close();
    },
  };
}

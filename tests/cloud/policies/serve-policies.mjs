// @ts-check
/**
 * The policy tests' server: the dashboard server with the policy API, /healthz and the scheduler
 * (what `npm run serve` runs), without the built app, on PORT. Stops on SIGTERM, saving the step in
 * flight and giving its runs back. Honours OS_AUTH_URL, DASHBOARD_DATA_DIR, DASHBOARD_SECRET_KEY,
 * DASHBOARD_POLICY_ACCESS_RULES, DATABASE_URL, DASHBOARD_REPLICA_ID, DASHBOARD_POLICY_LEASE_SECONDS,
 * DASHBOARD_POLICY_TICK_MS (2000 here), and for tests only:
 *   POLICY_TEST_STEP_MS     the pause between two steps of a run (2000)
 *   POLICY_TEST_CLOCK_SPEED the schedule's clock runs this many times faster than real time from
 *   POLICY_TEST_CLOCK_EPOCH (an ISO time, the same for every replica), so an every-minute policy
 *                           comes due every few seconds; leases keep the database's real time
 */
import { createDashboardServer, nodeConfigIo, portFrom, resolveConfig } from '../../../server/app.mjs';
import { policySettingsFrom, startPolicyFeature } from '../../../server/policies/index.mjs';

/**
 * @param {Record<string, string | undefined>} env
 * @returns {(() => Date) | undefined}
 */
function testClock(env) {
  const speed = Number(env['POLICY_TEST_CLOCK_SPEED'] ?? '1');
  const epoch = Date.parse(env['POLICY_TEST_CLOCK_EPOCH'] ?? '');
  if (speed === 1 || !Number.isFinite(speed) || !Number.isFinite(epoch)) return undefined;
  return () => new Date(epoch + (Date.now() - epoch) * speed);
}

const config = resolveConfig(process.env, nodeConfigIo());
if (config.mode !== 'gateway') throw new Error('OS_AUTH_URL is required: this server fronts the real cloud.');
const settings = policySettingsFrom(process.env, process.cwd());
const now = testClock(process.env);
const policies = await startPolicyFeature({
  config,
  settings,
  scheduler: true,
  tickMs: settings.tickMs ?? 2000,
  stepMs: Number(process.env['POLICY_TEST_STEP_MS'] ?? '2000'),
  ...(now ? { now } : {}),
});
const { server } = createDashboardServer({ config, distDir: '/nonexistent-dist', policies: policies.handle });
server.listen(portFrom(process.env), '127.0.0.1', () => console.log(`policy server listening (replica ${policies.replicaId})`));
process.once('SIGTERM', () => {
  server.close();
  server.closeAllConnections();
  void policies.close().then(() => process.exit(0));
});

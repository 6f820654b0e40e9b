// @ts-check
/**
 * The policy cloud test's server: the dashboard server with the policy API and scheduler (what
 * `npm run serve` runs), without the built app, on PORT. Stops on SIGTERM, saving the step in flight.
 * Honours OS_AUTH_URL, DASHBOARD_DATA_DIR, DASHBOARD_SECRET_KEY, DASHBOARD_POLICY_ACCESS_RULES.
 */
import { createDashboardServer, nodeConfigIo, portFrom, resolveConfig } from '../../../server/app.mjs';
import { policySettingsFrom, startPolicyFeature } from '../../../server/policies/index.mjs';

const config = resolveConfig(process.env, nodeConfigIo());
if (config.mode !== 'gateway') throw new Error('OS_AUTH_URL is required: this server fronts the real cloud.');
const policies = await startPolicyFeature({
  config,
  settings: policySettingsFrom(process.env, process.cwd()),
  scheduler: true,
  tickMs: 2000,
});
const { server } = createDashboardServer({ config, distDir: '/nonexistent-dist', policies: policies.handle });
server.listen(portFrom(process.env), '127.0.0.1', () => console.log('policy server listening'));
process.once('SIGTERM', () => {
  server.close();
  server.closeAllConnections();
  void policies.close().then(() => process.exit(0));
});

// @ts-check
/**
 * `npm run serve`: serves the built app (dist/) and the gateway to the cloud.
 *
 * Environment:
 *   PORT (8080), HOST (127.0.0.1)
 *   OS_AUTH_URL, OS_REGION_NAME, OS_INTERFACE, OS_USER_DOMAIN_NAME, OS_PROJECT_DOMAIN_NAME,
 *     OS_PROJECT_NAME, OS_USERNAME: the cloud and the login form's defaults (never a password), or
 *   OS_CLOUD=<name>: the same from clouds.yaml (found as openstacksdk finds it)
 *   OS_CACERT, OS_INSECURE: TLS towards the cloud
 *   OS_DASHBOARD_DIRECT=1: direct-CORS mode (the browser calls the cloud itself; no forwarding);
 *     OS_DASHBOARD_CONNECT_SRC="https://a:8774 https://b:9292": more origins for the CSP's connect-src
 *   OS_DASHBOARD_ALLOWED_HOSTS="dash.example.com": host names the gateway answers under besides
 *     IP addresses and localhost (DNS-rebinding guard)
 *   GATEWAY_REWRITE_BUFFER_BYTES (16MiB): the bytes all answers held back to rewrite links may take
 *     together; beyond it lists stream unrewritten and catalogs get a 503 (bounds the memory)
 *   DASHBOARD_DATA_DIR (./data): where snapshot policies are kept (an embedded PostgreSQL, PGlite)
 *   DASHBOARD_SECRET_KEY: 32 bytes in base64 that encrypt the policies' application-credential
 *     secrets; unset: <data dir>/secret.key, made with mode 0600 on the first start
 *   DATABASE_URL=postgres://user:password@host:port/db: keep policies on that PostgreSQL, shared by
 *     several replicas (then give every replica the same DASHBOARD_SECRET_KEY); unset: PGlite
 *   DASHBOARD_REPLICA_ID (<hostname>-<pid>), DASHBOARD_POLICY_LEASE_SECONDS (60),
 *     DASHBOARD_POLICY_TICK_MS (5000): see server/policies/settings.mjs; GET /healthz reports them
 * None of OS_AUTH_URL / OS_CLOUD: demo mode (the browser runs the embedded mock cloud; no policy
 * store, no scheduler: the mock cloud serves the policy API in the browser).
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { allowedHostsFrom, nodeConfigIo, resolveConfig, rewriteBufferBytesFrom } from './app.mjs';
import { policySettingsFrom, startPolicyFeature } from './policies/index.mjs';
import { exitWithError, serveUntilSignalled } from './run.mjs';

const distDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'dist');

try {
  const config = resolveConfig(process.env, nodeConfigIo());
  const policies =
    config.mode === 'demo'
      ? null
      : await startPolicyFeature({ config, settings: policySettingsFrom(process.env, process.cwd()), scheduler: true });
  await serveUntilSignalled({
    config,
    distDir,
    allowedHosts: allowedHostsFrom(process.env),
    rewriteBufferBytes: rewriteBufferBytesFrom(process.env),
    ...(policies ? { policies: policies.handle, onStop: policies.close } : {}),
  });
} catch (error) {
  exitWithError(error);
}

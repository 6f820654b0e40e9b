// @ts-check
/**
 * The policy store's settings, read from the environment:
 *
 *   DASHBOARD_DATA_DIR    where the embedded database lives (default: `data/` in the working
 *                         directory, i.e. the repository when started with `npm run serve`)
 *   DASHBOARD_SECRET_KEY  32 bytes, base64: the key that encrypts application-credential secrets.
 *                         Unset: a key file `secret.key` (mode 0600) in the data directory, made
 *                         on the first start. Several replicas must share the same key.
 *   DATABASE_URL          postgres://user:password@host:port/database: keep policies on that
 *                         PostgreSQL server, shared by several replicas (unset: the embedded one)
 *   DASHBOARD_REPLICA_ID  this process's name in leases, logs and /healthz (<hostname>-<pid>)
 *   DASHBOARD_POLICY_LEASE_SECONDS  how long a run stays with a replica that stopped renewing
 *                         its lease (it renews every third of it) before another takes it (60)
 *   DASHBOARD_POLICY_TICK_MS  how often the scheduler looks for due slots and orphaned runs (5000)
 */
import os from 'node:os';
import path from 'node:path';
import { ConfigError } from '../config/index.mjs';

/**
 * @typedef {object} PolicySettings
 * @property {string} dataDir absolute
 * @property {Buffer | null} secretKey null: use (or make) the key file in dataDir
 * @property {boolean} accessRules
 * @property {string | null} [databaseUrl] null or absent: the embedded database in dataDir
 * @property {string} [replicaId]
 * @property {number} [leaseSeconds]
 * @property {number | null} [tickMs] null or absent: the scheduler's own default
 */

/**
 * @param {Record<string, string | undefined>} env
 * @param {string} cwd
 * @returns {PolicySettings}
 */
export function policySettingsFrom(env, cwd) {
  const dir = env['DASHBOARD_DATA_DIR']?.trim();
  const dataDir = path.resolve(cwd, dir || 'data');
  const raw = env['DASHBOARD_SECRET_KEY']?.trim();
  const rules = (env['DASHBOARD_POLICY_ACCESS_RULES'] ?? 'on').trim().toLowerCase();
  if (!['on', 'off', ''].includes(rules)) {
    throw new ConfigError(`DASHBOARD_POLICY_ACCESS_RULES is "${rules}": it must be on or off.`);
  }
  const databaseUrl = env['DATABASE_URL']?.trim() || null;
  if (databaseUrl && !/^postgres(ql)?:\/\//.test(databaseUrl)) {
    throw new ConfigError('DATABASE_URL must be a postgres:// URL (postgres://user:password@host:port/database).');
  }
  return {
    dataDir,
    secretKey: raw ? parseSecretKey(raw, 'DASHBOARD_SECRET_KEY') : null,
    accessRules: rules !== 'off',
    databaseUrl,
    replicaId: env['DASHBOARD_REPLICA_ID']?.trim() || `${os.hostname()}-${process.pid}`,
    leaseSeconds: positiveNumber(env, 'DASHBOARD_POLICY_LEASE_SECONDS') ?? 60,
    tickMs: positiveNumber(env, 'DASHBOARD_POLICY_TICK_MS'),
  };
}

/**
 * @param {Record<string, string | undefined>} env
 * @param {string} name
 * @returns {number | null} null when unset
 */
function positiveNumber(env, name) {
  const raw = env[name]?.trim();
  if (!raw) return null;
  const value = Number(raw);
  if (!Number.isFinite(value) || value <= 0) throw new ConfigError(`${name} is "${raw}": it must be a number above 0.`);
  return value;
}

/**
 * @param {string} raw base64 (standard or URL-safe)
 * @param {string} where what to name in the error
 * @returns {Buffer}
 */
export function parseSecretKey(raw, where) {
  const trimmed = raw.trim();
  const key = /^[A-Za-z0-9+/_-]+={0,2}$/.test(trimmed) ? Buffer.from(trimmed, 'base64') : Buffer.alloc(0);
  if (key.length !== 32) {
    throw new ConfigError(
      `${where} must be 32 bytes in base64 (e.g. the output of \`openssl rand -base64 32\`), not ${key.length} bytes.`,
    );
  }
  return key;
}

// @ts-check
/**
 * The policy store's two settings, read from the environment:
 *
 *   DASHBOARD_DATA_DIR    where the embedded database lives (default: `data/` in the working
 *                         directory, i.e. the repository when started with `npm run serve`)
 *   DASHBOARD_SECRET_KEY  32 bytes, base64: the key that encrypts application-credential secrets.
 *                         Unset: a key file `secret.key` (mode 0600) in the data directory, made
 *                         on the first start.
 */
import path from 'node:path';
import { ConfigError } from '../config/index.mjs';

/**
 * @typedef {object} PolicySettings
 * @property {string} dataDir absolute
 * @property {Buffer | null} secretKey null: use (or make) the key file in dataDir
 * @property {boolean} accessRules
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
  return { dataDir, secretKey: raw ? parseSecretKey(raw, 'DASHBOARD_SECRET_KEY') : null, accessRules: rules !== 'off' };
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

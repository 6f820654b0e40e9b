// @ts-check
/**
 * The key that encrypts application-credential secrets: DASHBOARD_SECRET_KEY, or `secret.key` in
 * the data directory, made once with mode 0600 (readable by the server's user only).
 */
import { randomBytes } from 'node:crypto';
import { chmodSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ConfigError } from '../config/index.mjs';
import { parseSecretKey } from './settings.mjs';

export const KEY_FILE_NAME = 'secret.key';

/**
 * @param {import('./settings.mjs').PolicySettings} settings
 * @returns {Buffer}
 */
export function loadSecretKey(settings) {
  if (settings.secretKey) return settings.secretKey;
  const file = path.join(settings.dataDir, KEY_FILE_NAME);
  mkdirSync(settings.dataDir, { recursive: true, mode: 0o700 });
  try {
    // 'wx': never overwrite a key that exists (the secrets sealed with it would be lost).
    writeFileSync(file, `${randomBytes(32).toString('base64')}\n`, { flag: 'wx', mode: 0o600 });
  } catch (error) {
    if (/** @type {{ code?: unknown }} */ (error).code !== 'EEXIST') throw error;
  }
  if ((statSync(file).mode & 0o077) !== 0) {
    chmodSync(file, 0o600);
  }
  try {
    return parseSecretKey(readFileSync(file, 'utf8'), file);
  } catch (error) {
    if (error instanceof ConfigError) throw error;
    throw new ConfigError(`${file} cannot be read: ${error instanceof Error ? error.message : String(error)}`);
  }
}

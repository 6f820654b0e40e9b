// @ts-check
/**
 * After a restart of this server the browser may still hold a catalog with keys this process has
 * not seen (or whose endpoints expired with an earlier catalog): re-read that token, with its catalog
 * and expiry, from Keystone (GET /v3/auth/tokens, the token validating itself) once per token, at
 * most once a minute, and register its endpoints again. Not forwarding: the gateway asks itself.
 */
import { createHash } from 'node:crypto';
import http from 'node:http';
import https from 'node:https';
import { bufferAnswer } from './buffered.mjs';

/** @typedef {import('./agents.mjs').Agents} Agents */

const RECOVERY_TIMEOUT_MS = 15_000;
const RECOVERY_PERIOD_MS = 60_000;

/**
 * @typedef {object} RecoveryOptions
 * @property {URL} keystone the Keystone base
 * @property {Agents} agents
 * @property {number} timeoutMs the gateway's upstream timeout (the look-up waits at most 15 s)
 * @property {number} maxCatalogBytes
 * @property {(body: unknown) => void} register registers the endpoints of a parsed catalog answer
 */

/**
 * What a look-up found: `refused` when Keystone says the token is not (or no longer) valid.
 * @typedef {'registered' | 'refused' | 'failed'} Recovery
 */

/**
 * @param {RecoveryOptions} options
 * @returns {(token: string) => Promise<Recovery>} resolves when the look-up is over
 */
export function createCatalogRecovery({ keystone, agents, timeoutMs, maxCatalogBytes, register }) {
  /** @type {Map<string, Promise<Recovery>>} */
  const recoveries = new Map();

  /**
   * @param {string} token
   * @returns {Promise<Recovery>}
   */
  const lookUp = (token) =>
    new Promise((resolve) => {
      const target = new URL(`${keystone.href.replace(/\/+$/, '')}/v3/auth/tokens`);
      const request = (target.protocol === 'https:' ? https : http).request(target, {
        method: 'GET',
        agent: agents.forUrl(target),
        headers: { 'X-Auth-Token': token, 'X-Subject-Token': token, Accept: 'application/json', 'Accept-Encoding': 'identity' },
      });
      request.setTimeout(Math.min(timeoutMs, RECOVERY_TIMEOUT_MS), () => request.destroy());
      request.on('error', () => resolve('failed'));
      request.on('response', (answer) => {
        bufferAnswer(answer, maxCatalogBytes, (body) => {
          if (answer.statusCode === 401) {
            resolve('refused');
            return;
          }
          if (body !== null && answer.statusCode === 200) {
            try {
              register(JSON.parse(body.toString('utf8')));
              resolve('registered');
              return;
            } catch {
              // not a catalog: nothing registered
            }
          }
          resolve('failed');
        });
      });
      request.end();
    });

  return (token) => {
    const id = createHash('sha256').update(token).digest('base64url');
    const running = recoveries.get(id);
    if (running) return running;
    const promise = lookUp(token);
    recoveries.set(id, promise);
    setTimeout(() => recoveries.delete(id), RECOVERY_PERIOD_MS).unref();
    return promise;
  };
}

// @ts-check
/**
 * Tokens for a policy's runs, made from its application credential and kept until five minutes
 * before they expire. The secret is opened only here, only to ask Keystone for a token.
 */
import { endpointOf } from './keystone.mjs';
import { unseal } from './seal.mjs';

const RENEW_BEFORE_MS = 5 * 60_000;

/**
 * @param {{ keystone: import('./keystone.mjs').Keystone, secretKey: Buffer, endpoints: { region?: string | undefined, interface?: string | undefined }, now?: () => number }} options
 */
export function createRunSessions({ keystone, secretKey, endpoints, now = Date.now }) {
  /** @type {Map<string, { credentialId: string, token: string, compute: string, image: string, until: number }>} */
  const held = new Map();

  /**
   * @param {import('./store.mjs').PolicyRow} row
   */
  const fresh = async (row) => {
    const made = await keystone.tokenFromApplicationCredential(row.credential_id, unseal(secretKey, row.credential_secret, row.id));
    const compute = endpointOf(made.catalog, 'compute', endpoints);
    const image = endpointOf(made.catalog, 'image', endpoints);
    if (!compute || !image) throw { message: 'The policy’s token has no compute or image endpoint in its catalog.' };
    const entry = { credentialId: row.credential_id, token: made.token, compute, image, until: made.expiresAt.getTime() - RENEW_BEFORE_MS };
    held.set(row.id, entry);
    return entry;
  };

  return {
    /**
     * @param {import('./store.mjs').PolicyRow} row
     * @returns {import('./cloud-port.mjs').RunSession}
     */
    forPolicy(row) {
      return {
        async current() {
          const entry = held.get(row.id);
          if (entry && entry.credentialId === row.credential_id && entry.until > now()) return entry;
          return fresh(row);
        },
        renew: () => fresh(row),
      };
    },
    /** @param {string} policyId */
    forget(policyId) {
      held.delete(policyId);
    },
  };
}

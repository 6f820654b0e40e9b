// @ts-check
/**
 * What the policy server asks Keystone: who holds a token (cached up to 60 s), application
 * credentials made and deleted with the user's token, and tokens for a run from a credential.
 */
import { createHash } from 'node:crypto';
import { errorWords } from './http-json.mjs';

/** @typedef {import('./http-json.mjs').SendJson} SendJson */
/** @typedef {{ type: string, endpoints: { interface: string, region?: string, region_id?: string, url: string }[] }} CatalogEntry */

/**
 * @typedef {object} TokenInfo
 * @property {string} userId
 * @property {string} projectId
 * @property {Date} expiresAt
 * @property {CatalogEntry[]} catalog
 */

export class KeystoneError extends Error {
  /**
   * @param {number} status Keystone's status (0: it did not answer)
   * @param {string} message
   */
  constructor(status, message) {
    super(message);
    this.name = 'KeystoneError';
    this.status = status;
  }
}

const CACHE_MS = 60_000;
const CACHE_LIMIT = 1000;

/**
 * @param {unknown} body
 * @returns {TokenInfo | null}
 */
function tokenInfoOf(body) {
  const token = /** @type {{ token?: { user?: { id?: unknown }, project?: { id?: unknown }, expires_at?: unknown, catalog?: unknown } }} */ (body)?.token;
  const userId = token?.user?.id;
  const projectId = token?.project?.id;
  const expires = typeof token?.expires_at === 'string' ? new Date(token.expires_at) : null;
  if (typeof userId !== 'string' || !expires || Number.isNaN(expires.getTime())) return null;
  if (typeof projectId !== 'string') return null;
  const catalog = Array.isArray(token?.catalog) ? /** @type {CatalogEntry[]} */ (token.catalog) : [];
  return { userId, projectId, expiresAt: expires, catalog };
}

/**
 * The URL of a service in a catalog, for a region (any when none is set) and an interface.
 * @param {CatalogEntry[]} catalog
 * @param {string} type e.g. `compute`, `image`
 * @param {{ region?: string | undefined, interface?: string | undefined }} where
 * @returns {string | null}
 */
export function endpointOf(catalog, type, where) {
  const wanted = where.interface ?? 'public';
  for (const entry of catalog) {
    if (entry.type !== type) continue;
    const match = entry.endpoints.find(
      (endpoint) =>
        endpoint.interface === wanted &&
        (!where.region || endpoint.region_id === where.region || endpoint.region === where.region),
    );
    if (match) return match.url.replace(/\/+$/, '');
  }
  return null;
}

/**
 * @param {{ keystoneBase: string, sendJson: SendJson, now?: () => number }} options
 */
export function createKeystone({ keystoneBase, sendJson, now = Date.now }) {
  const base = keystoneBase.replace(/\/+$/, '');
  /** @type {Map<string, { info: TokenInfo, until: number }>} */
  const cache = new Map();

  /**
   * @param {import('./http-json.mjs').JsonAnswer} answer
   * @param {string} what
   */
  const fail = (answer, what) => new KeystoneError(answer.status, `${what}: ${errorWords(answer)}`);

  return {
    /**
     * The user and project of a token, or null when Keystone says it is not valid.
     * @param {string} token
     * @returns {Promise<TokenInfo | null>}
     */
    async validateToken(token) {
      const key = createHash('sha256').update(token).digest('base64url');
      const hit = cache.get(key);
      if (hit && hit.until > now()) return hit.info;
      cache.delete(key);
      const answer = await sendJson({
        method: 'GET',
        url: `${base}/v3/auth/tokens`,
        headers: { 'X-Auth-Token': token, 'X-Subject-Token': token },
      });
      if (answer.status === 401 || answer.status === 404) return null;
      if (answer.status !== 200) throw fail(answer, 'Keystone could not check the token');
      const info = tokenInfoOf(answer.json);
      if (!info) return null;
      if (cache.size >= CACHE_LIMIT) {
        for (const [old, entry] of cache) if (entry.until <= now()) cache.delete(old);
        if (cache.size >= CACHE_LIMIT) cache.clear();
      }
      cache.set(key, { info, until: Math.min(now() + CACHE_MS, info.expiresAt.getTime()) });
      return info;
    },

    /**
     * @param {string} token the user's own token
     * @param {string} userId
     * @param {{ name: string, description: string, expiresAt: string | null, accessRules: { service: string, method: string, path: string }[] | null }} spec
     * @returns {Promise<{ id: string, secret: string }>}
     */
    async createApplicationCredential(token, userId, spec) {
      const answer = await sendJson({
        method: 'POST',
        url: `${base}/v3/users/${encodeURIComponent(userId)}/application_credentials`,
        headers: { 'X-Auth-Token': token },
        body: {
          application_credential: {
            name: spec.name,
            description: spec.description,
            expires_at: spec.expiresAt,
            unrestricted: false,
            ...(spec.accessRules ? { access_rules: spec.accessRules } : {}),
          },
        },
      });
      const made = /** @type {{ application_credential?: { id?: unknown, secret?: unknown } }} */ (answer.json)?.application_credential;
      if (answer.status !== 201 || typeof made?.id !== 'string' || typeof made.secret !== 'string') {
        throw fail(answer, 'Keystone did not create the application credential');
      }
      return { id: made.id, secret: made.secret };
    },

    /**
     * Deletes a credential; one already gone counts as deleted.
     * @param {string} token
     * @param {string} userId the credential's owner
     * @param {string} id
     */
    async deleteApplicationCredential(token, userId, id) {
      const answer = await sendJson({
        method: 'DELETE',
        url: `${base}/v3/users/${encodeURIComponent(userId)}/application_credentials/${encodeURIComponent(id)}`,
        headers: { 'X-Auth-Token': token },
      });
      if (answer.status === 204 || answer.status === 404) return;
      throw fail(answer, 'Keystone did not delete the application credential');
    },

    /**
     * A project-scoped token (with its catalog) from an application credential.
     * @param {string} id
     * @param {string} secret
     * @returns {Promise<TokenInfo & { token: string }>}
     */
    async tokenFromApplicationCredential(id, secret) {
      const answer = await sendJson({
        method: 'POST',
        url: `${base}/v3/auth/tokens`,
        body: { auth: { identity: { methods: ['application_credential'], application_credential: { id, secret } } } },
      });
      const token = answer.headers['x-subject-token'];
      const info = answer.status === 201 ? tokenInfoOf(answer.json) : null;
      if (typeof token !== 'string' || !info) throw fail(answer, 'Keystone refused the policy’s application credential');
      return { ...info, token };
    },
  };
}

/** @typedef {ReturnType<typeof createKeystone>} Keystone */

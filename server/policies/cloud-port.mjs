// @ts-check
/**
 * The cloud as a run sees it (the engine's `port`), backed by the real Nova and Glance with a token
 * made from the policy's application credential. A failing call throws `{ message }` with the
 * service's own words. These calls are exactly the ones access-rules.mjs allows.
 */
import { portImageSchema, portServerSchema } from '../../src/policy-engine/index.mjs';
import { issuesInWords } from './errors.mjs';
import { errorWords } from './http-json.mjs';

/** @typedef {import('./http-json.mjs').SendJson} SendJson */
/** @typedef {import('./http-json.mjs').JsonAnswer} JsonAnswer */

/**
 * @typedef {object} RunSession a token and where the services are; `renew` after a 401
 * @property {() => Promise<{ token: string, compute: string, image: string }>} current
 * @property {() => Promise<{ token: string, compute: string, image: string }>} renew
 */

/**
 * Parses an answer at the boundary; one that does not fit is a failure naming the service's field.
 * @template T
 * @param {{ safeParse: (value: unknown) => { success: true, data: T } | { success: false, error: { issues: { path: PropertyKey[], message: string }[] } } }} schema
 * @param {unknown} value
 * @param {string} what
 * @returns {T}
 */
function parsed(schema, value, what) {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  throw { message: `${what} did not answer as expected: ${issuesInWords(result.error)}` };
}

/** Nova returns the new image's id in createImage's body from 2.45 on. */
const COMPUTE_VERSION = 'compute 2.45';
const MAX_PAGES = 100;

/**
 * @param {JsonAnswer} answer
 * @param {string} what
 */
function failure(answer, what) {
  return { message: errorWords(answer), status: answer.status, what };
}

/**
 * @param {{ sendJson: SendJson, session: RunSession, now?: () => Date }} options
 * @returns {import('../../src/policy-engine/index.mjs').RunPort}
 */
export function createCloudPort({ sendJson, session, now = () => new Date() }) {
  /**
   * @param {'compute' | 'image'} service
   * @param {string} method
   * @param {string} path a path below the endpoint, or an absolute URL (Nova's next links)
   * @param {unknown} [body]
   */
  const call = async (service, method, path, body) => {
    /** @param {{ token: string, compute: string, image: string }} where */
    const once = (where) =>
      sendJson({
        method,
        url: /^https?:/.test(path) ? path : `${where[service]}${path}`,
        headers: { 'X-Auth-Token': where.token, ...(service === 'compute' ? { 'OpenStack-API-Version': COMPUTE_VERSION } : {}) },
        ...(body === undefined ? {} : { body }),
      });
    const answer = await once(await session.current());
    return answer.status === 401 ? once(await session.renew()) : answer;
  };

  /**
   * @param {'compute' | 'image'} service
   * @param {string} method
   * @param {string} path
   * @param {unknown} [body]
   */
  const ok = async (service, method, path, body) => {
    const answer = await call(service, method, path, body);
    if (answer.status >= 400 || answer.status === 0) throw failure(answer, `${method} ${path}`);
    return answer;
  };

  /**
   * @param {string} id
   * @param {Record<string, unknown>} body
   */
  const action = (id, body) => ok('compute', 'POST', `/servers/${encodeURIComponent(id)}/action`, body);

  return {
    now,
    async listServers() {
      /** @type {import('../../src/policy-engine/index.mjs').PortServer[]} */
      const servers = [];
      let path = '/servers/detail?limit=1000';
      for (let page = 0; page < MAX_PAGES; page += 1) {
        const answer = await ok('compute', 'GET', path);
        const body = /** @type {{ servers?: unknown[], servers_links?: { rel: string, href: string }[] }} */ (answer.json);
        servers.push(...(body?.servers ?? []).map((server) => parsed(portServerSchema, server, 'Nova (GET /servers/detail)')));
        const next = body?.servers_links?.find((link) => link.rel === 'next')?.href;
        if (!next || (body?.servers ?? []).length === 0) break;
        // The link names the marker; keep our own endpoint (the cloud may name an internal host).
        path = `/servers/detail${new URL(next).search}`;
      }
      return servers;
    },
    async getServer(/** @type {string} */ id) {
      const answer = await call('compute', 'GET', `/servers/${encodeURIComponent(id)}`);
      if (answer.status === 404) return null;
      if (answer.status >= 400) throw failure(answer, 'GET server');
      return parsed(portServerSchema, /** @type {{ server?: unknown }} */ (answer.json)?.server, 'Nova (GET /servers/{id})');
    },
    async snapshotQuota() {
      const answer = await ok('image', 'GET', '/v2/info/usage');
      const count = /** @type {{ usage?: { image_count_total?: { limit?: number, usage?: number } } }} */ (answer.json)?.usage?.image_count_total;
      if (!count || typeof count.limit !== 'number' || count.limit < 0) return { left: null };
      return { left: Math.max(0, count.limit - (count.usage ?? 0)) };
    },
    async createSnapshot(/** @type {string} */ serverId, /** @type {string} */ name, /** @type {Record<string, string>} */ properties) {
      const answer = await action(serverId, { createImage: { name, metadata: properties } });
      const id = /** @type {{ image_id?: unknown }} */ (answer.json)?.image_id;
      if (typeof id === 'string') return id;
      const location = answer.headers.location;
      const fromLocation = typeof location === 'string' ? location.split('/').pop() : undefined;
      if (fromLocation) return fromLocation;
      throw { message: 'Nova accepted the snapshot but did not say which image it made.' };
    },
    async getImage(/** @type {string} */ id) {
      const answer = await call('image', 'GET', `/v2/images/${encodeURIComponent(id)}`);
      if (answer.status === 404) return null;
      if (answer.status >= 400) throw failure(answer, 'GET image');
      return parsed(portImageSchema, answer.json, 'Glance (GET /v2/images/{id})');
    },
    async listPolicyImages(/** @type {string} */ policyId) {
      /** @type {import('../../src/policy-engine/index.mjs').PortImage[]} */
      const images = [];
      let path = `/v2/images?dashboard_policy_id=${encodeURIComponent(policyId)}&limit=200`;
      for (let page = 0; page < MAX_PAGES; page += 1) {
        const answer = await ok('image', 'GET', path);
        const body = /** @type {{ images?: unknown[], next?: string }} */ (answer.json);
        images.push(...(body?.images ?? []).map((image) => parsed(portImageSchema, image, 'Glance (GET /v2/images)')));
        if (!body?.next) break;
        path = body.next;
      }
      return images;
    },
    async deleteImage(/** @type {string} */ id) {
      const answer = await call('image', 'DELETE', `/v2/images/${encodeURIComponent(id)}`);
      if (answer.status === 404) return;
      if (answer.status >= 400) throw failure(answer, 'DELETE image');
    },
    async stopServer(/** @type {string} */ id) {
      await action(id, { 'os-stop': null });
    },
    async startServer(/** @type {string} */ id) {
      await action(id, { 'os-start': null });
    },
  };
}

// @ts-check
/**
 * The HTTP side of /api/v1/policies (same origin as the app), for holders of a token Keystone
 * accepts; the project is the token's:
 *
 *   GET    /api/v1/policies                 → 200 {policies}
 *   POST   /api/v1/policies                 → 201 {policy}
 *   GET    /api/v1/policies/:id             → 200 {policy}
 *   PUT    /api/v1/policies/:id             → 200 {policy}
 *   DELETE /api/v1/policies/:id             → 204
 *   POST   /api/v1/policies/:id/run         → 202 {run}
 *   GET    /api/v1/policies/:id/runs?limit= → 200 {runs} (newest first, 20 unless asked, at most 100)
 *
 * Errors are `{"error": {"message"}}` with 400, 401, 404, 405, 409, 413, 415, or 502 when Keystone
 * could not be asked.
 */
import { PolicyApiError } from './errors.mjs';
import { KeystoneError } from './keystone.mjs';

/** @typedef {import('node:http').IncomingMessage} IncomingMessage */
/** @typedef {import('node:http').ServerResponse} ServerResponse */

export const POLICY_API_PATH = '/api/v1/policies';
const MAX_BODY_BYTES = 64 * 1024;
const ID = '[A-Za-z0-9-]{1,64}';

/**
 * @param {ServerResponse} res
 * @param {number} status
 * @param {unknown} [body]
 * @param {Record<string, string>} [headers]
 */
function send(res, status, body, headers = {}) {
  const text = body === undefined ? '' : JSON.stringify(body);
  res.writeHead(status, {
    ...(body === undefined ? {} : { 'Content-Type': 'application/json; charset=utf-8' }),
    'Content-Length': String(Buffer.byteLength(text)),
    'Cache-Control': 'no-store',
    ...headers,
  });
  res.end(text);
}

/**
 * @param {IncomingMessage} req
 * @returns {Promise<unknown>}
 */
async function readJson(req) {
  const type = req.headers['content-type'] ?? '';
  if (!/^application\/json\b/i.test(type)) {
    throw new PolicyApiError(415, 'Send the policy as JSON (Content-Type: application/json).');
  }
  /** @type {Buffer[]} */
  const chunks = [];
  let size = 0;
  for await (const chunk of req) {
    size += /** @type {Buffer} */ (chunk).length;
    if (size > MAX_BODY_BYTES) throw new PolicyApiError(413, 'The policy is larger than 64 KiB.');
    chunks.push(/** @type {Buffer} */ (chunk));
  }
  try {
    return JSON.parse(Buffer.concat(chunks).toString('utf8'));
  } catch {
    throw new PolicyApiError(400, 'The body is not valid JSON.');
  }
}

/**
 * @param {string} query
 */
function limitOf(query) {
  const raw = new URLSearchParams(query).get('limit');
  if (raw === null || raw === '') return 20;
  const limit = Number(raw);
  if (!Number.isInteger(limit) || limit < 1) throw new PolicyApiError(400, 'limit must be a whole number from 1 to 100.');
  return Math.min(limit, 100);
}

/**
 * @param {ServerResponse} res
 * @param {string} allow
 */
function notAllowed(res, allow) {
  send(res, 405, { error: { message: `Use ${allow} here.` } }, { Allow: allow });
}

/**
 * @param {{ service: import('./service.mjs').PolicyService, keystone: import('./keystone.mjs').Keystone, log?: (line: string) => void }} options
 * @returns {(req: IncomingMessage, res: ServerResponse, next: () => void) => void}
 */
export function createPolicyApi({ service, keystone, log = (line) => console.error(line) }) {
  const one = new RegExp(`^${POLICY_API_PATH}/(${ID})$`);
  const run = new RegExp(`^${POLICY_API_PATH}/(${ID})/run$`);
  const runs = new RegExp(`^${POLICY_API_PATH}/(${ID})/runs$`);

  /**
   * @param {IncomingMessage} req
   * @param {ServerResponse} res
   * @param {string} path
   * @param {string} query
   */
  const route = async (req, res, path, query) => {
    const method = req.method ?? 'GET';
    const token = req.headers['x-auth-token'];
    if (typeof token !== 'string' || token === '') {
      throw new PolicyApiError(401, 'Sign in: the policy API needs a token (X-Auth-Token).');
    }
    const info = await keystone.validateToken(token);
    if (!info) throw new PolicyApiError(401, 'The token has expired or is not valid: sign in again.');
    const caller = { token, info };

    if (path === POLICY_API_PATH || path === `${POLICY_API_PATH}/`) {
      if (method === 'GET') return send(res, 200, { policies: await service.list(caller) });
      if (method === 'POST') return send(res, 201, { policy: await service.create(caller, await readJson(req)) });
      return notAllowed(res, 'GET, POST');
    }
    let match = one.exec(path);
    if (match) {
      const id = /** @type {string} */ (match[1]);
      if (method === 'GET') return send(res, 200, { policy: await service.get(caller, id) });
      if (method === 'PUT') return send(res, 200, { policy: await service.update(caller, id, await readJson(req)) });
      if (method === 'DELETE') {
        await service.remove(caller, id);
        return send(res, 204);
      }
      return notAllowed(res, 'GET, PUT, DELETE');
    }
    match = run.exec(path);
    if (match) {
      if (method !== 'POST') return notAllowed(res, 'POST');
      return send(res, 202, { run: await service.runNow(caller, /** @type {string} */ (match[1])) });
    }
    match = runs.exec(path);
    if (match) {
      if (method !== 'GET') return notAllowed(res, 'GET');
      const limit = limitOf(query);
      return send(res, 200, { runs: await service.runs(caller, /** @type {string} */ (match[1]), limit) });
    }
    throw new PolicyApiError(404, `Nothing is served at ${path}.`);
  };

  return (req, res, next) => {
    const url = req.url ?? '/';
    const mark = url.indexOf('?');
    const path = mark === -1 ? url : url.slice(0, mark);
    const query = mark === -1 ? '' : url.slice(mark + 1);
    if (path !== POLICY_API_PATH && !path.startsWith(`${POLICY_API_PATH}/`)) {
      next();
      return;
    }
    route(req, res, path, query).catch((error) => {
      if (res.headersSent) {
        res.destroy();
        return;
      }
      if (error instanceof PolicyApiError) {
        send(res, error.status, { error: { message: error.message } });
        return;
      }
      if (error instanceof KeystoneError) {
        send(res, 502, { error: { message: error.message } });
        return;
      }
      // Never the request (it carries the token): only what failed.
      log(`policies: ${req.method} ${path} failed: ${error instanceof Error ? error.message : String(error)}`);
      send(res, 500, { error: { message: 'The policy service failed; the server log says why.' } });
    });
  };
}

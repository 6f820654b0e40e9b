// @ts-check
/**
 * One HTTP request to the cloud with a JSON body either way, over the gateway's connection pools
 * (so OS_CACERT / OS_INSECURE apply). Answers up to 16 MiB; anything longer is an error.
 */
import http from 'node:http';
import https from 'node:https';

const MAX_BYTES = 16 * 1024 * 1024;

/**
 * @typedef {object} JsonAnswer
 * @property {number} status
 * @property {import('node:http').IncomingHttpHeaders} headers
 * @property {string} text
 * @property {unknown} json null when the body is not JSON
 */

/**
 * @typedef {object} JsonRequest
 * @property {string} method
 * @property {string} url
 * @property {Record<string, string>} [headers]
 * @property {unknown} [body] sent as JSON when given
 */

/** @typedef {(request: JsonRequest) => Promise<JsonAnswer>} SendJson */

/**
 * @param {{ forUrl: (url: URL) => http.Agent }} agents
 * @param {number} [timeoutMs]
 * @returns {SendJson}
 */
export function createSendJson(agents, timeoutMs = 60_000) {
  /**
   * @param {JsonRequest} request
   * @param {boolean} retried
   * @returns {Promise<JsonAnswer>}
   */
  const attempt = (request, retried) =>
    new Promise((resolve, reject) => {
      let settled = false;
      const url = new URL(request.url);
      const payload = request.body === undefined ? undefined : Buffer.from(JSON.stringify(request.body), 'utf8');
      const send = url.protocol === 'https:' ? https.request : http.request;
      const req = send(
        url,
        {
          method: request.method,
          agent: agents.forUrl(url),
          headers: {
            Accept: 'application/json',
            ...(payload ? { 'Content-Type': 'application/json', 'Content-Length': String(payload.length) } : {}),
            ...request.headers,
          },
          timeout: timeoutMs,
        },
        (res) => {
          if (res.statusCode === 204 || res.statusCode === 304) {
            // No body by definition, yet Keystone behind uwsgi (--http-auto-chunked) frames an empty
            // chunk onto its 204s: bytes that break this parser or, on a kept-alive socket, the next
            // answer. The answer is complete with its headers, and the socket goes (as the gateway's
            // proxy.mjs gives a DELETE a connection of its own).
            settled = true;
            resolve({ status: res.statusCode, headers: res.headers, text: '', json: null });
            req.destroy();
            return;
          }
          /** @type {Buffer[]} */
          const chunks = [];
          let size = 0;
          res.on('data', (/** @type {Buffer} */ chunk) => {
            size += chunk.length;
            if (size > MAX_BYTES) {
              req.destroy(new Error(`${request.method} ${url.pathname} answered more than 16 MiB`));
              return;
            }
            chunks.push(chunk);
          });
          res.on('end', () => {
            const text = Buffer.concat(chunks).toString('utf8');
            /** @type {unknown} */
            let json = null;
            try {
              json = text ? JSON.parse(text) : null;
            } catch {
              json = null;
            }
            resolve({ status: res.statusCode ?? 0, headers: res.headers, text, json });
          });
          res.on('error', reject);
        },
      );
      req.on('timeout', () => req.destroy(new Error(`${request.method} ${url.host} did not answer in ${timeoutMs / 1000} s`)));
      req.on('error', (error) => {
        if (settled) return;
        // A kept-alive connection the service closed as we reused it: the request never reached it
        // (Node's documented case for one retry on a fresh connection).
        const code = /** @type {{ code?: unknown }} */ (error).code;
        if (!retried && req.reusedSocket && (code === 'ECONNRESET' || code === 'EPIPE')) {
          attempt(request, true).then(resolve, reject);
          return;
        }
        reject(error);
      });
      req.end(payload);
    });
  return (request) => attempt(request, false);
}

/**
 * The service's own words from an error answer: Nova's `{"badRequest": {"message"}}`, Keystone's
 * `{"error": {"message"}}`, Glance's `{"message"}` or its plain-text page.
 * @param {JsonAnswer} answer
 * @returns {string}
 */
export function errorWords(answer) {
  const body = answer.json;
  if (body && typeof body === 'object') {
    const record = /** @type {Record<string, unknown>} */ (body);
    if (typeof record['message'] === 'string') return record['message'];
    for (const value of Object.values(record)) {
      if (value && typeof value === 'object' && typeof (/** @type {Record<string, unknown>} */ (value))['message'] === 'string') {
        return /** @type {string} */ ((/** @type {Record<string, unknown>} */ (value))['message']);
      }
    }
  }
  const plain = answer.text
    .replace(/<head>[\s\S]*?<\/head>/i, ' ')
    .replace(/<[^>]*>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return plain ? plain.slice(0, 500) : `HTTP ${answer.status}`;
}

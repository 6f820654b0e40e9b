// @ts-check
/**
 * The HTTP side of downloads (same origin as the app):
 *
 *   POST /api/v1/downloads            X-Auth-Token, {"imageId"} → 201 {url, expiresAt, name, size, checksum}
 *   GET  /api/v1/downloads/<ticket>   → 200 the image's bytes (206 for a Range), as an attachment
 *   HEAD /api/v1/downloads/<ticket>   → the same headers, nothing consumed
 *
 * The token travels only in the POST's header; the link carries a random ticket (tickets.mjs says
 * how long it lives and how resuming works). Errors are `{"error": {"message"}}`. Neither the
 * token nor the ticket is ever logged.
 */
import { pipeline } from 'node:stream';
import { KeystoneError } from '../policies/keystone.mjs';
import { contentDisposition } from '../../src/lib/download-file-name.mjs';
import { DownloadError, glanceBaseOf, openImageFile, readableImage } from './glance.mjs';
import { TICKET_PATTERN } from './tickets.mjs';

/** @typedef {import('node:http').IncomingMessage} IncomingMessage */
/** @typedef {import('node:http').ServerResponse} ServerResponse */

export const DOWNLOAD_API_PATH = '/api/v1/downloads';
const MAX_BODY_BYTES = 4 * 1024;
/** Glance serves one byte range; anything else is answered in full (RFC 9110 allows ignoring Range). */
const SINGLE_RANGE = /^bytes=(\d*)-(\d*)$/;

/**
 * @param {ServerResponse} res
 * @param {number} status
 * @param {unknown} body
 * @param {Record<string, string>} [headers]
 */
function send(res, status, body, headers = {}) {
  if (res.headersSent) {
    res.destroy();
    return;
  }
  const payload = JSON.stringify(body);
  res.writeHead(status, {
    ...headers,
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': String(Buffer.byteLength(payload)),
    'Cache-Control': 'no-store',
  });
  res.end(payload);
}

/**
 * @param {IncomingMessage} req
 * @returns {Promise<string>}
 */
async function readImageId(req) {
  if (!/^application\/json\b/i.test(req.headers['content-type'] ?? '')) {
    throw new DownloadError(415, 'Send {"imageId"} as JSON (Content-Type: application/json).');
  }
  /** @type {Buffer[]} */
  const chunks = [];
  let size = 0;
  for await (const chunk of req) {
    size += /** @type {Buffer} */ (chunk).length;
    if (size > MAX_BODY_BYTES) throw new DownloadError(413, 'The request is larger than 4 KiB.');
    chunks.push(/** @type {Buffer} */ (chunk));
  }
  /** @type {unknown} */
  let body;
  try {
    body = JSON.parse(Buffer.concat(chunks).toString('utf8'));
  } catch {
    throw new DownloadError(400, 'The body is not valid JSON.');
  }
  const imageId = /** @type {{ imageId?: unknown }} */ (body)?.imageId;
  if (typeof imageId !== 'string') throw new DownloadError(400, 'Name the image: {"imageId": "<id>"}.');
  return imageId;
}

/**
 * The headers of a download answer; `length` and `contentRange` are those of the part sent.
 * @param {import('./tickets.mjs').DownloadImage} image
 * @param {string} length
 * @param {string | null} contentRange
 */
function fileHeaders(image, length, contentRange) {
  return {
    'Content-Type': 'application/octet-stream',
    'Content-Disposition': contentDisposition(image.fileName),
    'Content-Length': length,
    'X-Content-Type-Options': 'nosniff',
    'Cache-Control': 'no-store',
    'Accept-Ranges': 'bytes',
    // Image data never changes once active: its hash is a strong validator for If-Range.
    ...(image.hashValue || image.md5 ? { ETag: `"${image.hashValue ?? image.md5}"` } : {}),
    ...(contentRange ? { 'Content-Range': contentRange } : {}),
  };
}

/**
 * The Range to pass on, or null for a full download: a single byte range whose If-Range (when
 * sent) names this image's data.
 * @param {IncomingMessage} req
 * @param {import('./tickets.mjs').DownloadImage} image
 */
function rangeOf(req, image) {
  const range = req.headers.range?.trim();
  if (!range) return null;
  const match = SINGLE_RANGE.exec(range);
  if (!match || (match[1] === '' && match[2] === '')) return null;
  const ifRange = req.headers['if-range'];
  if (ifRange !== undefined && ifRange !== `"${image.hashValue ?? image.md5}"`) return null;
  return range;
}

/**
 * @typedef {object} DownloadApiOptions
 * @property {import('../policies/keystone.mjs').Keystone} keystone
 * @property {import('../policies/http-json.mjs').SendJson} sendJson
 * @property {import('../gateway/agents.mjs').Agents} agents
 * @property {import('./tickets.mjs').TicketStore} tickets
 * @property {{ region?: string | undefined, interface?: string | undefined }} endpoints
 * @property {number} timeoutMs
 * @property {(line: string) => void} log
 */

/**
 * @param {DownloadApiOptions} options
 * @returns {(req: IncomingMessage, res: ServerResponse, next: () => void) => void}
 */
export function createDownloadApi(options) {
  /**
   * @param {IncomingMessage} req
   * @param {ServerResponse} res
   */
  const issue = async (req, res) => {
    const token = req.headers['x-auth-token'];
    if (typeof token !== 'string' || token === '') throw new DownloadError(401, 'Sign in: a download needs a token (X-Auth-Token).');
    const imageId = await readImageId(req);
    const info = await options.keystone.validateToken(token);
    if (!info) throw new DownloadError(401, 'The token has expired or is not valid: sign in again.');
    const glanceBase = glanceBaseOf(info.catalog, options.endpoints);
    const image = await readableImage({ sendJson: options.sendJson, glanceBase, token, imageId });
    const fileUrl = `${glanceBase}/v2/images/${encodeURIComponent(imageId)}/file`;
    const ticket = options.tickets.issue({ token, tokenExpiresAt: info.expiresAt.getTime(), fileUrl, image });
    send(res, 201, {
      url: `${DOWNLOAD_API_PATH}/${ticket.id}`,
      expiresAt: new Date(ticket.expiresAt).toISOString(),
      name: image.fileName,
      size: image.size,
      checksum: { md5: image.md5, hashAlgo: image.hashAlgo, hashValue: image.hashValue },
    });
  };

  /**
   * @param {IncomingMessage} req
   * @param {ServerResponse} res
   * @param {string} id
   */
  const stream = async (req, res, id) => {
    const head = req.method === 'HEAD';
    const known = TICKET_PATTERN.test(id) ? options.tickets.peek(id) : null;
    const range = known ? rangeOf(req, known.image) : null;
    const taken = known && !head ? options.tickets.take(id, { range: range !== null }) : null;
    if (!known || (taken && 'refused' in taken && taken.refused === 'missing')) {
      throw new DownloadError(404, 'This download link is unknown or has expired: start the download again.');
    }
    if (taken && 'refused' in taken) {
      throw new DownloadError(410, 'This download link was already used: start the download again.');
    }
    const { image } = known;
    if (head) {
      res.writeHead(200, fileHeaders(image, String(image.size), null));
      res.end();
      return;
    }
    const { answer, abort } = await openImageFile({
      agents: options.agents,
      fileUrl: known.fileUrl,
      token: known.token,
      range,
      timeoutMs: options.timeoutMs,
    });
    const status = answer.statusCode ?? 502;
    if (status === 200 || status === 206) {
      const length = answer.headers['content-length'] ?? (status === 200 ? String(image.size) : null);
      const contentRange = status === 206 ? answer.headers['content-range'] ?? null : null;
      if (!length || (status === 206 && !contentRange)) {
        abort();
        throw new DownloadError(502, 'Glance answered without the length of the data.');
      }
      res.writeHead(status, fileHeaders(image, length, contentRange));
      // pipeline: the browser's pace drives Glance's (backpressure), and either side going away
      // ends the other.
      pipeline(answer, res, (error) => {
        if (error) abort();
      });
      return;
    }
    answer.resume();
    if (status === 416) {
      return send(res, 416, { error: { message: 'The range asked for is outside the image.' } }, {
        'Content-Range': answer.headers['content-range'] ?? `bytes */${image.size}`,
      });
    }
    if (status === 401) throw new DownloadError(401, 'The token behind this link has expired: sign in and start again.');
    if (status === 403 || status === 404) throw new DownloadError(404, 'The image is gone or can no longer be read.');
    if (status === 204) throw new DownloadError(409, 'The image holds no data.');
    throw new DownloadError(502, `Glance answered ${status} to the download.`);
  };

  /**
   * @param {IncomingMessage} req
   * @param {ServerResponse} res
   * @param {string} path
   */
  const route = async (req, res, path) => {
    const method = req.method ?? 'GET';
    if (path === DOWNLOAD_API_PATH) {
      if (method !== 'POST') return send(res, 405, { error: { message: 'Use POST here.' } }, { Allow: 'POST' });
      return issue(req, res);
    }
    const id = path.slice(DOWNLOAD_API_PATH.length + 1);
    if (id.includes('/')) throw new DownloadError(404, 'No such download.');
    if (method !== 'GET' && method !== 'HEAD') return send(res, 405, { error: { message: 'Use GET here.' } }, { Allow: 'GET, HEAD' });
    return stream(req, res, id);
  };

  return (req, res, next) => {
    const path = (req.url ?? '/').split('?')[0] ?? '/';
    if (path !== DOWNLOAD_API_PATH && !path.startsWith(`${DOWNLOAD_API_PATH}/`)) {
      next();
      return;
    }
    route(req, res, path).catch((/** @type {unknown} */ error) => {
      if (error instanceof DownloadError) return send(res, error.status, { error: { message: error.message } });
      if (error instanceof KeystoneError) {
        return send(res, 502, { error: { message: `Keystone could not be asked: ${error.message}` } });
      }
      const reason = error instanceof Error ? error.message : String(error);
      options.log(`download failed: ${reason}`);
      send(res, 502, { error: { message: `The download could not start: ${reason}.` } });
    });
  };
}

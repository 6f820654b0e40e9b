// @ts-check
/**
 * The answers the gateway reads before the browser gets them (http-proxy-3 `selfHandleResponse`):
 * Keystone's catalog answers, which must be rewritten, and JSON answers to GET, which may carry
 * absolute links to the cloud. Only 2xx, uncompressed JSON is held back; everything else that
 * arrives here (image data, errors, compressed bodies, lists announced larger than the limit)
 * streams through unchanged.
 */
import { bufferAnswer, sendBuffered } from './buffered.mjs';
import { sendError } from './errors.mjs';

/** @typedef {import('node:http').IncomingMessage} IncomingMessage */
/** @typedef {import('node:http').ServerResponse} ServerResponse */
/** @typedef {import('./headers.mjs').HeaderMap} HeaderMap */

/**
 * @typedef {object} ReadJob
 * @property {URL} target the upstream URL
 * @property {string} origin the request's origin
 * @property {boolean} catalog whether this is a Keystone answer that may hold a catalog
 */

/**
 * @typedef {(job: ReadJob, answer: IncomingMessage, req: IncomingMessage, res: ServerResponse, headers: HeaderMap) => void} ReadAnswer
 */

/**
 * @typedef {object} RewriterOptions
 * @property {number} maxRewriteBytes JSON list answers up to this size are held back to rewrite links.
 * @property {number} maxCatalogBytes Catalog answers larger than this are refused (502).
 * @property {(body: unknown, origin: string) => void} takeCatalog registers and rewrites a catalog
 * @property {(body: unknown, origin: string) => boolean} rewriteLinks whether any link changed
 */

/**
 * @param {RewriterOptions} options
 * @returns {ReadAnswer}
 */
export function createAnswerReader(options) {
  const { maxRewriteBytes, maxCatalogBytes, takeCatalog, rewriteLinks } = options;

  /** @type {ReadAnswer} */
  const rewriteCatalog = (job, answer, req, res, headers) => {
    const status = answer.statusCode ?? 502;
    bufferAnswer(answer, maxCatalogBytes, (body) => {
      if (body === null) {
        sendError(res, 502, 'Bad Gateway', `The catalog from ${job.target.host} is larger than the gateway accepts.`);
        return;
      }
      /** @type {unknown} */
      let parsed;
      try {
        parsed = JSON.parse(body.toString('utf8'));
      } catch {
        sendBuffered(req, res, status, headers, body);
        return;
      }
      takeCatalog(parsed, job.origin);
      rewriteLinks(parsed, job.origin);
      sendBuffered(req, res, status, headers, Buffer.from(JSON.stringify(parsed)));
    });
  };

  /**
   * An answer of unknown length that grows past maxRewriteBytes is let through unchanged from then on.
   * @type {ReadAnswer}
   */
  const rewriteList = (job, answer, req, res, headers) => {
    const status = answer.statusCode ?? 502;
    /** @type {Buffer[]} */
    const chunks = [];
    let size = 0;
    let streaming = false;
    answer.on('data', (/** @type {Buffer} */ chunk) => {
      if (streaming) return;
      size += chunk.length;
      chunks.push(chunk);
      if (size > maxRewriteBytes) {
        streaming = true;
        res.writeHead(status, headers);
        for (const part of chunks) res.write(part);
        answer.pipe(res);
      }
    });
    answer.on('end', () => {
      if (streaming) return;
      const body = Buffer.concat(chunks);
      /** @type {unknown} */
      let parsed;
      try {
        parsed = JSON.parse(body.toString('utf8'));
      } catch {
        sendBuffered(req, res, status, headers, body);
        return;
      }
      const changed = rewriteLinks(parsed, job.origin);
      sendBuffered(req, res, status, headers, changed ? Buffer.from(JSON.stringify(parsed)) : body);
    });
  };

  return (job, answer, req, res, headers) => {
    const status = answer.statusCode ?? 502;
    const type = String(answer.headers['content-type'] ?? '');
    const json = /^application\/([\w.+-]+\+)?json\b/i.test(type);
    const encoding = String(answer.headers['content-encoding'] ?? 'identity').toLowerCase();
    const length = Number(answer.headers['content-length'] ?? Number.NaN);
    const hasBody = req.method !== 'HEAD' && status !== 204 && status !== 304;
    const readable = status >= 200 && status < 300 && json && encoding === 'identity' && hasBody;

    // A Keystone answer with a catalog must be rewritten, whatever its size (within reason).
    if (job.catalog && readable) rewriteCatalog(job, answer, req, res, headers);
    else if (req.method === 'GET' && readable && !(length > maxRewriteBytes)) rewriteList(job, answer, req, res, headers);
    else {
      res.writeHead(status, headers);
      answer.pipe(res);
    }
  };
}

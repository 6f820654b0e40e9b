// @ts-check
/**
 * The answers the gateway reads before the browser gets them (http-proxy-3 `selfHandleResponse`):
 * Keystone's catalog answers, which must be rewritten, and JSON answers to GET, which may carry
 * absolute links to the cloud. Only 2xx, uncompressed JSON is held back; everything else that
 * arrives here (image data, errors, compressed bodies, lists announced larger than the limit)
 * streams through unchanged.
 *
 * What all answers hold at once is capped by the rewrite budget. A list that does not fit streams
 * through unrewritten: safe, since the client only ever takes the marker from a next link and never
 * requests the link itself. A catalog must be rewritten (its URLs are where the browser goes next),
 * so one that does not fit is refused with a 503 the browser can retry.
 */
import { bufferAnswer, sendBuffered } from './buffered.mjs';
import { sendError } from './errors.mjs';
import { isJsonType } from './headers.mjs';
import { budgetShare } from './rewrite-budget.mjs';

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
 * @property {import('./rewrite-budget.mjs').RewriteBudget} budget what all held answers share
 * @property {(body: unknown, origin: string) => void} takeCatalog registers and rewrites a catalog
 * @property {(body: unknown, origin: string) => boolean} rewriteLinks whether any link changed
 */

/**
 * @param {RewriterOptions} options
 * @returns {ReadAnswer}
 */
export function createAnswerReader(options) {
  const { maxRewriteBytes, maxCatalogBytes, takeCatalog, rewriteLinks, budget } = options;

  /** @param {ServerResponse} res */
  const refuseBusy = (res) =>
    sendError(res, 503, 'Service Unavailable', 'The gateway is holding as many answers as it may at once: try again in a moment.', {
      'Retry-After': '1',
    });

  /**
   * @typedef {object} Holding the answer's share of the budget
   * @property {ReturnType<typeof budgetShare>} share
   * @property {(bytes: number) => boolean} room whether the next chunk fits (a known length was taken up front)
   */

  /**
   * @param {ReadJob} job
   * @param {IncomingMessage} answer
   * @param {IncomingMessage} req
   * @param {ServerResponse} res
   * @param {HeaderMap} headers
   * @param {Holding} holding
   */
  const rewriteCatalog = (job, answer, req, res, headers, { share, room }) => {
    const status = answer.statusCode ?? 502;
    let busy = false;
    const fits = (/** @type {number} */ bytes) => {
      busy = !room(bytes);
      return !busy;
    };
    bufferAnswer(
      answer,
      maxCatalogBytes,
      (body) => {
        if (body === null) {
          share.release();
          if (busy) refuseBusy(res);
          else sendError(res, 502, 'Bad Gateway', `The catalog from ${job.target.host} is larger than the gateway accepts.`);
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
      },
      fits,
    );
  };

  /**
   * An answer of unknown length that grows past maxRewriteBytes, or past the budget, is let through
   * unchanged from then on.
   * @param {ReadJob} job
   * @param {IncomingMessage} answer
   * @param {IncomingMessage} req
   * @param {ServerResponse} res
   * @param {HeaderMap} headers
   * @param {Holding} holding
   */
  const rewriteList = (job, answer, req, res, headers, { share, room }) => {
    const status = answer.statusCode ?? 502;
    /** @type {Buffer[]} */
    const chunks = [];
    let size = 0;
    let streaming = false;
    answer.on('data', (/** @type {Buffer} */ chunk) => {
      if (streaming) return;
      size += chunk.length;
      chunks.push(chunk);
      if (size > maxRewriteBytes || !room(chunk.length)) {
        streaming = true;
        res.writeHead(status, headers);
        for (const part of chunks.splice(0)) res.write(part);
        share.release();
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

  /**
   * Takes a known length from the budget up front (so an answer that cannot be held is never half
   * read); an unknown one chunk by chunk. Whatever was taken is given back when the browser's answer
   * is over.
   * @param {ServerResponse} res
   * @param {number} length NaN if unknown
   * @returns {Holding | null} null if the known length does not fit
   */
  const hold = (res, length) => {
    const share = budgetShare(budget);
    res.once('close', () => share.release());
    if (!Number.isFinite(length)) return { share, room: (bytes) => share.grow(bytes) };
    return share.grow(length) ? { share, room: () => true } : null;
  };

  /**
   * @param {IncomingMessage} answer
   * @param {ServerResponse} res
   * @param {HeaderMap} headers
   */
  const pass = (answer, res, headers) => {
    res.writeHead(answer.statusCode ?? 502, headers);
    answer.pipe(res);
  };

  return (job, answer, req, res, headers) => {
    const status = answer.statusCode ?? 502;
    const json = isJsonType(answer.headers['content-type']);
    const encoding = String(answer.headers['content-encoding'] ?? 'identity').toLowerCase();
    const length = Number(answer.headers['content-length'] ?? Number.NaN);
    const hasBody = req.method !== 'HEAD' && status !== 204 && status !== 304;
    const readable = status >= 200 && status < 300 && json && encoding === 'identity' && hasBody;

    // A Keystone answer with a catalog must be rewritten, whatever its size (within reason).
    if (job.catalog && readable) {
      const holding = length > maxCatalogBytes ? { share: budgetShare(budget), room: () => true } : hold(res, length);
      if (holding) rewriteCatalog(job, answer, req, res, headers, holding);
      else {
        answer.resume();
        refuseBusy(res);
      }
    } else if (req.method === 'GET' && readable && !(length > maxRewriteBytes)) {
      const holding = hold(res, length);
      if (holding) rewriteList(job, answer, req, res, headers, holding);
      else pass(answer, res, headers);
    } else pass(answer, res, headers);
  };
}

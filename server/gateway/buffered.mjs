// @ts-check
/** Reading an upstream answer into memory (within a limit), and sending a body the gateway made. */
import { gzip } from 'node:zlib';

/** @typedef {import('node:http').IncomingMessage} IncomingMessage */
/** @typedef {import('node:http').ServerResponse} ServerResponse */
/** @typedef {import('./headers.mjs').HeaderMap} HeaderMap */

const COMPRESS_MIN_BYTES = 1024;

/**
 * Collects an answer's body; gives null (and drops the answer) once it grows past the limit, past
 * what `room` allows (each chunk is offered to it first), or if it breaks off.
 * @param {IncomingMessage} answer
 * @param {number} limit
 * @param {(body: Buffer | null) => void} done called once
 * @param {(bytes: number) => boolean} [room]
 */
export function bufferAnswer(answer, limit, done, room = () => true) {
  /** @type {Buffer[]} */
  const chunks = [];
  let size = 0;
  let settled = false;
  /** @param {Buffer | null} body */
  const settle = (body) => {
    if (settled) return;
    settled = true;
    done(body);
  };
  answer.on('data', (/** @type {Buffer} */ chunk) => {
    if (settled) return;
    size += chunk.length;
    if (size > limit || !room(chunk.length)) {
      answer.destroy();
      settle(null);
    } else chunks.push(chunk);
  });
  answer.on('end', () => settle(Buffer.concat(chunks)));
  answer.on('error', () => settle(null));
  answer.on('close', () => settle(null));
}

/**
 * @param {Buffer} body
 * @param {IncomingMessage} req
 * @returns {Promise<{ body: Buffer, encoding?: string }>}
 */
function maybeCompress(body, req) {
  const accepts = String(req.headers['accept-encoding'] ?? '');
  if (body.length < COMPRESS_MIN_BYTES || !/\bgzip\b/i.test(accepts)) return Promise.resolve({ body });
  return new Promise((resolve) => {
    gzip(body, (error, zipped) => resolve(error ? { body } : { body: zipped, encoding: 'gzip' }));
  });
}

/**
 * Sends a body the gateway holds (rewritten or not), gzipped when the browser accepts it.
 * @param {IncomingMessage} req
 * @param {ServerResponse} res
 * @param {number} status
 * @param {HeaderMap} headers the answer's headers; length and encoding are set here
 * @param {Buffer} body
 */
export function sendBuffered(req, res, status, headers, body) {
  void maybeCompress(body, req).then((result) => {
    if (res.destroyed) return;
    const out = { ...headers };
    delete out['content-length'];
    delete out['content-encoding'];
    out['content-length'] = String(result.body.length);
    if (result.encoding) {
      out['content-encoding'] = result.encoding;
      const vary = out['vary'];
      out['vary'] = vary ? `${String(vary)}, Accept-Encoding` : 'Accept-Encoding';
    }
    res.writeHead(status, out);
    res.end(result.body);
  });
}

// @ts-check
/** The gateway's own answers when it cannot or will not forward: JSON bodies a person can act on. */

/** @typedef {import('node:http').ServerResponse} ServerResponse */

/**
 * @param {ServerResponse} res
 * @param {number} status
 * @param {string} title
 * @param {string} message
 * @param {Record<string, string>} [extra]
 */
export function sendError(res, status, title, message, extra = {}) {
  if (res.headersSent || res.destroyed) {
    res.destroy();
    return;
  }
  const body = JSON.stringify({ error: { code: status, title, message } });
  res.writeHead(status, {
    ...extra,
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(body),
    'Cache-Control': 'no-store',
  });
  res.end(body);
}

/** @type {Record<string, string>} */
const WORDS = {
  ECONNREFUSED: 'connection refused',
  ECONNRESET: 'the connection was reset',
  ENOTFOUND: 'the host name does not resolve',
  EAI_AGAIN: 'the host name could not be resolved (DNS)',
  EHOSTUNREACH: 'no route to the host',
  ENETUNREACH: 'the network is unreachable',
  ETIMEDOUT: 'the connection timed out',
  DEPTH_ZERO_SELF_SIGNED_CERT: 'its TLS certificate is self-signed (set OS_CACERT)',
  SELF_SIGNED_CERT_IN_CHAIN: 'its TLS certificate chain is self-signed (set OS_CACERT)',
  UNABLE_TO_VERIFY_LEAF_SIGNATURE: 'its TLS certificate cannot be verified (set OS_CACERT)',
  UNABLE_TO_GET_ISSUER_CERT_LOCALLY: 'its TLS certificate cannot be verified (set OS_CACERT)',
  CERT_HAS_EXPIRED: 'its TLS certificate has expired',
  ERR_TLS_CERT_ALTNAME_INVALID: 'its TLS certificate is for another host name',
};

/**
 * Why a connection failed, in words a person can act on.
 * @param {unknown} error
 */
export function reasonOf(error) {
  const code = /** @type {{ code?: unknown }} */ (error)?.code;
  const message = error instanceof Error ? error.message : String(error);
  if (typeof code === 'string') return `${WORDS[code] ?? message} (${code})`;
  return message;
}

/** An upstream that stayed silent for longer than the gateway waits. */
export class UpstreamTimeout extends Error {
  /** @param {number} ms */
  constructor(ms) {
    super(`no answer within ${Math.round(ms / 1000)} s`);
    this.name = 'UpstreamTimeout';
  }
}

/**
 * The 502 or 504 for a request the upstream did not answer.
 * @param {ServerResponse} res
 * @param {string} host the upstream's host (and port)
 * @param {unknown} error
 */
export function sendUpstreamError(res, host, error) {
  if (error instanceof UpstreamTimeout) {
    sendError(res, 504, 'Gateway Timeout', `The cloud at ${host} did not answer: ${error.message}.`);
  } else {
    sendError(res, 502, 'Bad Gateway', `The cloud at ${host} did not answer: ${reasonOf(error)}.`);
  }
}

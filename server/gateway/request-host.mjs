// @ts-check
/**
 * What the browser's request says about where it was sent: the DNS-rebinding guard on the Host
 * header, and the origin to put into rewritten URLs.
 */

/** @typedef {import('node:http').IncomingMessage} IncomingMessage */

/**
 * @param {string} host
 */
function isLoopbackOrIpLiteral(host) {
  const name = host.toLowerCase();
  if (name === 'localhost' || name.endsWith('.localhost')) return true;
  if (/^\d{1,3}(\.\d{1,3}){3}$/.test(name)) return true;
  return name.startsWith('[') && name.endsWith(']');
}

/**
 * The host name of a Host header, or null if it is not a plain `host[:port]`.
 * @param {string | undefined} header
 * @returns {string | null} the host name (IPv6 in brackets)
 */
function hostNameOf(header) {
  if (!header) return null;
  const match = /^([A-Za-z0-9](?:[A-Za-z0-9.-]*[A-Za-z0-9])?|\[[0-9A-Fa-f:.]+\])(?::\d{1,5})?$/.exec(header);
  return match ? /** @type {string} */ (match[1]) : null;
}

/**
 * Whether the gateway answers under the request's Host: IP literals and localhost always, other
 * names only if listed (a leading dot allows subdomains), any with `true`.
 * @param {IncomingMessage} req
 * @param {true | string[]} allowedHosts
 */
export function hostAllowed(req, allowedHosts) {
  const name = hostNameOf(req.headers.host);
  if (name === null) return false;
  if (allowedHosts === true || isLoopbackOrIpLiteral(name)) return true;
  const lower = name.toLowerCase();
  return allowedHosts.some((allowed) => {
    const entry = allowed.toLowerCase();
    return entry.startsWith('.') ? lower.endsWith(entry) || lower === entry.slice(1) : lower === entry;
  });
}

/**
 * The origin the browser used, for the URLs the gateway rewrites.
 * @param {IncomingMessage} req
 */
export function requestOrigin(req) {
  const forwarded = String(req.headers['x-forwarded-proto'] ?? '').split(',')[0]?.trim().toLowerCase();
  // Only the requester's own answer depends on this (and it is never cached: no-store), so a
  // TLS-terminating proxy in front may say https; anything else than http/https is ignored.
  const scheme =
    forwarded === 'https' || forwarded === 'http'
      ? forwarded
      : /** @type {{ encrypted?: boolean }} */ (req.socket).encrypted
        ? 'https'
        : 'http';
  return `${scheme}://${req.headers.host}`;
}

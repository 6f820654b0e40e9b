// @ts-check
/**
 * Request targets: splitting them, refusing the ones that could climb out of an upstream's base,
 * and building the upstream URL. Never decodes or re-encodes what it lets through.
 */

/**
 * Splits an origin-form request target into its raw path and raw query (with its `?`, or '').
 * Absolute-form (`GET http://evil.example/ HTTP/1.1`), authority-form and `*` targets are proxy
 * requests: null (this server is not a proxy).
 * @param {string} url
 * @returns {{ path: string, query: string } | null}
 */
export function splitRequestTarget(url) {
  if (!url.startsWith('/')) return null;
  const queryAt = url.indexOf('?');
  return queryAt === -1 ? { path: url, query: '' } : { path: url.slice(0, queryAt), query: url.slice(queryAt) };
}

/**
 * Checks the part of a gateway path after its prefix (`/os/identity`, `/os/ep/<key>`), as the
 * browser sent it, and returns it if it stays below the upstream's base, else null.
 * Refused: backslashes, `.`/`..` segments plain or percent-encoded, encoded slashes or backslashes
 * (`%2f`, `%5c`), encoded `%` (double encoding: `%252e`), control characters and malformed escapes.
 * Runs of slashes are collapsed (`//host/x` must not look like a network-path reference upstream).
 * What passes is otherwise forwarded byte for byte (no decoding, no re-encoding).
 * @param {string} rest
 * @returns {string | null}
 */
export function checkRest(rest) {
  if (rest === '') return '';
  if (!rest.startsWith('/')) return null;
  if (rest.includes('\\')) return null;
  const collapsed = rest.replace(/\/{2,}/g, '/');
  for (const segment of collapsed.slice(1).split('/')) {
    /** @type {string} */
    let decoded;
    try {
      decoded = decodeURIComponent(segment);
    } catch {
      return null;
    }
    if (decoded === '.' || decoded === '..') return null;
    if (/[/\\%]/.test(decoded)) return null;
    // eslint-disable-next-line no-control-regex
    if (/[\u0000-\u001f\u007f]/.test(decoded)) return null;
  }
  return collapsed;
}

/**
 * The upstream URL for a checked path below an allowlisted origin.
 * @param {string} origin e.g. `http://127.0.0.1:8774`
 * @param {string} path a path checkRest let through (with any base path in front), or ''
 * @param {string} query the raw query with its `?`, or ''
 * @returns {URL}
 */
export function upstreamUrl(origin, path, query) {
  const target = new URL(origin);
  target.pathname = path || '/';
  target.search = query;
  return target;
}

// @ts-check
/**
 * Absolute links to the cloud in answers, rewritten to go through the gateway: pagination and self
 * links in JSON bodies, and the Location header.
 */

/** @typedef {import('./targets.mjs').ToGatewayUrl} ToGatewayUrl */

/**
 * Rewrites pagination and self links (`links`, `*_links`, top-level `next`/`previous`/`self`/`first`)
 * that point at the cloud. Other strings are data and stay as they are.
 * @param {unknown} body a parsed JSON answer, changed in place
 * @param {(raw: string) => string | null} toGateway
 * @returns {boolean} whether anything changed
 */
export function rewriteLinks(body, toGateway) {
  let changed = false;
  /** @param {unknown} value @returns {unknown} */
  const swap = (value) => {
    if (typeof value !== 'string') return value;
    const rewritten = toGateway(value);
    if (rewritten === null || rewritten === value) return value;
    changed = true;
    return rewritten;
  };
  /** @param {unknown} links */
  const fixLinks = (links) => {
    if (Array.isArray(links)) {
      for (const link of links) {
        if (typeof link === 'object' && link !== null && 'href' in link) link.href = swap(link.href);
      }
    } else if (typeof links === 'object' && links !== null) {
      const record = /** @type {Record<string, unknown>} */ (links);
      for (const name of Object.keys(record)) record[name] = swap(record[name]);
    }
  };
  /** @param {unknown} node @param {number} depth */
  const walk = (node, depth) => {
    if (depth > 64 || typeof node !== 'object' || node === null) return;
    if (Array.isArray(node)) {
      for (const item of node) walk(item, depth + 1);
      return;
    }
    const record = /** @type {Record<string, unknown>} */ (node);
    for (const [name, value] of Object.entries(record)) {
      if (name === 'links' || name.endsWith('_links')) fixLinks(value);
      else if (depth === 0 && (name === 'next' || name === 'previous' || name === 'self' || name === 'first')) {
        record[name] = swap(value);
      } else walk(value, depth + 1);
    }
  };
  walk(body, 0);
  return changed;
}

/**
 * A Location header (absolute, or relative to the upstream URL that answered) as the browser must
 * see it; null if it does not point at Keystone or a registered upstream.
 * @param {string} location
 * @param {URL} base the upstream URL that answered
 * @param {string} origin the request's origin
 * @param {ToGatewayUrl} toGatewayUrl
 * @returns {string | null}
 */
export function rewriteLocation(location, base, origin, toGatewayUrl) {
  try {
    return toGatewayUrl(new URL(location, base).href, origin);
  } catch {
    return null;
  }
}

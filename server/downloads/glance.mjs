// @ts-check
/**
 * What a download asks Glance: the image record (is it readable, does it hold data) and its data,
 * as a stream, from the Glance endpoint of the token's own catalog (Keystone's answer is the only
 * source of the upstream: nothing in the request names a host).
 */
import http from 'node:http';
import https from 'node:https';
import { errorWords } from '../policies/http-json.mjs';
import { endpointOf } from '../policies/keystone.mjs';
import { parseUpstreamUrl } from '../gateway/targets.mjs';
import { downloadFileName } from '../../src/lib/download-file-name.mjs';

export class DownloadError extends Error {
  /**
   * @param {number} status
   * @param {string} message
   */
  constructor(status, message) {
    super(message);
    this.name = 'DownloadError';
    this.status = status;
  }
}

const IMAGE_ID = /^[A-Za-z0-9-]{1,64}$/;

/**
 * Glance's base URL (without a version) from a catalog, or a 502 that says it is missing.
 * @param {import('../policies/keystone.mjs').CatalogEntry[]} catalog
 * @param {{ region?: string | undefined, interface?: string | undefined }} where
 */
export function glanceBaseOf(catalog, where) {
  const raw = endpointOf(catalog, 'image', where);
  const url = raw ? parseUpstreamUrl(raw) : null;
  if (!url) throw new DownloadError(502, 'The token’s service catalog names no usable Image (Glance) endpoint.');
  return url.href.replace(/\/+$/, '').replace(/\/v2(\.\d+)?$/, '');
}

/**
 * @param {unknown} value
 * @returns {string | null}
 */
const text = (value) => (typeof value === 'string' && value !== '' ? value : null);

/**
 * The image as a download describes it; refuses images without data.
 * @param {{ sendJson: import('../policies/http-json.mjs').SendJson, glanceBase: string, token: string, imageId: string }} request
 * @returns {Promise<import('./tickets.mjs').DownloadImage>}
 */
export async function readableImage({ sendJson, glanceBase, token, imageId }) {
  if (!IMAGE_ID.test(imageId)) throw new DownloadError(400, 'imageId is not an image id.');
  const answer = await sendJson({
    method: 'GET',
    url: `${glanceBase}/v2/images/${encodeURIComponent(imageId)}`,
    headers: { 'X-Auth-Token': token },
  });
  if (answer.status === 401) throw new DownloadError(401, 'The token has expired or is not valid: sign in again.');
  if (answer.status === 403 || answer.status === 404) {
    throw new DownloadError(404, 'No image with this id can be read in this project.');
  }
  if (answer.status !== 200) throw new DownloadError(502, `Glance did not give the image: ${errorWords(answer)}`);
  const image = /** @type {Record<string, unknown>} */ (answer.json ?? {});
  const size = typeof image['size'] === 'number' ? image['size'] : 0;
  if (image['status'] !== 'active') {
    throw new DownloadError(409, `The image is ${String(image['status'])}: only an active image can be downloaded.`);
  }
  if (size <= 0) {
    const inCinder = typeof image['block_device_mapping'] === 'string';
    throw new DownloadError(
      409,
      inCinder ? 'The image holds no data: its data is in Cinder (a volume-backed snapshot).' : 'The image holds no data.',
    );
  }
  return {
    id: imageId,
    fileName: downloadFileName({ id: imageId, name: text(image['name']), diskFormat: text(image['disk_format']) }),
    size,
    md5: text(image['checksum']),
    hashAlgo: text(image['os_hash_algo']),
    hashValue: text(image['os_hash_value']),
  };
}

/**
 * GET …/file with the ticket's token, and the browser's Range when it sent one. Resolves with
 * Glance's answer, unread: the caller pipes it.
 * @param {{ agents: import('../gateway/agents.mjs').Agents, fileUrl: string, token: string, range: string | null, timeoutMs: number }} request
 * @returns {Promise<{ answer: http.IncomingMessage, abort: () => void }>}
 */
export function openImageFile({ agents, fileUrl, token, range, timeoutMs }) {
  return new Promise((resolve, reject) => {
    const url = new URL(fileUrl);
    const send = url.protocol === 'https:' ? https.request : http.request;
    const req = send(url, {
      method: 'GET',
      agent: agents.forUrl(url),
      headers: { 'X-Auth-Token': token, Accept: 'application/octet-stream', ...(range ? { Range: range } : {}) },
      timeout: timeoutMs,
    });
    req.on('response', (answer) => resolve({ answer, abort: () => req.destroy() }));
    req.on('timeout', () => req.destroy(new Error(`Glance did not answer in ${timeoutMs / 1000} s`)));
    req.on('error', reject);
    req.end();
  });
}

import { http, HttpResponse, type HttpHandler } from 'msw';
import { contentDisposition, downloadFileName } from '@/lib/download-file-name.mjs';
import type { CloudCore } from '../core';
import { byteAnswer } from '../data/byte-answer';
import { generatedBytes } from '../data/image-data';
import { authFromToken } from '../http/auth';
import { json } from '../http/respond';
import { settle } from '../lifecycle';
import { canSeeImage } from '../ops/image-access';
import { missingDataReason } from './glance-file';

const OPEN_WITHIN_MS = 2 * 60 * 1000;
const RESUME_WITHIN_MS = 60 * 60 * 1000;

interface Ticket {
  imageId: string;
  token: string;
  openBy: number;
  resumeBy: number;
  consumed: boolean;
}

function errorBody(status: number, message: string): Response {
  return json({ error: { message } }, status, { 'Cache-Control': 'no-store' });
}

function ticketId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(32));
  return btoa(String.fromCharCode(...bytes)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/**
 * The dashboard server's download links (`/api/v1/downloads`, server/downloads) answered by the
 * mock cloud, with the same rules: single use, two minutes to open, Range for an hour after; the
 * bytes are the image's generated data. Tickets live in memory only (as on the server).
 */
export function downloadHandler(core: CloudCore): HttpHandler {
  const tickets = new Map<string, Ticket>();

  const issue = async (request: Request, now: number): Promise<Response> => {
    const token = request.headers.get('X-Auth-Token');
    if (!token) return errorBody(401, 'Sign in: a download needs a token (X-Auth-Token).');
    const auth = authFromToken(core.db, token, now);
    if (!auth) return errorBody(401, 'The token has expired or is not valid: sign in again.');
    let imageId: unknown;
    try {
      imageId = (JSON.parse(await request.text()) as { imageId?: unknown } | null)?.imageId;
    } catch {
      return errorBody(400, 'The body is not valid JSON.');
    }
    if (typeof imageId !== 'string') return errorBody(400, 'Name the image: {"imageId": "<id>"}.');
    const image = core.db.image.images[imageId];
    if (!image || !canSeeImage(image, auth)) return errorBody(404, 'No image with this id can be read in this project.');
    if (image.status !== 'active') return errorBody(409, `The image is ${image.status}: only an active image can be downloaded.`);
    if (!image.size) {
      const inCinder = image.properties['block_device_mapping'] !== undefined;
      return errorBody(409, inCinder ? 'The image holds no data: its data is in Cinder (a volume-backed snapshot).' : 'The image holds no data.');
    }
    const missing = missingDataReason(image);
    if (missing) return errorBody(409, missing.message);
    const id = ticketId();
    const expiresAt = Math.min(now + OPEN_WITHIN_MS, core.db.identity.tokens[token]?.expires_at ?? now);
    tickets.set(id, { imageId, token, openBy: expiresAt, resumeBy: now + RESUME_WITHIN_MS, consumed: false });
    return json(
      {
        url: `/api/v1/downloads/${id}`,
        expiresAt: new Date(expiresAt).toISOString(),
        name: downloadFileName({ id: image.id, name: image.name, diskFormat: image.disk_format }),
        size: image.size,
        checksum: { md5: image.checksum, hashAlgo: image.os_hash_algo, hashValue: image.os_hash_value },
      },
      201,
      { 'Cache-Control': 'no-store' },
    );
  };

  const serve = (request: Request, id: string, now: number): Response => {
    const ticket = tickets.get(id);
    if (!ticket || ticket.resumeBy <= now || (!ticket.consumed && ticket.openBy <= now)) {
      return errorBody(404, 'This download link is unknown or has expired: start the download again.');
    }
    const range = request.headers.get('Range');
    if (!range) {
      if (ticket.consumed) return errorBody(410, 'This download link was already used: start the download again.');
      ticket.consumed = true;
    }
    const image = core.db.image.images[ticket.imageId];
    const auth = authFromToken(core.db, ticket.token, now);
    if (!auth) return errorBody(401, 'The token behind this link has expired: sign in and start again.');
    if (!image || !canSeeImage(image, auth) || missingDataReason(image)) return errorBody(404, 'The image is gone or can no longer be read.');
    const name = downloadFileName({ id: image.id, name: image.name, diskFormat: image.disk_format });
    return byteAnswer(generatedBytes(image.id, image.size ?? 0), range, {
      'Content-Disposition': contentDisposition(name),
      'X-Content-Type-Options': 'nosniff',
      'Cache-Control': 'no-store',
      'Accept-Ranges': 'bytes',
    });
  };

  return http.all(/\/api\/v1\/downloads(\/[^?#]*)?(\?.*)?$/, async ({ request }) => {
    core.log.push({ method: request.method, url: request.url, at: core.clock.now() });
    if (core.scenario.offline) return HttpResponse.error();
    const now = core.clock.now();
    settle(core.db, now);
    const segments = new URL(request.url).pathname.replace(/^.*\/api\/v1\/downloads/, '').split('/').filter(Boolean);
    if (segments.length === 0) return request.method === 'POST' ? issue(request, now) : errorBody(405, 'Use POST here.');
    if (segments.length > 1 || !segments[0]) return errorBody(404, 'No such download.');
    if (request.method !== 'GET') return errorBody(405, 'Use GET here.');
    return serve(request, segments[0], now);
  });
}

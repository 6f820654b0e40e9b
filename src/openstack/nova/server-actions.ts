import { OpenStackError } from '../errors';
import type { CloudApi } from '../http';
import { atLeast } from '../microversion';
import { parseAnswer } from '../parse';
import { checkRequest, segment } from '../request';
import { createImageRequestSchema, createImageResponseSchema } from './schemas';

export interface CreateServerImageInput {
  name: string;
  metadata?: Record<string, string>;
}

/** The image id at the tail of a createImage `Location` (`…/images/<id>`), or null. */
export function imageIdFromLocation(location: string): string | null {
  try {
    const path = new URL(location, 'http://relative.invalid').pathname;
    const last = path.split('/').filter((part) => part !== '').at(-1);
    return last ? decodeURIComponent(last) : null;
  } catch {
    return null;
  }
}

function headerText(headers: unknown, name: string): string | null {
  if (typeof headers !== 'object' || headers === null) return null;
  const value: unknown = (headers as Record<string, unknown>)[name];
  return typeof value === 'string' && value !== '' ? value : null;
}

/**
 * POST /servers/{id}/action `createImage` (202). From 2.45 the new image id is in the body;
 * before, only in the `Location` header (which a cross-origin browser may not be allowed to read).
 */
export async function createServerImage(
  api: CloudApi,
  serverId: string,
  input: CreateServerImageInput,
): Promise<{ imageId: string }> {
  const body = checkRequest(createImageRequestSchema, { createImage: input }, 'compute', 'createImage');
  const response = await api.http('compute').post(`/servers/${segment(serverId)}/action`, body);
  if (atLeast(api.microversion('compute'), '2.45')) {
    const data: unknown = response.data === '' ? {} : response.data;
    return { imageId: parseAnswer(createImageResponseSchema, data, 'compute', 'createImage').image_id };
  }
  const location = headerText(response.headers, 'location');
  const imageId = location ? imageIdFromLocation(location) : null;
  if (!imageId) {
    throw new OpenStackError({
      service: 'compute',
      kind: 'parse',
      status: response.status,
      field: 'Location',
      message:
        'Compute (Nova) accepted the snapshot but its answer has no readable Location header, so the new image id is unknown (below microversion 2.45 the id is only sent there).',
    });
  }
  return { imageId };
}

async function serverAction(api: CloudApi, serverId: string, action: string): Promise<void> {
  await api.http('compute').post(`/servers/${segment(serverId)}/action`, { [action]: null });
}

/** POST /servers/{id}/action `os-start` (202): SHUTOFF → ACTIVE. */
export function startServer(api: CloudApi, serverId: string): Promise<void> {
  return serverAction(api, serverId, 'os-start');
}

/** POST /servers/{id}/action `os-stop` (202): ACTIVE → SHUTOFF. */
export function stopServer(api: CloudApi, serverId: string): Promise<void> {
  return serverAction(api, serverId, 'os-stop');
}

export type RebootType = 'SOFT' | 'HARD';

/** POST /servers/{id}/action `reboot` (202): SOFT asks the guest, HARD power-cycles it. */
export async function rebootServer(api: CloudApi, serverId: string, type: RebootType): Promise<void> {
  await api.http('compute').post(`/servers/${segment(serverId)}/action`, { reboot: { type } });
}

import { z } from 'zod';
import type { CloudApi } from '../http';
import { atLeast } from '../microversion';
import { checkRequest, segment } from '../request';

/** From 2.93 Nova re-images the root volume of a volume-backed server on rebuild; before, it refuses a new image. */
const VOLUME_BACKED_REBUILD_MICROVERSION = '2.93';

export const rebuildRequestSchema = z.object({
  rebuild: z.object({ imageRef: z.string().min(1) }),
});

/** Whether this cloud, at the microversion negotiated for the session, can rebuild a volume-backed server. */
export function canRebuildVolumeBacked(api: Pick<CloudApi, 'microversion'>): boolean {
  return atLeast(api.microversion('compute'), VOLUME_BACKED_REBUILD_MICROVERSION);
}

/**
 * POST /servers/{id}/action `rebuild` (202): the root disk is replaced by the image while the
 * server keeps its ID, addresses, attached data volumes, name and metadata (left out of the body,
 * Nova keeps them). Status goes REBUILD; `task_state` rebuilding → rebuild_block_device_mapping →
 * rebuild_spawning → null.
 */
export async function rebuildServer(api: CloudApi, serverId: string, imageRef: string): Promise<void> {
  const body = checkRequest(rebuildRequestSchema, { rebuild: { imageRef } }, 'compute', 'rebuild');
  await api.http('compute').post(`/servers/${segment(serverId)}/action`, body);
}

import type { OperationWatch } from '@/cloud/watches/watch-schema';
import { FAST_POLL_MS } from '@/lib/moving-poll';
import type { Server } from '@/openstack/nova/schemas';

/** How often a watched operation is looked at: only while it is watched, one request per operation. */
export const watchEveryMs = 2000;
/**
 * A snapshot's image while the Instances list on screen shows Nova still at work on its instance
 * (a task state): Nova clears the task once the upload is done, so the image cannot turn active
 * before; it is read now and then only to notice a snapshot Glance deleted.
 */
export const SNAPSHOT_IMAGE_WHILE_NOVA_WORKS_MS = 6000;

/** How often a snapshot watch reads its image, given its instance's task state as a list on screen shows it (null: none, or no such list). */
export function snapshotImageEveryMs(instanceTask: string | null): number {
  return instanceTask === null ? watchEveryMs : SNAPSHOT_IMAGE_WHILE_NOVA_WORKS_MS;
}

/** A new server is what the user waits for on Instances: asked every second while it is this new. */
export const LAUNCH_FAST_WINDOW_MS = 20_000;

/**
 * The pace of a watch's GET /servers/{id}: every second while a launched server is in BUILD and
 * younger than LAUNCH_FAST_WINDOW_MS (Nova usually builds one in a few seconds), else watchEveryMs.
 * The watch ends, and with it the polling, once the server settles.
 */
export function serverWatchEveryMs(watch: Pick<OperationWatch, 'kind' | 'startedAt'>, server: Server | undefined, now: number): number {
  const building = server === undefined || server.status.toUpperCase() === 'BUILD';
  return watch.kind === 'launch' && building && now - watch.startedAt < LAUNCH_FAST_WINDOW_MS ? FAST_POLL_MS : watchEveryMs;
}

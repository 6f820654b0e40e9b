import type { CloudApi } from '../http';
import type { Volume } from './schemas';
import { listVolumes } from './volumes';

/** Cinder's `osapi_max_limit` default: one page holds up to this many volumes. */
const VOLUME_PAGE_SIZE = 1000;
/** Pages read at most: 5,000 volumes, far past Cinder's default quota of 10 per project. */
const VOLUME_PAGE_CAP = 5;

export interface ProjectVolumes {
  volumes: Volume[];
  /** False when the listing stopped at its bound: rules then let Cinder have the last word. */
  complete: boolean;
}

/**
 * The project's volumes in one listing (one request up to 1,000 volumes), for every row at once:
 * the Volume Name column, Launch's "is its volume bootable", and "volumes made from this
 * snapshot" (Cinder cannot filter volumes by many snapshot ids, and `snapshot_id` is not a filter
 * a stock cloud allows non-admins). Never one request per row.
 */
export async function listProjectVolumes(api: CloudApi): Promise<ProjectVolumes> {
  const volumes: Volume[] = [];
  let marker: string | undefined;
  for (let page = 0; page < VOLUME_PAGE_CAP; page += 1) {
    const answer = await listVolumes(api, { limit: VOLUME_PAGE_SIZE, marker });
    volumes.push(...answer.volumes);
    if (!answer.nextMarker || answer.volumes.length === 0 || answer.nextMarker === marker) return { volumes, complete: true };
    marker = answer.nextMarker;
  }
  return { volumes, complete: false };
}

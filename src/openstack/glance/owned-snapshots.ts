import type { CloudApi } from '../http';
import { listImages, type ImagePage } from './images';

/**
 * The two ways Glance marks the project's instance snapshots (facts 12 and 13 in
 * tests/fixtures/openstack-api-samples/README.md): `image_type=snapshot` on an image-backed
 * server's snapshot, `bdm_v2=True` on a volume-backed one (which has no `image_type`).
 */
export const snapshotStreams = ['image-backed', 'volume-backed'] as const;
export type SnapshotStream = (typeof snapshotStreams)[number];

const streamFilter: Readonly<Record<SnapshotStream, Readonly<Record<string, string>>>> = {
  'image-backed': { image_type: 'snapshot' },
  'volume-backed': { bdm_v2: 'True' },
};

/** Glance's default `api_limit_max`: the largest page, so 10,000 snapshots take 10 requests (11 with the empty last one). */
export const OWNED_SNAPSHOT_PAGE = 1000;

/** One page of the snapshots this project owns (what its image quota counts), oldest first. */
export function listOwnedSnapshotPage(api: CloudApi, stream: SnapshotStream, marker: string | undefined): Promise<ImagePage> {
  return listImages(api, {
    owner: api.projectId,
    properties: streamFilter[stream],
    limit: OWNED_SNAPSHOT_PAGE,
    marker,
    sortKey: 'created_at',
    sortDir: 'asc',
  });
}

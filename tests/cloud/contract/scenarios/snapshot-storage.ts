/**
 * The Snapshot storage view's Glance listings: the project's own snapshots, `owner=<project>`
 * with `image_type=snapshot` (image-backed) or `bdm_v2=True` (volume-backed), oldest first, pages
 * of 1,000. Three queued images of our own (one of each kind and a plain one) show each filter
 * takes its kind and only its kind; whatever else the project holds differs between the clouds,
 * so only our images are compared.
 */
import { listOwnedSnapshotPage, snapshotStreams } from '@/openstack/glance/owned-snapshots';
import { signIn } from '../backend';
import type { Scenario } from '../scenario';
import { createQueuedImage } from './image-list';

export const snapshotStorageScenario: Scenario = {
  name: 'snapshot storage listings (owner and kind filters)',
  async run(ctx) {
    const { backend, rec } = ctx;
    const client = await signIn(backend);
    const base = { disk_format: 'raw', container_format: 'bare', visibility: 'private', tags: [backend.prefix] };
    await createQueuedImage(ctx, client, { ...base, name: `${backend.prefix}-image-backed`, image_type: 'snapshot' });
    await createQueuedImage(ctx, client, { ...base, name: `${backend.prefix}-volume-backed`, bdm_v2: 'True', block_device_mapping: '[]' });
    await createQueuedImage(ctx, client, { ...base, name: `${backend.prefix}-plain` });

    for (const stream of snapshotStreams) {
      const filter = stream === 'image-backed' ? 'image_type=snapshot' : 'bdm_v2=True';
      const page = await rec.call(client, `GET /v2/images?owner=…&${filter}&limit=1000&sort_key=created_at&sort_dir=asc`, () => listOwnedSnapshotPage(client.api, stream, undefined), {
        shape: false,
      });
      const images = page.result?.images ?? [];
      rec.value(`${stream}: ours in the listing`, images.filter((image) => image.name?.startsWith(backend.prefix)).map((image) => image.name));
      rec.value(`${stream}: every image is the project's own`, images.every((image) => image.owner === client.api.projectId));
      rec.value(`${stream}: oldest first`, images.every((image, index) => index === 0 || (images[index - 1]?.created_at ?? '') <= image.created_at));
    }
  },
};

/**
 * Upload to image (Copy to Image's way out for a volume-backed snapshot): a volume made from a
 * volume snapshot, `os-volume_upload_image` (202, volume `uploading`, a queued image named as
 * asked), the image going active with data while the volume goes back to `available`; a volume
 * that is not available is refused (400).
 */
import { createVolumeSnapshot, getVolumeSnapshot } from '@/openstack/cinder/snapshots';
import { deleteVolume, uploadVolumeToImage } from '@/openstack/cinder/volume-upload';
import { getVolume } from '@/openstack/cinder/volumes';
import { getImage } from '@/openstack/glance/images';
import { signIn } from '../backend';
import type { Scenario } from '../scenario';
import { deleteImageQuietly, deleteVolumeSnapshotAndWait, imageSchemaView, isGone, raw, volumeAvailable } from './common';

export const uploadToImageScenario: Scenario = {
  name: 'upload to image',
  async run(ctx) {
    const { backend, rec } = ctx;
    const client = await signIn(backend);
    const source = await volumeAvailable(ctx, client, { name: `${backend.prefix}-up-src`, size: 1 });
    const snapshot = await createVolumeSnapshot(client.api, { volumeId: source.id, name: `${backend.prefix}-up-snap` });
    ctx.cleanup(() => deleteVolumeSnapshotAndWait(ctx, client, snapshot.id));
    await ctx.poll('snapshot available', () => getVolumeSnapshot(client.api, snapshot.id), (s) => s.status !== 'creating');

    const copy = await volumeAvailable(ctx, client, { name: `${backend.prefix}-up-temp`, size: 1, snapshotId: snapshot.id });
    rec.sequence('volume from snapshot: status', copy.statuses);

    const imageName = `${backend.prefix}-up-image`;
    const started = await rec.call(client, 'POST /volumes/{id}/action os-volume_upload_image', () =>
      uploadVolumeToImage(client.api, { volumeId: copy.id, imageName, diskFormat: 'raw' }),
    );
    const imageId = started.result?.imageId;
    if (!imageId) throw new Error('os-volume_upload_image named no image');
    ctx.cleanup(() => deleteImageQuietly(client, imageId));
    rec.value('upload answer: volume status', started.result?.volumeStatus ?? null);

    const queued = await getImage(client.api, imageId);
    rec.value('new image: name, formats, visibility', { name: queued.name === imageName, disk_format: queued.disk_format, container_format: queued.container_format, visibility: queued.visibility });

    const busy = await raw(client, 'volume', 'POST', `/volumes/${copy.id}/action`, {
      data: { 'os-volume_upload_image': { image_name: `${imageName}-2`, disk_format: 'raw', container_format: 'bare', force: false } },
    });
    rec.status('a second upload while the volume is uploading', [busy.status]);

    const imageStates = [queued.status];
    const active = await ctx.poll('image active', () => getImage(client.api, imageId), (i) => ['active', 'killed', 'deleted'].includes(i.status), (i) => imageStates.push(i.status));
    rec.sequence('image: status', imageStates);
    rec.value('active image: has data and a sha512', { sized: (active.size ?? 0) > 0, algo: active.os_hash_algo ?? null, hashed: typeof active.os_hash_value === 'string' && active.os_hash_value.length === 128 });
    await rec.call(client, 'GET /v2/images/{id} (the active copy)', () => getImage(client.api, imageId), { select: (body) => imageSchemaView(body) });

    const volumeStates: string[] = [];
    await ctx.poll('volume back to available', () => getVolume(client.api, copy.id), (v) => v.status !== 'uploading', (v) => volumeStates.push(v.status));
    rec.sequence('volume after the upload: status', volumeStates.slice(-1));

    await rec.call(client, 'DELETE /volumes/{id} (the temporary volume)', () => deleteVolume(client.api, copy.id), { shape: false });
    await ctx.poll('temporary volume gone', () => isGone(() => getVolume(client.api, copy.id)), (gone) => gone);
  },
};

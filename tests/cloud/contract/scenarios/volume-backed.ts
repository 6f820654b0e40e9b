/**
 * A volume-backed server (a volume made from cirros, booted from) and its snapshot: a 0-byte image
 * carrying `block_device_mapping` (a JSON string), `bdm_v2`, and a Cinder snapshot named
 * `snapshot for <name>`; the createImage completes inside the API call (no task_state, no 409).
 */
import { getVolumeSnapshot, listVolumeSnapshots } from '@/openstack/cinder/snapshots';
import { getVolume } from '@/openstack/cinder/volumes';
import { parseBlockDeviceMapping } from '@/openstack/glance/block-device-mapping';
import { imageKind, isVolumeBackedSnapshot, snapshotVolumeSnapshotIds } from '@/openstack/glance/classify';
import { getImage } from '@/openstack/glance/images';
import { createServerImage } from '@/openstack/nova/server-actions';
import { getServer } from '@/openstack/nova/servers';
import { isVolumeBacked } from '@/openstack/nova/server-helpers';
import { signIn } from '../backend';
import type { Scenario } from '../scenario';
import { bootServer, cirros, customProperties, deleteImageQuietly, deleteVolumeSnapshotAndWait, imageSchemaView, nanoFlavorId, volumeAvailable } from './common';

export const volumeBackedScenario: Scenario = {
  name: 'snapshot of a volume-backed server',
  async run(ctx) {
    const { backend, rec } = ctx;
    const client = await signIn(backend);
    const base = await cirros(client);
    const flavorRef = await nanoFlavorId(client);

    const root = await volumeAvailable(ctx, client, { name: `${backend.prefix}-root`, size: 2, imageRef: base.id });
    rec.sequence('volume from image: status', root.statuses);
    const volume = await rec.call(client, 'GET /volumes/{id} (from the image)', () => getVolume(client.api, root.id), { shape: { dynamic: ['volume.metadata', 'volume.volume_image_metadata'] } });
    rec.value('volume from image', { bootable: volume.result?.bootable ?? null, size: volume.result?.size ?? null, imageIdKept: volume.result?.volume_image_metadata?.['image_id'] === base.id });

    const booted = await bootServer(ctx, client, {
      name: `${backend.prefix}-vm`,
      flavorRef,
      networks: 'auto',
      block_device_mapping_v2: [{ boot_index: 0, uuid: root.id, source_type: 'volume', destination_type: 'volume', delete_on_termination: false }],
    });
    rec.sequence('boot from volume: status', booted.statuses);
    rec.value('server booted from a volume', {
      image: booted.server.image,
      volumeBacked: isVolumeBacked(booted.server),
      attached: (booted.server['os-extended-volumes:volumes_attached'] ?? []).map((v) => ({ isRoot: v.id === root.id, delete_on_termination: v.delete_on_termination ?? null })),
    });
    const attached = await rec.call(client, 'GET /volumes/{id} (attached)', () => getVolume(client.api, root.id), { shape: { dynamic: ['volume.metadata', 'volume.volume_image_metadata'] } });
    rec.value('attached volume', { status: attached.result?.status ?? null, attachedTo: (attached.result?.attachments ?? []).map((a) => a.server_id === booted.id) });

    const name = `${backend.prefix}-snap`;
    const created = await rec.call(client, 'POST /servers/{id}/action createImage (volume-backed)', () => createServerImage(client.api, booted.id, { name }));
    const imageId = created.result?.imageId;
    if (!imageId) throw new Error(`createImage failed: ${created.error?.message ?? ''}`);
    ctx.cleanup(() => deleteImageQuietly(client, imageId));
    const right = await getServer(client.api, booted.id);
    rec.value('task_state right after the call', right['OS-EXT-STS:task_state'] ?? null);

    const second = await rec.call(client, 'a second createImage at once (no 409)', () => createServerImage(client.api, booted.id, { name: `${name}-2` }));
    const secondId = second.result?.imageId;
    if (secondId) ctx.cleanup(() => deleteImageQuietly(client, secondId));

    const shown = await rec.call(client, 'GET /v2/images/{id} (volume-backed snapshot)', () => getImage(client.api, imageId), { select: (body) => imageSchemaView(body) });
    const image = shown.result;
    if (!image) throw new Error('snapshot not readable');
    const props = customProperties(image);
    const bdm = parseBlockDeviceMapping(image);
    rec.value('volume-backed snapshot image', {
      status: image.status,
      size: image.size,
      virtual_size: image.virtual_size ?? 'absent',
      checksum: image.checksum ?? null,
      disk_format: image.disk_format ?? null,
      container_format: image.container_format ?? null,
      min_disk: image.min_disk,
      min_ram: image.min_ram,
      visibility: image.visibility,
      bdm_v2: image.bdm_v2 ?? null,
      hasRootDeviceName: typeof image.root_device_name === 'string',
      base_image_ref: image.base_image_ref ?? 'absent',
      hasImageType: 'image_type' in image,
      hasInstanceUuid: 'instance_uuid' in image,
      owner_user_name: image.owner_user_name ?? null,
      owner_project_name: image.owner_project_name ?? null,
      boot_roles: String(props['boot_roles'] ?? '').split(',').sort(),
      blockDeviceMappingIsString: typeof image.block_device_mapping === 'string',
      kind: imageKind(image),
      volumeBacked: isVolumeBackedSnapshot(image),
      cinderSnapshots: snapshotVolumeSnapshotIds(image).length,
    });
    const naming = ['device_name', 'device_type', 'disk_bus'];
    rec.shape('block_device_mapping entries (decoded)', bdm, { ignore: naming.map((key) => `[].${key}`) });
    rec.value(
      'block_device_mapping entries (values)',
      bdm.map((entry) => Object.fromEntries(Object.entries({ ...entry, snapshot_id: typeof entry.snapshot_id === 'string' ? '<id>' : null }).filter(([key]) => !naming.includes(key)))),
    );
    rec.value('device naming (hypervisor-dependent)', {
      root_device_name: image.root_device_name ?? null,
      bdm: bdm.map((entry) => Object.fromEntries(naming.map((key) => [key, entry[key] ?? null]))),
    });

    const snapshotIds = snapshotVolumeSnapshotIds(image);
    const secondImage = secondId ? await getImage(client.api, secondId) : null;
    const allSnapshotIds = [...snapshotIds, ...(secondImage ? snapshotVolumeSnapshotIds(secondImage) : [])];
    for (const id of allSnapshotIds) ctx.cleanup(() => deleteVolumeSnapshotAndWait(ctx, client, id));
    const snapshotId = snapshotIds[0] ?? '';
    const states: string[] = [];
    const cinderSnapshot = await ctx.poll('Cinder snapshot available', () => getVolumeSnapshot(client.api, snapshotId), (s) => s.status !== 'creating', (s) => states.push(s.status));
    // The real cloud's fake Cinder driver snapshots at once: `creating` is gone before the first read.
    rec.sequence('Cinder snapshot status', states, 'transient-start');
    rec.value('the Cinder snapshot', {
      name: cinderSnapshot.name,
      description: cinderSnapshot.description ?? null,
      ofRootVolume: cinderSnapshot.volume_id === root.id,
      size: cinderSnapshot.size,
      metadata: cinderSnapshot.metadata ?? null,
      progress: cinderSnapshot['os-extended-snapshot-attributes:progress'] ?? null,
    });
    await rec.call(client, 'GET /snapshots/{id}', () => getVolumeSnapshot(client.api, snapshotId));
    const byName = await rec.call(client, 'GET /snapshots/detail?name=snapshot for …', () => listVolumeSnapshots(client.api, { name: `snapshot for ${name}` }), { shape: false });
    rec.value('found by name', byName.result?.snapshots.length ?? -1);
  },
};

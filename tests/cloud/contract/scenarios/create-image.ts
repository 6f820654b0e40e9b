/**
 * createImage of an image-backed server: 202 with image_id, 409 on a second one while busy, the
 * server's task_state and the image's status over time, the snapshot's properties, the
 * `image_type=snapshot` filter, and delete (204, then 404).
 */
import { deleteImage, getImage, listImages } from '@/openstack/glance/images';
import { imageKind } from '@/openstack/glance/classify';
import { createServerImage } from '@/openstack/nova/server-actions';
import type { Image } from '@/openstack/glance/schemas';
import type { Server } from '@/openstack/nova/schemas';
import { getServer } from '@/openstack/nova/servers';
import { signIn } from '../backend';
import type { Scenario } from '../scenario';
import { bootServer, cirros, customProperties, deleteImageQuietly, imageSchemaView, nanoFlavorId } from './common';
import { serverDynamic } from './servers';

/** Nova does not copy these from the base image (NON_INHERITABLE_IMAGE_PROPERTIES, os_glance*). */
const notInherited = (key: string) => key.startsWith('os_glance') || key.startsWith('img_signature') || ['block_device_mapping', 'bdm_v2', 'root_device_name', 'stores'].includes(key);

export const createImageScenario: Scenario = {
  name: 'createImage lifecycle and snapshot properties (image-backed)',
  async run(ctx) {
    const { backend, rec } = ctx;
    const client = await signIn(backend);
    const base = await cirros(client);
    const flavorRef = await nanoFlavorId(client);
    const booted = await bootServer(ctx, client, { name: `${backend.prefix}-vm`, imageRef: base.id, flavorRef, networks: 'auto' });
    rec.sequence('boot: status', booted.statuses);

    const name = `${backend.prefix}-snap`;
    const created = await rec.call(client, 'POST /servers/{id}/action createImage', () =>
      createServerImage(client.api, booted.id, { name, metadata: { contract: 'yes' } }),
    );
    const imageId = created.result?.imageId;
    if (!imageId) throw new Error(`createImage failed: ${created.error?.message ?? ''}`);
    ctx.cleanup(() => deleteImageQuietly(client, imageId));
    rec.value('createImage answer has no Location header (2.45+)', created.last?.headers['location'] ?? null);
    // The earliest look at both lifecycles, right after the 202.
    const tasks: string[] = [];
    const statuses: string[] = [];
    const serverStatuses: string[] = [];
    const track = ({ server, image }: { server: Server; image: Image }) => {
      tasks.push(String(server['OS-EXT-STS:task_state'] ?? null));
      statuses.push(image.status);
      serverStatuses.push(server.status);
    };
    const read = async () => {
      const [server, image] = await Promise.all([getServer(client.api, booted.id), getImage(client.api, imageId)]);
      return { server, image };
    };
    track(await read());

    const second = await rec.call(client, 'a second createImage while the first runs', () => createServerImage(client.api, booted.id, { name: `${name}-2` }));
    if (second.result) ctx.cleanup(() => deleteImageQuietly(client, second.result?.imageId ?? ''));
    const conflict = JSON.stringify(second.last?.data ?? null);
    const busyState = /task_state (\w+)/.exec(conflict)?.[1] ?? null;
    if (busyState) tasks.push(busyState);
    rec.value('409 body (task_state named)', JSON.parse(conflict.replace(/task_state \w+/, 'task_state <state>')) as unknown);
    rec.value('409 names a snapshot task_state', ['image_snapshot_pending', 'image_snapshot', 'image_pending_upload', 'image_uploading'].includes(busyState ?? ''));

    await ctx.poll(
      'snapshot active and task_state null',
      read,
      ({ server, image }) => (image.status === 'active' && !server['OS-EXT-STS:task_state']) || ['killed', 'deleted'].includes(image.status),
      track,
    );
    // image_snapshot_pending is set by nova-api and left as soon as nova-compute takes the cast,
    // and the image is `queued` only until the driver starts its upload: on this fast fake
    // hypervisor both are usually seen right after the 202, but not always under load.
    rec.sequence('server task_state during the snapshot', tasks, 'transient-start');
    rec.sequence('image status during the snapshot', statuses, 'transient-start');
    rec.sequence('server status during the snapshot (stays ACTIVE)', serverStatuses, 'exact');

    const shown = await rec.call(client, 'GET /v2/images/{id} (the snapshot)', () => getImage(client.api, imageId), { select: (body) => imageSchemaView(body, ['contract']) });
    const image = shown.result;
    if (!image) throw new Error('snapshot not readable');
    const props = customProperties(image);
    const inherited = Object.entries(customProperties(base)).filter(([key]) => !notInherited(key));
    rec.value('snapshot properties', {
      status: image.status,
      visibility: image.visibility,
      protected: image.protected,
      image_type: image.image_type ?? null,
      instanceIsServer: image.instance_uuid === booted.id,
      baseIsCirros: image.base_image_ref === base.id,
      ownerIsProject: props['owner_id'] === client.api.projectId && image.owner === client.api.projectId,
      userIsDemo: image.user_id === client.session.user.id,
      owner_user_name: image.owner_user_name ?? null,
      owner_project_name: image.owner_project_name ?? null,
      boot_roles: String(props['boot_roles'] ?? '').split(',').sort(),
      image_location: props['image_location'] ?? null,
      image_state: props['image_state'] ?? null,
      min_disk: image.min_disk,
      minRamAsBase: image.min_ram === base.min_ram,
      formatsAsBase: image.disk_format === base.disk_format && image.container_format === base.container_format,
      metadataSent: props['contract'] ?? null,
      inheritsBaseProperties: inherited.every(([key, value]) => props[key] === value),
      hasData: (image.size ?? 0) > 0 && typeof image.checksum === 'string',
      kind: imageKind(image),
    });

    const filtered = await rec.call(client, 'GET /v2/images?image_type=snapshot', () => listImages(client.api, { properties: { image_type: 'snapshot' }, owner: client.api.projectId }), { shape: false });
    const snapshots = filtered.result?.images ?? [];
    rec.value('image_type=snapshot lists it, and only snapshots', {
      listed: snapshots.some((i) => i.id === imageId),
      onlySnapshots: snapshots.every((i) => i.image_type === 'snapshot'),
    });

    const server = await rec.call(client, 'GET /servers/{id} after the snapshot', () => getServer(client.api, booted.id), { shape: { dynamic: serverDynamic } });
    rec.value('server after the snapshot', { status: server.result?.status ?? null, task: server.result?.['OS-EXT-STS:task_state'] ?? null });

    await rec.call(client, 'DELETE /v2/images/{id}', () => deleteImage(client.api, imageId));
    const gone = await rec.call(client, 'GET /v2/images/{id} after delete', () => getImage(client.api, imageId));
    rec.value('404 body after delete', gone.last?.data ?? null);
  },
};

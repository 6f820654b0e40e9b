/**
 * Restore in place: the `instance_uuid` image filter lists a server's snapshot; rebuild with that
 * snapshot (202), the status and task states over time, the server afterwards (same id and
 * addresses, image = the snapshot), 409 while it rebuilds, and Nova's refusal of an image whose
 * min_ram the flavor cannot hold.
 */
import { getImage, listImages, updateImage } from '@/openstack/glance/images';
import { createServerImage } from '@/openstack/nova/server-actions';
import { rebuildServer } from '@/openstack/nova/rebuild';
import type { Server } from '@/openstack/nova/schemas';
import { serverImageId } from '@/openstack/nova/server-helpers';
import { getServer } from '@/openstack/nova/servers';
import { signIn } from '../backend';
import type { Scenario } from '../scenario';
import { bootServer, cirros, deleteImageQuietly, nanoFlavorId } from './common';

const addressesOf = (server: Server) =>
  Object.fromEntries(Object.entries(server.addresses).map(([network, list]) => [network, list.map((entry) => entry.addr)]));

export const rebuildScenario: Scenario = {
  name: 'rebuild from a snapshot (restore in place) and the instance_uuid filter',
  async run(ctx) {
    const { backend, rec } = ctx;
    const client = await signIn(backend);
    const base = await cirros(client);
    const flavorRef = await nanoFlavorId(client);
    const booted = await bootServer(ctx, client, { name: `${backend.prefix}-vm`, imageRef: base.id, flavorRef, networks: 'auto' });

    const { imageId } = await createServerImage(client.api, booted.id, { name: `${backend.prefix}-snap` });
    ctx.cleanup(() => deleteImageQuietly(client, imageId));
    await ctx.poll(
      'snapshot active and task cleared',
      async () => ({ image: await getImage(client.api, imageId), server: await getServer(client.api, booted.id) }),
      ({ image, server }) => (image.status === 'active' && !server['OS-EXT-STS:task_state']) || image.status === 'killed',
    );

    const filtered = await rec.call(client, 'GET /v2/images?instance_uuid=…', () => listImages(client.api, { instanceUuid: booted.id }), { shape: false });
    rec.value('instance_uuid lists exactly the snapshot', (filtered.result?.images ?? []).map((image) => image.id === imageId));

    await updateImage(client.api, imageId, [{ op: 'replace', path: '/min_ram', value: 1_000_000 }]);
    const tooBig = await rec.call(client, 'rebuild with an image whose min_ram exceeds the flavor', () => rebuildServer(client.api, booted.id, imageId));
    rec.value('min_ram refusal body', tooBig.last?.data ?? null);
    await updateImage(client.api, imageId, [{ op: 'replace', path: '/min_ram', value: 0 }]);

    const before = await getServer(client.api, booted.id);
    await rec.call(client, 'POST /servers/{id}/action rebuild', () => rebuildServer(client.api, booted.id, imageId), { shape: false });
    const statuses: string[] = [];
    const tasks: string[] = [];
    const track = (server: Server) => {
      statuses.push(server.status);
      tasks.push(String(server['OS-EXT-STS:task_state'] ?? null));
    };
    // Right after the first: with the fake virt driver a rebuild may be over after one more round trip.
    const busy = await rec.call(client, 'a second rebuild while the first runs', () => rebuildServer(client.api, booted.id, imageId));
    track(await getServer(client.api, booted.id));
    const conflict = JSON.stringify(busy.last?.data ?? null);
    rec.value('409 names a rebuild task_state', /task_state (rebuilding|rebuild_block_device_mapping|rebuild_spawning)/.test(conflict));
    const after = await ctx.poll('rebuild finished', () => getServer(client.api, booted.id), (server) => server.status !== 'REBUILD' && !server['OS-EXT-STS:task_state'], track);
    // The rebuild's first task state is set by nova-api and may be gone before the first read.
    rec.sequence('server status during the rebuild', statuses, 'transient-start');
    rec.sequence('server task_state during the rebuild', tasks, 'transient-start');
    rec.value('after the rebuild', {
      status: after.status,
      sameId: after.id === booted.id,
      sameAddresses: JSON.stringify(addressesOf(after)) === JSON.stringify(addressesOf(before)),
      imageIsSnapshot: serverImageId(after) === imageId,
      sameName: after.name === before.name,
    });
  },
};

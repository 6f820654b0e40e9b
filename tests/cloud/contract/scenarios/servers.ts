/** Server list: two m1.nano cirros servers (networks auto), their boot, the list and its paging, delete. */
import { listAllServers, listServers, getServer, deleteServer, createServer } from '@/openstack/nova/servers';
import { serverFlavorName, serverIpAddresses, serverImageId } from '@/openstack/nova/server-helpers';
import { signIn } from '../backend';
import type { Scenario } from '../scenario';
import { cirros, isGone, nanoFlavorId } from './common';

/** Keys whose children are data (network names, metadata keys, extra specs). */
export const serverDynamic = ['addresses', 'metadata', 'flavor.extra_specs', 'server.addresses', 'server.metadata', 'server.flavor.extra_specs', 'servers[].addresses', 'servers[].metadata', 'servers[].flavor.extra_specs'];

export const serversScenario: Scenario = {
  name: 'server list',
  async run(ctx) {
    const { backend, rec } = ctx;
    const client = await signIn(backend);
    const image = await cirros(client);
    const flavorRef = await nanoFlavorId(client);
    const names = [`${backend.prefix}-a`, `${backend.prefix}-b`];
    const ids: string[] = [];
    for (const name of names) {
      const created = await rec.call(client, 'POST /servers', () => createServer(client.api, { name, imageRef: image.id, flavorRef, networks: 'auto' }));
      const id = created.result?.id;
      if (!id) throw new Error(`POST /servers failed: ${created.error?.message ?? ''}`);
      ids.push(id);
      ctx.cleanup(async () => {
        if (!(await isGone(() => getServer(client.api, id)))) await deleteServer(client.api, id);
      });
    }
    const statuses: string[][] = ids.map(() => []);
    await ctx.poll(
      'both servers ACTIVE',
      () => Promise.all(ids.map((id) => getServer(client.api, id))),
      (servers) => servers.every((s) => s.status === 'ACTIVE' || s.status === 'ERROR'),
      (servers) => servers.forEach((s, i) => statuses[i]?.push(s.status)),
    );
    rec.sequence('boot: server status', statuses[0] ?? []);
    rec.sequence('boot: server status #b', statuses[1] ?? []);

    const filter = `^${backend.prefix}-`;
    const all = await rec.call(client, 'GET /servers/detail?name=…', () => listServers(client.api, { name: filter }), { shape: { dynamic: serverDynamic } });
    const servers = all.result?.servers ?? [];
    rec.value('listed servers', servers.map((s) => ({ name: s.name, status: s.status, task: s['OS-EXT-STS:task_state'] ?? null, vm: s['OS-EXT-STS:vm_state'] ?? null, power: s['OS-EXT-STS:power_state'] ?? null })).sort((a, b) => a.name.localeCompare(b.name)));
    rec.value(
      'what the page shows per server',
      servers
        .map((s) => ({
          name: s.name,
          image: serverImageId(s) === image.id,
          flavor: serverFlavorName(s),
          addresses: serverIpAddresses(s).map((a) => ({ version: a.version, type: a.type })),
          securityGroups: (s.security_groups ?? []).map((g) => g.name),
          locked: s.locked ?? null,
          keyName: s.key_name ?? null,
          metadata: s.metadata ?? null,
          az: s['OS-EXT-AZ:availability_zone'] ?? null,
          volumes: s['os-extended-volumes:volumes_attached'] ?? null,
        }))
        .sort((a, b) => a.name.localeCompare(b.name)),
    );

    const page1 = await rec.call(client, 'GET /servers/detail?limit=1', () => listServers(client.api, { name: filter, limit: 1 }), { shape: { dynamic: serverDynamic } });
    const marker = page1.result?.nextMarker ?? undefined;
    rec.value('page 1: one server and a next marker that is its id', { count: page1.result?.servers.length ?? 0, markerIsLastId: marker === page1.result?.servers[0]?.id });
    const page2 = await rec.call(client, 'GET /servers/detail?limit=1&marker=…', () => listServers(client.api, { name: filter, limit: 1, marker }), { shape: false });
    const page3 = await rec.call(client, 'GET /servers/detail?limit=1&marker=… (after the last)', () => listServers(client.api, { name: filter, limit: 1, marker: page2.result?.nextMarker ?? undefined }), { shape: false });
    rec.value('pages 2 and 3', { page2: page2.result?.servers.length ?? -1, next2: page2.result?.nextMarker !== null, page3: page3.result?.servers.length ?? -1, next3: page3.result?.nextMarker !== null });
    const everything = await listAllServers(client.api, { name: filter, limit: 1 });
    rec.value('listAllServers with limit 1 finds both, once each', everything.map((s) => s.name).sort());

    const shown = await rec.call(client, 'GET /servers/{id}', () => getServer(client.api, ids[0] ?? ''), { shape: { dynamic: serverDynamic } });
    rec.value('flavor as embedded (2.47+)', shown.result ? { ...shown.result.flavor, extra_specs: null } : null);

    for (const id of ids) {
      await rec.call(client, 'DELETE /servers/{id}', () => deleteServer(client.api, id));
    }
    const deleting: string[] = ['ACTIVE/null'];
    await ctx.poll(
      'servers gone',
      async () => {
        try {
          const s = await getServer(client.api, ids[0] ?? '');
          deleting.push(`${s.status}/${s['OS-EXT-STS:task_state'] ?? 'null'}`);
          return false;
        } catch {
          deleting.push('gone');
          return Promise.all(ids.map((id) => isGone(() => getServer(client.api, id)))).then((gone) => gone.every(Boolean));
        }
      },
      (gone) => gone,
    );
    rec.sequence('delete: status/task_state until 404', deleting);
    const gone = await rec.call(client, 'GET /servers/{id} after delete', () => getServer(client.api, ids[0] ?? ''));
    rec.value('404 body after delete', gone.last?.data ?? null);
  },
};

import type { CloudCore } from '../core';
import { scaled } from '../core';
import type { MockDb, Server } from '../db';
import { flavorCopy, imageMetaOf, noImageMeta, serverRecord } from '../factories';
import { hexFrom, uuidFrom } from '../ids';
import { schedule } from '../lifecycle';
import { recordInstanceAction } from '../ops/instance-actions';
import { createPort } from '../ops/ports';
import { seedIds as ids } from './ids';

const demoKey =
  'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIHd6bW9ja2Nsb3VkZGVtb2tleWZvcnRoZWRhc2hib2FyZA demo@laptop';
const ciKey = 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIGNpa2V5Zm9ydGhlbW9ja2Nsb3VkZGVtb3Byb2plY3Q ci@runner';

function fingerprint(key: string): string {
  return (hexFrom(`fp:${key}`, 32).match(/../g) ?? []).join(':');
}

export function seedKeypairs(db: MockDb): void {
  for (const [name, key, created] of [
    ['demo-key', demoKey, '2026-01-08T09:00:00Z'],
    ['ci-key', ciKey, '2026-01-09T09:00:00Z'],
  ] as const) {
    db.compute.keypairs[`${ids.users.demo}/${name}`] = {
      name,
      user_id: ids.users.demo,
      public_key: key,
      fingerprint: fingerprint(key),
      type: 'ssh',
      created_at: created,
    };
  }
}

export function seedServers(core: CloudCore, db: MockDb, now: number): void {
  const flavor = (id: string) => {
    const f = db.compute.flavors[id];
    if (!f) throw new Error(`seed: flavor ${id} missing`);
    return flavorCopy(f);
  };
  const meta = (imageId: string) => {
    const image = db.image.images[imageId];
    return image ? imageMetaOf(image) : noImageMeta;
  };
  const demo = { project_id: ids.projects.demo, user_id: ids.users.demo };
  const servers: Array<[Server, string | null]> = [
    [serverRecord({ ...demo, id: ids.servers.web1, name: 'web-1', flavor: flavor(ids.flavors.small), image_id: ids.images.cirros, image_meta: meta(ids.images.cirros), key_name: 'demo-key', security_groups: ['default', 'web'], created: '2026-01-12T09:00:00Z', metadata: { role: 'web' } }), '10.0.0.11'],
    [serverRecord({ ...demo, id: ids.servers.db1, name: 'db-1', flavor: flavor(ids.flavors.medium), image_id: ids.images.ubuntu, image_meta: meta(ids.images.ubuntu), key_name: 'demo-key', vm_state: 'stopped', power_state: 4, created: '2026-01-12T09:10:00Z', updated: '2026-02-01T18:00:00Z' }), '10.0.0.12'],
    [serverRecord({ ...demo, id: ids.servers.worker1, name: 'worker-1', flavor: flavor(ids.flavors.tiny), image_id: ids.images.cirros, image_meta: meta(ids.images.cirros), key_name: 'ci-key', vm_state: 'paused', power_state: 3, created: '2026-01-13T14:00:00Z', updated: '2026-02-03T08:00:00Z' }), '10.0.0.13'],
    [serverRecord({ ...demo, id: ids.servers.builder1, name: 'builder-1', flavor: flavor(ids.flavors.small), image_id: ids.images.ubuntu, image_meta: meta(ids.images.ubuntu), vm_state: 'building', task_state: 'spawning', power_state: 0, launched_at: null, created: '2026-03-01T12:00:00Z' }), '10.0.0.14'],
    [serverRecord({ ...demo, id: ids.servers.broken1, name: 'broken-1', flavor: flavor(ids.flavors.large), image_id: ids.images.ubuntu, image_meta: meta(ids.images.ubuntu), vm_state: 'error', power_state: 0, launched_at: null, created: '2026-02-20T16:45:00Z', updated: '2026-02-20T16:45:03Z', fault: { code: 500, message: 'No valid host was found. There are not enough hosts available.', created: '2026-02-20T16:45:03Z' } }), null],
    [serverRecord({ ...demo, id: ids.servers.volApp1, name: 'vol-app-1', flavor: flavor(ids.flavors.small), image_meta: meta(ids.images.ubuntu), key_name: 'demo-key', created: '2026-01-15T11:00:00Z', volumes_attached: [{ id: ids.volumes.volApp1Root, delete_on_termination: true, device: '/dev/vda', boot_index: 0 }] }), '10.0.0.15'],
    [serverRecord({ ...demo, id: ids.servers.volDb1, name: 'vol-db-1', flavor: flavor(ids.flavors.medium), image_meta: meta(ids.images.ubuntu), key_name: 'demo-key', vm_state: 'stopped', power_state: 4, created: '2026-01-15T11:30:00Z', updated: '2026-02-02T07:00:00Z', volumes_attached: [{ id: ids.volumes.volDb1Root, delete_on_termination: false, device: '/dev/vda', boot_index: 0 }, { id: ids.volumes.volDb1Data, delete_on_termination: false, device: '/dev/vdb', boot_index: null }] }), '10.0.0.16'],
    [serverRecord({ project_id: ids.projects.demoAlt, user_id: ids.users.demo, id: ids.servers.altWeb1, name: 'alt-web-1', flavor: flavor(ids.flavors.tiny), image_id: ids.images.cirros, image_meta: meta(ids.images.cirros), created: '2026-02-14T08:00:00Z' }), '10.1.0.11'],
  ];
  for (const [server, ip] of servers) {
    db.compute.servers[server.id] = server;
    if (!ip) continue;
    const alt = server.project_id === ids.projects.demoAlt;
    const network = db.network.networks[alt ? ids.networks.altNet : ids.networks.privateNet];
    const groups = server.security_groups.flatMap((name) =>
      Object.values(db.network.security_groups)
        .filter((g) => g.name === name && g.project_id === server.project_id)
        .map((g) => g.id),
    );
    if (network) createPort(db, { network, projectId: server.project_id, deviceId: server.id, createdAt: server.created, securityGroups: groups, ip });
  }
  // builder-1 finishes its build ~15 s after the cloud starts, like a slow real boot.
  schedule(db, {
    kind: 'server',
    id: ids.servers.builder1,
    startedAt: now,
    steps: [{ at: scaled(core, 15_000), set: { vm_state: 'active', task_state: null, power_state: 1 }, effect: 'server-launched' }],
  });
  // Each server's Action Log starts with its boot; the stopped ones were shut off when last updated.
  for (const [server] of servers) {
    const at = Date.parse(server.created);
    recordInstanceAction(db, server, 'create', { requestId: `req-${uuidFrom(`seed-create:${server.id}`)}`, userId: server.user_id, now: at }, server.vm_state === 'error' ? 'Error' : 'Success');
    if (server.vm_state === 'stopped') {
      recordInstanceAction(db, server, 'stop', { requestId: `req-${uuidFrom(`seed-stop:${server.id}`)}`, userId: server.user_id, now: Date.parse(server.updated) });
    }
  }
}

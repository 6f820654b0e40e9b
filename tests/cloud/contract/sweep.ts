/**
 * Removes whatever a previous (interrupted) run left on the real cloud: servers, images, volume
 * snapshots and volumes whose names start with `contract-` (or `snapshot for contract-`).
 */
import { listAllVolumeSnapshots } from '@/openstack/cinder/snapshots';
import { listVolumes } from '@/openstack/cinder/volumes';
import { listAllImages } from '@/openstack/glance/images';
import { listAllServers } from '@/openstack/nova/servers';
import { realBackend, signIn, type Client } from './backend';
import { deleteImageQuietly, raw } from './scenarios/common';

const ours = (name: string | null | undefined) => (name ?? '').startsWith('contract-') || (name ?? '').startsWith('snapshot for contract-');
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function until(check: () => Promise<boolean>, ms: number): Promise<void> {
  const end = Date.now() + ms;
  while (Date.now() < end && !(await check())) await sleep(500);
}

async function leftovers(client: Client) {
  const [servers, images, snapshots, volumes] = await Promise.all([
    listAllServers(client.api, { name: '^contract-' }),
    listAllImages(client.api, { owner: client.api.projectId }),
    listAllVolumeSnapshots(client.api),
    listVolumes(client.api, { limit: 1000 }),
  ]);
  return {
    servers: servers.filter((s) => ours(s.name)),
    images: images.filter((i) => ours(i.name)),
    snapshots: snapshots.filter((s) => ours(s.name)),
    volumes: volumes.volumes.filter((v) => ours(v.name)),
  };
}

export async function sweepRealCloud(): Promise<void> {
  const client = await signIn(realBackend('contract-sweep'));
  const found = await leftovers(client);
  const count = found.servers.length + found.images.length + found.snapshots.length + found.volumes.length;
  if (count === 0) return;
  console.info(`[contract] sweeping ${count} leftover contract-* resources from the real cloud`);
  await Promise.all(found.servers.map((s) => raw(client, 'compute', 'DELETE', `/servers/${s.id}`)));
  await Promise.all(found.images.map((i) => deleteImageQuietly(client, i.id)));
  await until(async () => (await leftovers(client)).servers.length === 0, 60_000);
  await Promise.all(found.snapshots.map((s) => raw(client, 'volume', 'DELETE', `/snapshots/${s.id}`)));
  await until(async () => (await leftovers(client)).snapshots.length === 0, 60_000);
  await Promise.all(found.volumes.map((v) => raw(client, 'volume', 'DELETE', `/volumes/${v.id}`)));
  await until(async () => (await leftovers(client)).volumes.length === 0, 60_000);
}

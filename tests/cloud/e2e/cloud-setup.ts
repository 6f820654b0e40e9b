/**
 * What the real-cloud e2e arranges through the typed client before the browser starts, and removes
 * afterwards: a running cirros server and a volume snapshot, named `contract-e2e-<time>-…` so the
 * contract suite's sweep also removes anything an interrupted run leaves.
 */
import { createVolumeSnapshot, getVolumeSnapshot } from '@/openstack/cinder/snapshots';
import { createVolume, getVolume } from '@/openstack/cinder/volumes';
import { listAllImages } from '@/openstack/glance/images';
import { createServer, getServer, listAllServers } from '@/openstack/nova/servers';
import { realBackend, signIn, type Client } from '../contract/backend';
import { cirros, deleteImageQuietly, nanoFlavorId, raw } from '../contract/scenarios/common';
import { sweepRealCloud } from '../contract/sweep';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Reads until `done` holds, every 0.5 s, for at most `ms`. */
export async function until<T>(what: string, read: () => Promise<T>, done: (value: T) => boolean, ms = 120_000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const value = await read();
    if (done(value)) return value;
    if (Date.now() > end) throw new Error(`${what}: timed out`);
    await sleep(500);
  }
}

export interface Arranged {
  client: Client;
  prefix: string;
  serverName: string;
  volumeSnapshotName: string;
  imageName: string;
}

export async function arrange(): Promise<Arranged> {
  const prefix = `contract-e2e-${Date.now()}`;
  const client = await signIn(realBackend(prefix));
  const image = await cirros(client);
  const flavorRef = await nanoFlavorId(client);
  const serverName = `${prefix}-vm`;
  const { id } = await createServer(client.api, { name: serverName, imageRef: image.id, flavorRef, networks: 'auto' });
  const volume = await createVolume(client.api, { name: `${prefix}-vol`, size: 1 });
  await until('volume available', () => getVolume(client.api, volume.id), (v) => v.status === 'available');
  const volumeSnapshotName = `${prefix}-vsnap`;
  const snapshot = await createVolumeSnapshot(client.api, { volumeId: volume.id, name: volumeSnapshotName });
  await until('volume snapshot available', () => getVolumeSnapshot(client.api, snapshot.id), (s) => s.status === 'available');
  await until('server ACTIVE', () => getServer(client.api, id), (s) => s.status === 'ACTIVE' || s.status === 'ERROR');
  return { client, prefix, serverName, volumeSnapshotName, imageName: image.name ?? 'cirros' };
}

/** Deletes everything of this run (servers first: snapshots and volumes may be in use), then sweeps. */
export async function tidy(arranged: Arranged | undefined): Promise<void> {
  if (!arranged) return;
  const { client, prefix } = arranged;
  const ours = (name: string | null | undefined) => (name ?? '').includes(prefix);
  const servers = (await listAllServers(client.api, { name: `^${prefix}` })).filter((s) => ours(s.name));
  await Promise.all(servers.map((s) => raw(client, 'compute', 'DELETE', `/servers/${s.id}`)));
  const images = (await listAllImages(client.api, { owner: client.api.projectId })).filter((i) => ours(i.name));
  await Promise.all(images.map((i) => deleteImageQuietly(client, i.id)));
  await sweepRealCloud();
}

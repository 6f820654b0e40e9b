/** Steps several scenarios share: find cirros and m1.nano, boot and delete servers, volumes. */
import type { Agent } from 'node:http';
import type { AxiosResponse, Method } from 'axios';
import { createVolume, getVolume } from '@/openstack/cinder/volumes';
import { deleteVolumeSnapshot, getVolumeSnapshot } from '@/openstack/cinder/snapshots';
import { deleteImage, getImage, listImages } from '@/openstack/glance/images';
import type { Image } from '@/openstack/glance/schemas';
import { listFlavors } from '@/openstack/nova/flavors';
import type { Server, ServerCreate } from '@/openstack/nova/schemas';
import { createServer, deleteServer, getServer } from '@/openstack/nova/servers';
import type { ServiceKind } from '@/openstack/service-kind';
import type { Client } from '../backend';
import type { ScenarioContext } from '../scenario';

/** A request the typed client has no call for, through the same session instance (token, microversion, log). */
export function raw(
  client: Client,
  service: ServiceKind,
  method: Method,
  url: string,
  options: { data?: unknown; headers?: Record<string, string>; params?: Record<string, string>; httpAgent?: Agent } = {},
): Promise<AxiosResponse<unknown>> {
  return client.api.http(service).request({ method, url, ...options, validateStatus: () => true });
}

/** Whether a call fails with 404 (the resource is gone). */
export async function isGone(read: () => Promise<unknown>): Promise<boolean> {
  try {
    await read();
    return false;
  } catch (error) {
    if (error instanceof Error && 'status' in error && error.status === 404) return true;
    throw error;
  }
}

/** The public cirros image each cloud offers (real: `cirros`; mock seed: `cirros-0.6.2`). */
export async function cirros(client: Client): Promise<Image> {
  const { images } = await listImages(client.api, { visibility: 'public', status: 'active' });
  const found = images.filter((image) => image.name?.startsWith('cirros')).sort((a, b) => b.created_at.localeCompare(a.created_at))[0];
  if (!found) throw new Error('no public cirros image');
  return found;
}

export async function nanoFlavorId(client: Client): Promise<string> {
  const flavor = (await listFlavors(client.api)).find((candidate) => candidate.name === 'm1.nano');
  if (!flavor) throw new Error('no m1.nano flavor');
  return flavor.id;
}

export interface Booted {
  id: string;
  server: Server;
  statuses: string[];
  taskStates: string[];
}

/** POST /servers, then polls GET /servers/{id} until ACTIVE; the server is deleted at clean-up. */
export async function bootServer(ctx: ScenarioContext, client: Client, server: ServerCreate): Promise<Booted> {
  const { id } = await createServer(client.api, server);
  ctx.cleanup(() => deleteServerAndWait(ctx, client, id));
  const statuses: string[] = [];
  const taskStates: string[] = [];
  const active = await ctx.poll(
    `server ${server.name} ACTIVE`,
    () => getServer(client.api, id),
    (s) => s.status === 'ACTIVE' || s.status === 'ERROR',
    (s) => {
      statuses.push(s.status);
      taskStates.push(String(s['OS-EXT-STS:task_state'] ?? null));
    },
  );
  if (active.status !== 'ACTIVE') throw new Error(`server ${server.name} went ${active.status}: ${active.fault?.message ?? ''}`);
  return { id, server: active, statuses, taskStates };
}

export async function deleteServerAndWait(ctx: ScenarioContext, client: Client, id: string): Promise<void> {
  if (await isGone(() => getServer(client.api, id))) return;
  await deleteServer(client.api, id);
  await ctx.poll(`server ${id} gone`, () => isGone(() => getServer(client.api, id)), (gone) => gone);
}

/** POST /volumes and waits until available (statuses recorded); deleted at clean-up. */
export async function volumeAvailable(
  ctx: ScenarioContext,
  client: Client,
  input: Parameters<typeof createVolume>[1],
): Promise<{ id: string; statuses: string[] }> {
  const volume = await createVolume(client.api, input);
  ctx.cleanup(() => deleteVolumeAndWait(ctx, client, volume.id));
  const statuses = [volume.status];
  const done = await ctx.poll(
    `volume ${input.name} available`,
    () => getVolume(client.api, volume.id),
    (v) => v.status === 'available' || v.status === 'error',
    (v) => statuses.push(v.status),
  );
  if (done.status !== 'available') throw new Error(`volume ${input.name} went ${done.status}`);
  return { id: volume.id, statuses };
}

export async function deleteVolumeAndWait(ctx: ScenarioContext, client: Client, id: string): Promise<void> {
  if (await isGone(() => getVolume(client.api, id))) return;
  await ctx.poll(`volume ${id} deletable`, () => getVolume(client.api, id), (v) => !['creating', 'attaching', 'detaching', 'in-use', 'reserved'].includes(v.status));
  // The typed client has no volume delete (the dashboard never deletes volumes).
  await raw(client, 'volume', 'DELETE', `/volumes/${id}`);
  await ctx.poll(`volume ${id} gone`, () => isGone(() => getVolume(client.api, id)), (gone) => gone);
}

export async function deleteVolumeSnapshotAndWait(ctx: ScenarioContext, client: Client, id: string): Promise<void> {
  if (await isGone(() => getVolumeSnapshot(client.api, id))) return;
  await ctx.poll(`snapshot ${id} settled`, () => getVolumeSnapshot(client.api, id), (s) => s.status !== 'creating' && s.status !== 'deleting');
  await deleteVolumeSnapshot(client.api, id);
  await ctx.poll(`snapshot ${id} gone`, () => isGone(() => getVolumeSnapshot(client.api, id)), (gone) => gone);
}

export async function deleteImageQuietly(client: Client, id: string): Promise<void> {
  try {
    const image = await getImage(client.api, id);
    if (image.protected) await raw(client, 'image', 'PATCH', `/v2/images/${id}`, { data: [{ op: 'replace', path: '/protected', value: false }], headers: { 'Content-Type': 'application/openstack-images-v2.1-json-patch' } });
    await deleteImage(client.api, id);
  } catch {
    // already gone
  }
}

/**
 * Glance's base attributes are schema; every other top-level key is a custom property. Shapes keep
 * the base attributes and the properties Nova sets on snapshots (facts 12 and 13); other custom
 * properties (the base image's own, which differ between the seeds) collapse into `<property>`.
 */
const baseAttributes = new Set([
  'id', 'name', 'status', 'visibility', 'protected', 'os_hidden', 'owner', 'disk_format', 'container_format', 'size',
  'virtual_size', 'checksum', 'os_hash_algo', 'os_hash_value', 'min_disk', 'min_ram', 'tags', 'created_at', 'updated_at',
  'self', 'file', 'schema', 'stores', 'locations', 'direct_url',
]);
export const novaSnapshotProperties = new Set([
  'image_type', 'instance_uuid', 'base_image_ref', 'user_id', 'owner_user_name', 'owner_project_name', 'owner_id',
  'boot_roles', 'image_location', 'image_state', 'block_device_mapping', 'bdm_v2', 'root_device_name',
]);

export function imageSchemaView(image: unknown, extra: readonly string[] = []): unknown {
  if (typeof image !== 'object' || image === null || Array.isArray(image)) return image;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(image)) {
    if (baseAttributes.has(key) || novaSnapshotProperties.has(key) || extra.includes(key)) out[key] = value;
    else out['<property>'] = value;
  }
  return out;
}

/** Custom properties of an image (everything but the base attributes). */
export function customProperties(image: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(image).filter(([key]) => !baseAttributes.has(key)));
}

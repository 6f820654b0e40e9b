import type { Flavor, Image, InstanceImageMeta, MockDb, Network, Port } from '../db';
import { imageMetaOf, noImageMeta } from '../factories';
import type { Ctx } from '../http/context';
import { badRequest, conflict } from '../http/errors';
import { isRecord, pyRepr, stringMap, type Json } from '../http/input';
import { GiB } from '../time';
import { bdmsFromImage, parseBdms, type BootVolume } from './boot-bdm';
import { canSeeImage } from './image-access';

export interface BootNic {
  network: Network;
  port?: Port;
}

/** A validated POST /servers request. */
export interface BootPlan {
  name: string;
  flavor: Flavor;
  image: Image | null;
  imageMeta: InstanceImageMeta;
  nics: BootNic[];
  keyName: string | null;
  securityGroups: string[];
  metadata: Record<string, string>;
  description: string | null;
  minCount: number;
  maxCount: number;
  volumes: BootVolume[];
  volumeBacked: boolean;
}

const bootSequence = 'Block Device Mapping is Invalid: Boot sequence for the instance and image/block device mapping combination is not valid.';

function schemaError(field: string, value: unknown, why: string): Error {
  return badRequest(`Invalid input for field/attribute ${field}. Value: ${pyRepr(value)}. ${why}`);
}

function countParam(server: Json, key: string): number {
  const raw = server[key];
  if (raw === undefined) return 1;
  const n = typeof raw === 'string' ? Number(raw) : raw;
  if (typeof n !== 'number' || !Number.isInteger(n) || n < 1) throw schemaError(key, raw, `${pyRepr(raw)} is less than the minimum of 1`);
  return n;
}

function visibleNetworks(db: MockDb, projectId: string): Network[] {
  return Object.values(db.network.networks).filter((n) => n.project_id === projectId || n.shared || n.external);
}

function resolveNics(ctx: Ctx, raw: unknown): BootNic[] {
  const db = ctx.db;
  const project = ctx.auth.project.id;
  if (raw === 'none') return [];
  if (raw === undefined || raw === 'auto') {
    const own = Object.values(db.network.networks).filter((n) => n.project_id === project && !n.external);
    const candidates = own.length > 0 ? own : Object.values(db.network.networks).filter((n) => n.shared);
    if (candidates.length > 1) throw conflict('Multiple possible networks found, use a Network ID to be more specific.');
    const first = candidates[0];
    if (!first) {
      if (raw === 'auto') throw badRequest(`Unable to automatically allocate a network for project ${project}`);
      return [];
    }
    return [{ network: first }];
  }
  if (!Array.isArray(raw)) throw schemaError('networks', raw, `${pyRepr(raw)} is not valid under any of the given schemas`);
  return raw.map((item): BootNic => {
    if (!isRecord(item)) throw schemaError('networks', item, `${pyRepr(item)} is not of type 'object'`);
    if (typeof item['port'] === 'string') {
      const port = db.network.ports[item['port']];
      if (!port || port.project_id !== project) throw badRequest(`Port id ${item['port']} could not be found.`);
      if (port.device_id) throw conflict(`Port ${port.id} is still in use.`);
      const network = db.network.networks[port.network_id];
      if (!network) throw badRequest(`Network ${port.network_id} could not be found.`);
      return { network, port };
    }
    const uuid = typeof item['uuid'] === 'string' ? item['uuid'] : '';
    const network = visibleNetworks(db, project).find((n) => n.id === uuid);
    if (!network) throw badRequest(`Network ${uuid} could not be found.`);
    return { network };
  });
}

function metaFromVolume(db: MockDb, volume: BootVolume): InstanceImageMeta {
  if (volume.kind === 'image') return imageMetaOf(volume.image);
  const source =
    volume.kind === 'existing'
      ? volume.volume.image_metadata
      : volume.kind === 'snapshot'
        ? (db.volume.volumes[volume.snapshot.volume_id]?.image_metadata ?? null)
        : null;
  if (!source) return noImageMeta;
  const { image_name = '', min_disk = '0', min_ram = '0', size = '0', disk_format, container_format, ...properties } = source;
  delete properties['image_id'];
  delete properties['checksum'];
  return { name: image_name, min_disk: Number(min_disk), min_ram: Number(min_ram), size: Number(size), disk_format: disk_format ?? null, container_format: container_format ?? null, properties };
}

/** Nova's checks for POST /servers, in roughly its order; throws the 400s Nova gives. */
export async function parseBoot(ctx: Ctx): Promise<BootPlan> {
  const db = ctx.db;
  const auth = ctx.auth;
  const body = await ctx.json();
  const server = isRecord(body) ? body['server'] : undefined;
  if (!isRecord(server)) throw schemaError('server', server, "'server' is a required property");
  const required = ['name', 'flavorRef', ...(ctx.mv >= 37 ? ['networks'] : [])];
  for (const key of required) {
    if (!(key in server)) throw schemaError('server', server, `'${key}' is a required property`);
  }
  const name = server['name'];
  if (typeof name !== 'string' || name.trim() === '' || name.length > 255) throw schemaError('name', name, `${pyRepr(name)} is not a valid server name`);
  const networksRaw = server['networks'];
  if (typeof networksRaw === 'string' && (ctx.mv < 37 || !['auto', 'none'].includes(networksRaw))) {
    throw schemaError('networks', networksRaw, `${pyRepr(networksRaw)} is not valid under any of the given schemas`);
  }
  const flavorId = String(server['flavorRef']).split('/').pop() ?? '';
  const flavor = db.compute.flavors[flavorId];
  if (!flavor || flavor.disabled) throw badRequest(`Flavor ${flavorId} could not be found.`);
  const minCount = countParam(server, 'min_count');
  const maxCount = Math.max(countParam(server, 'max_count'), minCount);
  if (server['max_count'] !== undefined && countParam(server, 'max_count') < minCount) throw badRequest('min_count must be <= max_count');

  const imageRef = typeof server['imageRef'] === 'string' ? (server['imageRef'].split('/').pop() ?? '') : '';
  let image: Image | null = null;
  if (imageRef) {
    const found = db.image.images[imageRef];
    if (!found || !canSeeImage(found, auth)) throw badRequest(`Image ${imageRef} could not be found.`);
    if (found.status !== 'active') throw badRequest(`Image ${imageRef} is not active.`);
    image = found;
  }
  const volumes = [...(image ? (bdmsFromImage(db, auth, image) ?? []) : []), ...parseBdms(db, auth, server['block_device_mapping_v2'])];
  const roots = volumes.filter((v) => v.bootIndex === 0);
  if (roots.length > 1 || (!image && roots.length === 0)) throw badRequest(bootSequence);
  const root = roots[0];
  if (maxCount > 1 && volumes.some((v) => v.kind === 'existing')) throw badRequest('Cannot attach one or more volumes to multiple instances');
  const imageMeta = image ? imageMetaOf(image) : root ? metaFromVolume(db, root) : noImageMeta;
  if (image && !root && flavor.disk > 0) {
    if (flavor.disk * GiB < (image.size ?? 0)) {
      throw badRequest(`Flavor's disk is too small for requested image. Flavor disk is ${flavor.disk * GiB} bytes, image is ${image.size ?? 0} bytes.`);
    }
    if (flavor.disk < image.min_disk) {
      throw badRequest(`Flavor's disk is too small for requested image. Flavor disk is ${flavor.disk * GiB} bytes, minimum requested disk is ${image.min_disk * GiB} bytes.`);
    }
  }
  if (flavor.ram < imageMeta.min_ram) throw badRequest("Flavor's memory is too small for requested image.");

  const nics = resolveNics(ctx, networksRaw);
  const keyName = typeof server['key_name'] === 'string' ? server['key_name'] : null;
  if (keyName !== null && !db.compute.keypairs[`${auth.user.id}/${keyName}`]) throw badRequest('Invalid key_name provided.');
  const groupsRaw = Array.isArray(server['security_groups']) ? server['security_groups'] : [{ name: 'default' }];
  const securityGroups = groupsRaw.map((g) => (isRecord(g) && typeof g['name'] === 'string' ? g['name'] : ''));
  for (const group of securityGroups) {
    const exists = Object.values(db.network.security_groups).some((g) => g.project_id === auth.project.id && (g.name === group || g.id === group));
    if (!exists) throw badRequest(`Security group ${group} not found for project ${auth.project.id}.`);
  }
  const az = server['availability_zone'];
  if (az !== undefined && az !== null && az !== 'nova') throw badRequest('The requested availability zone is not available');
  const metadata = stringMap(server['metadata']);
  if (metadata === null) throw schemaError('metadata', server['metadata'], 'metadata values must be strings');
  const description = typeof server['description'] === 'string' ? server['description'] : null;
  return { name, flavor, image, imageMeta, nics, keyName, securityGroups, metadata, description, minCount, maxCount, volumes, volumeBacked: root !== undefined };
}

import type { Image, Visibility } from '../db';
import { imageRecord } from '../factories';
import type { Ctx } from '../http/context';
import { ApiError, badRequest, conflict, forbidden } from '../http/errors';
import { isRecord, pyRepr } from '../http/input';
import { json } from '../http/respond';
import { nextId } from '../ids';
import { isoSeconds } from '../time';
import { imageView } from '../views/glance';

const readOnly = new Set([
  'status', 'size', 'virtual_size', 'checksum', 'os_hash_algo', 'os_hash_value', 'created_at', 'updated_at',
  'self', 'file', 'schema', 'stores', 'direct_url', 'locations',
]);
const reserved = new Set(['location', 'deleted', 'deleted_at']);
const diskFormats = [null, 'ami', 'ari', 'aki', 'vhd', 'vhdx', 'vmdk', 'raw', 'qcow2', 'vdi', 'iso', 'ploop'];
const containerFormats = [null, 'ami', 'ari', 'aki', 'bare', 'ovf', 'ova', 'docker', 'compressed'];
const visibilities: Visibility[] = ['public', 'private', 'shared', 'community'];
const uuid = /^[0-9a-f]{8}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{12}$/i;

/** Glance's jsonschema message (first paragraph and the failing instance, as Glance writes it). */
function schemaError(value: unknown, why: string, where: string, key: string): ApiError {
  return badRequest(`Provided object does not match schema 'image': ${pyRepr(value)} ${why}\n\nFailed validating ${where}\n\nOn instance['${key}']:\n    ${pyRepr(value)}`);
}

function enumOf(key: string, value: unknown, allowed: ReadonlyArray<string | null>): string | null {
  if (value === null || value === undefined) return null;
  if (typeof value !== 'string' || !allowed.includes(value)) {
    throw schemaError(value, `is not one of ${pyRepr(allowed)}`, `'enum' in schema['properties']['${key}']:`, key);
  }
  return value;
}

function count(key: string, value: unknown): number {
  if (value === undefined) return 0;
  if (typeof value !== 'number' || !Number.isInteger(value)) throw schemaError(value, "is not of type 'integer'", `'type' in schema['properties']['${key}']:`, key);
  if (value < 0) throw schemaError(value, 'is less than the minimum of 0', `'minimum' in schema['properties']['${key}']:`, key);
  return value;
}

function flag(key: string, value: unknown): boolean {
  if (value === undefined) return false;
  if (typeof value !== 'boolean') throw schemaError(value, "is not of type 'boolean'", `'type' in schema['properties']['${key}']:`, key);
  return value;
}

const base = new Set(['id', 'name', 'visibility', 'protected', 'os_hidden', 'disk_format', 'container_format', 'min_disk', 'min_ram', 'tags', 'owner']);

/** POST /v2/images: a queued image record (no data), 201 with a Location, as Glance creates one. */
export async function createImage(ctx: Ctx): Promise<Response> {
  const body = await ctx.json();
  if (!isRecord(body)) throw badRequest('Body expected in request.');
  for (const [key, value] of Object.entries(body)) {
    if (base.has(key) || readOnly.has(key)) continue;
    if (typeof value !== 'string') throw schemaError(value, "is not of type 'string'", "'type' in schema['additionalProperties']:\n    {'type': 'string'}", key);
  }
  const blocked = Object.keys(body).find((key) => readOnly.has(key));
  if (blocked) throw forbidden(`Attribute '${blocked}' is read-only.`);
  const reservedKey = Object.keys(body).find((key) => reserved.has(key));
  if (reservedKey) throw forbidden(`Attribute '${reservedKey}' is reserved.`);
  const name = body['name'];
  if (name !== undefined && name !== null && (typeof name !== 'string' || name.length > 255)) {
    throw schemaError(name, "is not of type 'null', 'string'", "'type' in schema['properties']['name']:", 'name');
  }
  const visibility = body['visibility'] ?? 'shared';
  const chosen = visibilities.find((v) => v === visibility);
  if (!chosen) throw schemaError(visibility, `is not one of ${pyRepr(visibilities)}`, "'enum' in schema['properties']['visibility']:", 'visibility');
  if (chosen === 'public' && !ctx.auth.isAdmin) throw forbidden('You are not authorized to complete publicize_image action.');
  const tags = body['tags'] ?? [];
  if (!Array.isArray(tags) || !tags.every((tag): tag is string => typeof tag === 'string')) {
    throw schemaError(tags, "is not of type 'array'", "'type' in schema['properties']['tags']:", 'tags');
  }
  const owner = body['owner'];
  if (owner !== undefined && owner !== ctx.auth.project.id && !ctx.auth.isAdmin) {
    throw forbidden('You are not permitted to create images owned by another project.');
  }
  const requestedId = body['id'];
  if (requestedId !== undefined && (typeof requestedId !== 'string' || !uuid.test(requestedId))) {
    throw schemaError(requestedId, "does not match '^([0-9a-fA-F]){8}-([0-9a-fA-F]){4}-([0-9a-fA-F]){4}-([0-9a-fA-F]){4}-([0-9a-fA-F]){12}$'", "'pattern' in schema['properties']['id']:", 'id');
  }
  if (typeof requestedId === 'string' && ctx.db.image.images[requestedId]) throw conflict(`Image with identifier ${requestedId} already exists!`);
  const limit = ctx.db.image.limits?.['image_count_total'];
  const mine = Object.values(ctx.db.image.images).filter((image) => image.owner === ctx.auth.project.id).length;
  if (limit !== undefined && limit >= 0 && mine + 1 > limit) {
    throw new ApiError(413, `Project ${ctx.auth.project.id} is over a limit for [Resource image_count_total is over limit of ${limit} due to current usage ${mine} and delta 1]`);
  }
  const properties = Object.fromEntries(Object.entries(body).filter(([key]) => !base.has(key)).map(([key, value]) => [key, String(value)]));
  const id = typeof requestedId === 'string' ? requestedId : nextId(ctx.db, 'image');
  const image: Image = imageRecord({
    id,
    name: typeof name === 'string' ? name : null,
    owner: typeof owner === 'string' ? owner : ctx.auth.project.id,
    created_at: isoSeconds(ctx.now),
    status: 'queued',
    visibility: chosen,
    protected: flag('protected', body['protected']),
    os_hidden: flag('os_hidden', body['os_hidden']),
    disk_format: enumOf('disk_format', body['disk_format'], diskFormats),
    container_format: enumOf('container_format', body['container_format'], containerFormats),
    min_disk: count('min_disk', body['min_disk']),
    min_ram: count('min_ram', body['min_ram']),
    tags: [...new Set(tags)],
    properties,
  });
  ctx.db.image.images[id] = image;
  return json(imageView(image), 201, { Location: `${ctx.core.baseUrl}/image/v2/images/${id}` });
}

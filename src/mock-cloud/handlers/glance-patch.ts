import type { Image, Visibility } from '../db';
import type { Ctx } from '../http/context';
import { ApiError, badRequest, conflict, forbidden } from '../http/errors';
import { isRecord } from '../http/input';
import { cancelPlan } from '../lifecycle';
import { baseImageAttributes } from '../views/glance';

const patchTypes = ['application/openstack-images-v2.1-json-patch', 'application/openstack-images-v2.0-json-patch'];
const readOnly = new Set([
  'id', 'status', 'size', 'virtual_size', 'checksum', 'os_hash_algo', 'os_hash_value', 'owner',
  'created_at', 'updated_at', 'self', 'file', 'schema', 'stores', 'direct_url', 'locations',
]);
const reserved = new Set(['deleted', 'deleted_at', 'location']);

export function checkPatchMediaType(ctx: Ctx): void {
  const type = (ctx.request.headers.get('Content-Type') ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
  if (!patchTypes.includes(type)) throw new ApiError(415, `Unsupported Content-Type`);
}

function nonNegativeInt(name: string, value: unknown): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0) {
    throw badRequest(`Invalid value for ${name}: ${JSON.stringify(value)} is not a non-negative integer`);
  }
  return value;
}

function setBase(ctx: Ctx, image: Image, name: string, value: unknown): void {
  switch (name) {
    case 'name':
      if (value !== null && typeof value !== 'string') throw badRequest(`Invalid value for name: not a string`);
      image.name = value;
      return;
    case 'protected':
    case 'os_hidden':
      if (typeof value !== 'boolean') throw badRequest(`Invalid value for ${name}: ${JSON.stringify(value)} is not of type 'boolean'`);
      image[name] = value;
      return;
    case 'min_disk':
    case 'min_ram':
      image[name] = nonNegativeInt(name, value);
      return;
    case 'tags':
      if (!Array.isArray(value) || !value.every((t) => typeof t === 'string')) throw badRequest('Invalid value for tags');
      image.tags = [...new Set(value.filter((t): t is string => typeof t === 'string'))];
      return;
    case 'visibility': {
      const allowed: Visibility[] = ['public', 'private', 'shared', 'community'];
      const v = allowed.find((a) => a === value);
      if (!v) throw badRequest(`Invalid visibility value: ${String(value)}`);
      if (v === 'public' && !ctx.auth.isAdmin) throw forbidden('You are not authorized to complete publicize_image action.');
      image.visibility = v;
      return;
    }
    case 'disk_format':
    case 'container_format':
      if (image.status !== 'queued') throw forbidden(`Attribute ${name} can be only replaced for a queued image.`);
      if (typeof value !== 'string') throw badRequest(`Invalid value for ${name}`);
      image[name] = value;
      return;
    default:
      throw forbidden(`Attribute '${name}' is read-only.`);
  }
}

/** Applies an RFC 6902-style change list the way Glance does (add/replace/remove; read-only base attributes → 403). */
export function applyPatch(ctx: Ctx, image: Image, changes: unknown): void {
  if (!Array.isArray(changes)) throw badRequest('Request body must be a JSON array of operation objects.');
  for (const change of changes) {
    if (!isRecord(change)) throw badRequest('Operations must be JSON objects.');
    const op = change['op'];
    const path = change['path'];
    if (op !== 'add' && op !== 'replace' && op !== 'remove') {
      throw badRequest('Operation objects must contain exactly one member named "add", "remove", or "replace".');
    }
    if (typeof path !== 'string' || !path.startsWith('/')) throw badRequest(`Unable to find '${String(path)}' in JSON Schema change`);
    const name = path.slice(1).replaceAll('~1', '/').replaceAll('~0', '~');
    if (reserved.has(name)) throw forbidden(`Attribute '${name}' is reserved.`);
    if (readOnly.has(name)) throw forbidden(`Attribute '${name}' is read-only.`);
    if (baseImageAttributes.has(name)) {
      if (op === 'remove') throw forbidden(`Cannot remove the base attribute '${name}'.`);
      setBase(ctx, image, name, change['value']);
      continue;
    }
    const exists = Object.hasOwn(image.properties, name);
    if (op === 'remove' || op === 'replace') {
      if (!exists) throw conflict(`Property ${name} does not exist.`);
      if (op === 'remove') {
        delete image.properties[name];
        continue;
      }
    }
    const value = change['value'];
    if (typeof value !== 'string') throw badRequest(`Provided object does not match schema 'image': ${JSON.stringify(value)} is not of type 'string'`);
    image.properties[name] = value;
  }
}

export function deleteImage(ctx: Ctx, image: Image): void {
  delete ctx.db.image.images[image.id];
  cancelPlan(ctx.db, 'image', image.id);
}

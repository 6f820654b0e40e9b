import type { Server } from '../db';
import { computeQuotaDefaults } from '../db/compute';
import type { Ctx } from '../http/context';
import { badRequest, forbidden, notFound } from '../http/errors';
import { isRecord, pyRepr } from '../http/input';
import { empty, json } from '../http/respond';
import { isoSeconds } from '../time';
import { visibleServer } from './nova-servers';

/** Nova's metadata schema: keys of 1–255 characters, string values of at most 255. */
function metadataBody(value: unknown, field: 'metadata' | 'meta'): Record<string, string> {
  const body = isRecord(value) ? value[field] : undefined;
  if (!isRecord(body)) {
    throw badRequest(`Invalid input for field/attribute ${field}. Value: ${pyRepr(body)}. ${pyRepr(body)} is not of type 'object'`);
  }
  const out: Record<string, string> = {};
  for (const [key, item] of Object.entries(body)) {
    if (key.length < 1 || key.length > 255) throw badRequest(`Invalid input for field/attribute ${field}. Value: ${pyRepr(body)}. Additional properties are not allowed ('${key}' was unexpected)`);
    if (typeof item !== 'string') throw badRequest(`Invalid input for field/attribute ${key}. Value: ${pyRepr(item)}. ${pyRepr(item)} is not of type 'string'`);
    if (item.length > 255) throw badRequest(`Invalid input for field/attribute ${key}. Value: ${item}. '${item}' is too long`);
    out[key] = item;
  }
  return out;
}

function store(ctx: Ctx, server: Server, metadata: Record<string, string>): void {
  const limit = ctx.db.compute.quotas[server.project_id]?.['metadata_items'] ?? computeQuotaDefaults['metadata_items'] ?? 128;
  if (limit >= 0 && Object.keys(metadata).length > limit) throw forbidden(`Quota exceeded for metadata_items: Requested ${Object.keys(metadata).length}, but already used 0 of ${limit} metadata_items`);
  server.metadata = metadata;
  server.updated = isoSeconds(ctx.now);
}

/** GET /servers/{id}/metadata */
export function showMetadata(ctx: Ctx): Response {
  return json({ metadata: visibleServer(ctx, ctx.param('server_id')).metadata });
}

/** POST merges, PUT replaces: both answer the whole set. */
export async function writeMetadata(ctx: Ctx, mode: 'merge' | 'replace'): Promise<Response> {
  const server = visibleServer(ctx, ctx.param('server_id'));
  const incoming = metadataBody(await ctx.json(), 'metadata');
  store(ctx, server, mode === 'merge' ? { ...server.metadata, ...incoming } : incoming);
  return json({ metadata: server.metadata });
}

/** PUT /servers/{id}/metadata/{key} with `{"meta": {key: value}}`. */
export async function writeMetadataItem(ctx: Ctx): Promise<Response> {
  const server = visibleServer(ctx, ctx.param('server_id'));
  const key = ctx.param('key');
  const meta = metadataBody(await ctx.json(), 'meta');
  const keys = Object.keys(meta);
  if (keys.length > 1) throw badRequest('Request body contains too many items');
  if (keys[0] !== key) throw badRequest('Request body and URI mismatch');
  store(ctx, server, { ...server.metadata, ...meta });
  return json({ meta });
}

/** DELETE /servers/{id}/metadata/{key} */
export function deleteMetadataItem(ctx: Ctx): Response {
  const server = visibleServer(ctx, ctx.param('server_id'));
  const key = ctx.param('key');
  if (!(key in server.metadata)) throw notFound('Metadata item was not found');
  const rest = { ...server.metadata };
  delete rest[key];
  store(ctx, server, rest);
  return empty(204);
}

export function showMetadataItem(ctx: Ctx): Response {
  const server = visibleServer(ctx, ctx.param('server_id'));
  const value = server.metadata[ctx.param('key')];
  if (value === undefined) throw notFound('Metadata item was not found');
  return json({ meta: { [ctx.param('key')]: value } });
}

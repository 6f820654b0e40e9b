import type { Keypair } from '../db';
import type { Ctx } from '../http/context';
import { badRequest, forbidden, notFound } from '../http/errors';
import { parseIntParam } from '../http/input';
import { json } from '../http/respond';
import { computeLimit, computeUsage, keypairCount } from '../ops/usage';
import { withMarker } from '../paging';
import { flavorView } from '../views/nova';

export function listFlavors(ctx: Ctx, detail: boolean): Response {
  const flavors = Object.values(ctx.db.compute.flavors)
    .filter((f) => f.is_public || ctx.auth.isAdmin)
    .sort((a, b) => a.id.localeCompare(b.id, 'en', { numeric: true }));
  return json({ flavors: flavors.map((f) => flavorView(ctx, f, detail)) });
}

export function showFlavor(ctx: Ctx): Response {
  const flavor = ctx.db.compute.flavors[ctx.param('flavor_id')];
  if (!flavor) throw notFound(`Flavor ${ctx.param('flavor_id')} could not be found.`);
  return json({ flavor: flavorView(ctx, flavor, true) });
}

function keypairView(ctx: Ctx, keypair: Keypair, detail: boolean): Record<string, unknown> {
  const view: Record<string, unknown> = { name: keypair.name, public_key: keypair.public_key, fingerprint: keypair.fingerprint };
  if (ctx.mv >= 2) view['type'] = keypair.type;
  if (detail) Object.assign(view, { user_id: keypair.user_id, created_at: keypair.created_at, deleted: false, deleted_at: null, updated_at: null, id: 1 });
  return view;
}

/** GET /os-keypairs: the user's keypairs, wrapped, with limit/marker and keypairs_links from 2.35. */
export function listKeypairs(ctx: Ctx): Response {
  const mine = Object.values(ctx.db.compute.keypairs)
    .filter((k) => k.user_id === ctx.auth.user.id)
    .sort((a, b) => a.created_at.localeCompare(b.created_at) || a.name.localeCompare(b.name));
  if (ctx.mv < 35) return json({ keypairs: mine.map((k) => ({ keypair: keypairView(ctx, k, false) })) });
  const rawLimit = parseIntParam(ctx.query.get('limit'));
  if (rawLimit === 'invalid' || (rawLimit !== undefined && rawLimit < 0)) throw badRequest('Invalid input for query parameters limit.');
  const markerName = ctx.query.get('marker');
  let start = 0;
  if (markerName !== null) {
    start = mine.findIndex((k) => k.name === markerName) + 1;
    if (start === 0) throw badRequest(`Marker ${markerName} could not be found.`);
  }
  const limit = Math.min(rawLimit ?? 1000, 1000);
  const page = mine.slice(start, start + limit);
  const body: Record<string, unknown> = { keypairs: page.map((k) => ({ keypair: keypairView(ctx, k, false) })) };
  const last = page.at(-1);
  if (last && page.length === limit) {
    body['keypairs_links'] = [{ rel: 'next', href: `${ctx.core.baseUrl}/compute/v2.1/os-keypairs?${withMarker(ctx.query, last.name)}` }];
  }
  return json(body);
}

export function showKeypair(ctx: Ctx): Response {
  const keypair = ctx.db.compute.keypairs[`${ctx.auth.user.id}/${ctx.param('name')}`];
  if (!keypair) throw notFound(`Keypair ${ctx.param('name')} not found for user ${ctx.auth.user.id}`);
  return json({ keypair: keypairView(ctx, keypair, true) });
}

export function limits(ctx: Ctx): Response {
  const project = ctx.auth.project.id;
  const used = computeUsage(ctx.db, project);
  const limit = (key: string) => computeLimit(ctx.db, project, key);
  const absolute: Record<string, number> = {
    maxServerMeta: limit('metadata_items'),
    maxTotalCores: limit('cores'),
    maxTotalInstances: limit('instances'),
    maxTotalKeypairs: limit('key_pairs'),
    maxTotalRAMSize: limit('ram'),
    maxServerGroups: limit('server_groups'),
    maxServerGroupMembers: limit('server_group_members'),
    totalCoresUsed: used.cores,
    totalInstancesUsed: used.instances,
    totalRAMUsed: used.ram,
    totalServerGroupsUsed: 0,
  };
  if (ctx.mv < 57) Object.assign(absolute, { maxImageMeta: limit('metadata_items'), maxPersonality: limit('injected_files'), maxPersonalitySize: limit('injected_file_content_bytes') });
  if (ctx.mv < 36) {
    Object.assign(absolute, { maxSecurityGroupRules: -1, maxSecurityGroups: -1, maxTotalFloatingIps: -1, totalSecurityGroupsUsed: 0, totalFloatingIpsUsed: 0 });
  }
  return json({ limits: { absolute, rate: [] } });
}

export function quotaSet(ctx: Ctx, detail: boolean): Response {
  const project = ctx.param('project_id');
  if (project !== ctx.auth.project.id && !ctx.auth.isAdmin) {
    throw forbidden("Policy doesn't allow os_compute_api:os-quota-sets:show to be performed.");
  }
  const used = computeUsage(ctx.db, project);
  const inUse: Record<string, number> = { instances: used.instances, cores: used.cores, ram: used.ram, key_pairs: keypairCount(ctx.db, ctx.auth.user.id) };
  const keys = ['cores', 'instances', 'key_pairs', 'metadata_items', 'ram', 'server_groups', 'server_group_members'];
  if (ctx.mv < 57) keys.push('injected_files', 'injected_file_content_bytes', 'injected_file_path_bytes');
  if (ctx.mv < 36) keys.push('fixed_ips', 'floating_ips', 'security_groups', 'security_group_rules');
  const set: Record<string, unknown> = { id: project };
  for (const key of keys.sort()) {
    const limit = computeLimit(ctx.db, project, key);
    set[key] = detail ? { in_use: inUse[key] ?? 0, limit, reserved: 0 } : limit;
  }
  return json({ quota_set: set });
}

export function availabilityZones(): Response {
  return json({ availabilityZoneInfo: [{ zoneName: 'nova', zoneState: { available: true }, hosts: null }] });
}

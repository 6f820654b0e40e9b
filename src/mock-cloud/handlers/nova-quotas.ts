import type { Ctx } from '../http/context';
import { forbidden } from '../http/errors';
import { json } from '../http/respond';
import { computeLimit, computeUsage, keypairCount } from '../ops/usage';

/** GET /limits: the project's absolute compute limits and usage, with the keys each microversion drops. */
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

/** GET /os-quota-sets/:project_id[/detail]: limits, or limits with in_use and reserved. */
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

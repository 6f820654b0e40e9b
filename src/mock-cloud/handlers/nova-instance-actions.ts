import type { InstanceActionRecord } from '../db';
import type { Ctx } from '../http/context';
import { notFound } from '../http/errors';
import { json } from '../http/respond';
import { instanceActionDetailView, instanceActionView } from '../views/instance-actions';

/** The server's actions, also after it is gone (2.21+); 404 for another project's server. */
function visibleActions(ctx: Ctx, serverId: string): InstanceActionRecord[] {
  const server = ctx.db.compute.servers[serverId];
  const records = ctx.db.compute.instance_actions[serverId] ?? [];
  const project = server?.project_id ?? records[0]?.project_id;
  const deletedVisible = server !== undefined || ctx.mv >= 21;
  if (project === undefined || !deletedVisible || (project !== ctx.auth.project.id && !ctx.auth.isAdmin)) {
    throw notFound(`Instance ${serverId} could not be found.`);
  }
  return records;
}

/** GET /servers/{id}/os-instance-actions: newest first. */
export function listInstanceActions(ctx: Ctx): Response {
  const records = [...visibleActions(ctx, ctx.param('server_id'))].sort((a, b) => b.startedAt - a.startedAt);
  return json({ instanceActions: records.map((r) => instanceActionView(ctx, r)) });
}

/** GET /servers/{id}/os-instance-actions/{request_id}. */
export function showInstanceAction(ctx: Ctx): Response {
  const serverId = ctx.param('server_id');
  const requestId = ctx.param('request_id');
  const record = visibleActions(ctx, serverId).find((r) => r.request_id === requestId);
  if (!record) throw notFound(`Action ${requestId} on instance ${serverId} could not be found.`);
  return json({ instanceAction: instanceActionDetailView(ctx, record) });
}

import { scaled } from '../core';
import type { Server } from '../db';
import type { Ctx } from '../http/context';
import { badRequest, conflict, notFound } from '../http/errors';
import { parseIntParam } from '../http/input';
import { empty, json } from '../http/respond';
import { hexFrom } from '../ids';
import { planKey } from '../db/plans';
import { schedule } from '../lifecycle';
import { parseBoot } from '../ops/boot';
import { recordInstanceAction } from '../ops/instance-actions';
import { launch } from '../ops/launch';
import { comparator, pageAfter, parseSort, withMarker } from '../paging';
import { isoSeconds } from '../time';
import { portsByDevice, serverBrief, serverDetail, statusOf } from '../views/nova';

const maxLimit = 1000;
/** Nova's sort keys, plus the friendlier name/status/id aliases. */
const sortAliases: Record<string, string> = { name: 'display_name', status: 'vm_state', id: 'uuid' };
const sortKeys = [
  'access_ip_v4', 'availability_zone', 'created_at', 'display_name', 'display_description', 'host', 'hostname',
  'image_ref', 'instance_type_id', 'key_name', 'launched_at', 'locked', 'power_state', 'progress', 'project_id',
  'task_state', 'terminated_at', 'updated_at', 'user_id', 'uuid', 'vm_state', ...Object.keys(sortAliases),
];

function sortValue(server: Server, key: string): unknown {
  switch (sortAliases[key] ?? key) {
    case 'display_name': return server.name;
    case 'display_description': return server.description;
    case 'uuid': return server.id;
    case 'created_at': return server.created;
    case 'updated_at': return server.updated;
    case 'image_ref': return server.image_id;
    case 'instance_type_id': return server.flavor.id;
    case 'availability_zone': return server.availability_zone;
    case 'key_name': return server.key_name;
    case 'launched_at': return server.launched_at;
    case 'locked': return server.locked;
    case 'power_state': return server.power_state;
    case 'task_state': return server.task_state;
    case 'vm_state': return server.vm_state;
    case 'project_id': return server.project_id;
    case 'user_id': return server.user_id;
    case 'hostname': return server.hostname;
    default: return null;
  }
}

export function visibleServer(ctx: Ctx, id: string): Server {
  const server = ctx.db.compute.servers[id];
  if (!server || (server.project_id !== ctx.auth.project.id && !ctx.auth.isAdmin)) throw notFound(`Instance ${id} could not be found.`);
  return server;
}

function nameMatcher(pattern: string | null): (name: string) => boolean {
  if (pattern === null) return () => true;
  try {
    const re = new RegExp(pattern, 'i');
    return (name) => re.test(name);
  } catch {
    return (name) => name.toLowerCase().includes(pattern.toLowerCase());
  }
}

/** GET /servers and /servers/detail: the project's servers, filtered, sorted, paged with servers_links. */
export function listServers(ctx: Ctx, detail: boolean): Response {
  const q = ctx.query;
  const rawLimit = parseIntParam(q.get('limit'));
  if (rawLimit === 'invalid' || (rawLimit !== undefined && rawLimit < 0)) {
    throw badRequest(`Invalid input for query parameters limit. Value: ${q.get('limit') ?? ''}. '${q.get('limit') ?? ''}' does not match '^[0-9]*$'`);
  }
  const limit = Math.min(rawLimit ?? maxLimit, maxLimit);
  const sort = parseSort(q, sortKeys, [{ key: 'created_at', dir: 'desc' }]);
  if ('invalid' in sort) throw badRequest(sort.invalid);
  const compare = comparator<Server>(sort, sortValue);
  const project = ctx.auth.project.id;
  const mine = Object.values(ctx.db.compute.servers).filter((s) => s.project_id === project);
  const markerId = q.get('marker');
  const marker = markerId === null ? undefined : mine.find((s) => s.id === markerId);
  if (markerId !== null && !marker) throw badRequest(`marker [${markerId}] not found`);
  const name = nameMatcher(q.get('name'));
  const status = q.get('status')?.toUpperCase();
  const image = q.get('image');
  const flavor = q.get('flavor');
  const changesSince = q.get('changes-since');
  const ports = portsByDevice(ctx.db);
  const ip = q.get('ip');
  const matching = mine.filter(
    (s) =>
      name(s.name) &&
      (status === undefined || statusOf(s) === status) &&
      (image === null || s.image_id === image) &&
      (flavor === null || s.flavor.id === flavor) &&
      (changesSince === null || Date.parse(s.updated) >= Date.parse(changesSince)) &&
      (ip === null || (ports.get(s.id) ?? []).some((p) => p.fixed_ips.some((f) => f.ip_address.includes(ip)))),
  );
  const page = pageAfter(matching.sort(compare), marker, compare, limit);
  const body: Record<string, unknown> = {
    servers: page.map((s) => (detail ? serverDetail(ctx, s, ports.get(s.id) ?? []) : serverBrief(ctx, s))),
  };
  const last = page.at(-1);
  if (last && page.length === limit) {
    const collection = detail ? 'servers/detail' : 'servers';
    body['servers_links'] = [{ rel: 'next', href: `${ctx.core.baseUrl}/compute/v2.1/${collection}?${withMarker(q, last.id)}` }];
  }
  return json(body);
}

export function showServer(ctx: Ctx): Response {
  const server = visibleServer(ctx, ctx.param('server_id'));
  const view = serverDetail(ctx, server, portsByDevice(ctx.db).get(server.id) ?? []);
  if (ctx.mv >= 71) view['server_groups'] = [];
  return json({ server: view });
}

/** A build planned to end in ERROR (a scenario's failed build, a volume quota abort). */
function buildFails(ctx: Ctx, server: Server): boolean {
  const plan = ctx.db.meta.plans[planKey('server', server.id)];
  const last = plan?.kind === 'server' ? plan.steps.at(-1) : undefined;
  return last?.set?.vm_state === 'error';
}

export async function createServer(ctx: Ctx): Promise<Response> {
  const plan = await parseBoot(ctx);
  const servers = launch(ctx.core, plan, { projectId: ctx.auth.project.id, userId: ctx.auth.user.id }, ctx.now);
  const first = servers[0];
  if (!first) throw badRequest('No server was created.');
  for (const server of servers) recordInstanceAction(ctx.db, server, 'create', { requestId: ctx.requestId, userId: ctx.auth.user.id, now: ctx.now }, buildFails(ctx, server) ? 'Error' : 'Success');
  const { id, links } = serverBrief(ctx, first);
  const selfLink = `${ctx.core.baseUrl}/compute/v2.1/servers/${first.id}`;
  return json(
    {
      server: {
        id,
        links,
        adminPass: hexFrom(`adminPass:${first.id}`, 12).replace(/[0-9]/g, (d) => 'abcdefghkm'[Number(d)] ?? 'x'),
        'OS-DCF:diskConfig': 'MANUAL',
        security_groups: plan.securityGroups.map((name) => ({ name })),
      },
    },
    202,
    { Location: selfLink },
  );
}

export function deleteServer(ctx: Ctx): Response {
  const server = visibleServer(ctx, ctx.param('server_id'));
  if (server.locked && !ctx.auth.isAdmin) throw conflict(`Instance ${server.id} is locked`);
  if (server.task_state !== 'deleting') {
    server.task_state = 'deleting';
    server.updated = isoSeconds(ctx.now);
    // As Nova's terminate: vm_state `deleted` (status DELETED) is visible briefly before the 404.
    schedule(ctx.db, { kind: 'server', id: server.id, startedAt: ctx.now, steps: [
      { at: scaled(ctx.core, 1500), set: { vm_state: 'deleted', task_state: null, power_state: 0 } },
      { at: scaled(ctx.core, 2000), effect: 'server-gone' },
    ] });
    recordInstanceAction(ctx.db, server, 'delete', { requestId: ctx.requestId, userId: ctx.auth.user.id, now: ctx.now });
  }
  return empty(204);
}

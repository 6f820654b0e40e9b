import { scaled } from '../core';
import type { Server, ServerPatch } from '../db';
import type { Ctx } from '../http/context';
import { badRequest } from '../http/errors';
import { isRecord, pyRepr, stringMap } from '../http/input';
import { empty, json } from '../http/respond';
import { schedule } from '../lifecycle';
import { checkState, createServerImage } from '../ops/create-image';
import { rebuildServer } from '../ops/rebuild';
import { isoSeconds } from '../time';
import { portsByDevice, serverDetail } from '../views/nova';

/** A power action: task state now, the final state after 2 s (scaled). */
function transition(ctx: Ctx, server: Server, action: string, from: string[], task: string, to: ServerPatch): Response {
  checkState(server, action, from);
  server.task_state = task;
  server.updated = isoSeconds(ctx.now);
  schedule(ctx.db, { kind: 'server', id: server.id, startedAt: ctx.now, steps: [{ at: scaled(ctx.core, 2000), set: { ...to, task_state: null } }] });
  return empty(202);
}

async function createImage(ctx: Ctx, server: Server, args: unknown): Promise<Response> {
  const name = isRecord(args) ? args['name'] : undefined;
  if (!isRecord(args) || typeof name !== 'string' || name.trim() === '') {
    throw badRequest(`Invalid input for field/attribute createImage. Value: ${pyRepr(args)}. 'name' is a required property`);
  }
  const metadata = stringMap(args['metadata']);
  if (metadata === null) throw badRequest(`Invalid input for field/attribute metadata. Value: ${pyRepr(args['metadata'])}. metadata values must be strings`);
  const image = createServerImage(ctx.core, ctx.auth, server, name, metadata, ctx.now);
  if (ctx.mv >= 45) return json({ image_id: image.id }, 202);
  return empty(202, { Location: `${ctx.core.baseUrl}/image/v2/images/${image.id}` });
}

export async function serverAction(ctx: Ctx, server: Server): Promise<Response> {
  const body = await ctx.json();
  if (!isRecord(body) || Object.keys(body).length !== 1) throw badRequest('Malformed request body');
  const [action = '', args] = Object.entries(body)[0] ?? [];
  switch (action) {
    case 'createImage':
      return createImage(ctx, server, args);
    case 'os-start':
      return transition(ctx, server, 'start', ['stopped'], 'powering-on', { vm_state: 'active', power_state: 1 });
    case 'os-stop':
      return transition(ctx, server, 'stop', ['active', 'error'], 'powering-off', { vm_state: 'stopped', power_state: 4 });
    case 'rebuild':
      await rebuildServer(ctx, server, args);
      return json({ server: serverDetail(ctx, server, portsByDevice(ctx.db).get(server.id) ?? []) }, 202);
    case 'pause':
      return transition(ctx, server, 'pause', ['active'], 'pausing', { vm_state: 'paused', power_state: 3 });
    case 'unpause':
      return transition(ctx, server, 'unpause', ['paused'], 'unpausing', { vm_state: 'active', power_state: 1 });
    default:
      throw badRequest(`There is no such action: ${action}`);
  }
}

import { scaled } from '../core';
import type { Server, ServerPatch } from '../db';
import type { Ctx } from '../http/context';
import { badRequest, conflict } from '../http/errors';
import { isRecord, pyRepr, stringMap } from '../http/input';
import { empty, json } from '../http/respond';
import { schedule } from '../lifecycle';
import { checkState, createServerImage } from '../ops/create-image';
import { instanceActionName, recordInstanceAction } from '../ops/instance-actions';
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

/** Nova's ALLOW_REBOOT task states: a hard reboot may interrupt these. */
const hardRebootTasks = [null, 'rebooting', 'reboot_pending', 'reboot_started', 'rebooting_hard', 'resuming', 'unpausing', 'pausing', 'suspending'];
const rebootTypes = ['HARD', 'Hard', 'hard', 'SOFT', 'Soft', 'soft'];

/** `reboot`: SOFT from ACTIVE with no task; HARD also from SHUTOFF, PAUSED, SUSPENDED, ERROR. */
function reboot(ctx: Ctx, server: Server, args: unknown): Response {
  const type = isRecord(args) ? args['type'] : undefined;
  if (!isRecord(args) || type === undefined) {
    throw badRequest(`Invalid input for field/attribute reboot. Value: ${pyRepr(args)}. 'type' is a required property`);
  }
  if (typeof type !== 'string' || !rebootTypes.includes(type)) {
    throw badRequest(`Invalid input for field/attribute type. Value: ${pyRepr(type)}. ${pyRepr(type)} is not one of ${pyRepr(rebootTypes)}`);
  }
  const s = (ms: number) => scaled(ctx.core, ms);
  if (type.toUpperCase() === 'SOFT') {
    checkState(server, 'reboot', ['active']);
    server.task_state = 'rebooting';
    server.updated = isoSeconds(ctx.now);
    schedule(ctx.db, { kind: 'server', id: server.id, startedAt: ctx.now, steps: [
      { at: s(500), set: { task_state: 'reboot_pending' } },
      { at: s(1000), set: { task_state: 'reboot_started' } },
      { at: s(3000), set: { vm_state: 'active', power_state: 1, task_state: null } },
    ] });
    return empty(202);
  }
  if (!['active', 'stopped', 'paused', 'suspended', 'error'].includes(server.vm_state)) {
    throw conflict(`Cannot 'reboot' instance ${server.id} while it is in vm_state ${server.vm_state}`);
  }
  if (!hardRebootTasks.includes(server.task_state)) {
    throw conflict(`Cannot 'reboot' instance ${server.id} while it is in task_state ${server.task_state ?? 'None'}`);
  }
  server.task_state = 'rebooting_hard';
  server.updated = isoSeconds(ctx.now);
  schedule(ctx.db, { kind: 'server', id: server.id, startedAt: ctx.now, steps: [
    { at: s(500), set: { task_state: 'reboot_pending_hard' } },
    { at: s(1000), set: { task_state: 'reboot_started_hard' } },
    { at: s(2000), set: { vm_state: 'active', power_state: 1, task_state: null, fault: null } },
  ] });
  return empty(202);
}

async function rebuild(ctx: Ctx, server: Server, args: unknown): Promise<Response> {
  await rebuildServer(ctx, server, args);
  return json({ server: serverDetail(ctx, server, portsByDevice(ctx.db).get(server.id) ?? []) }, 202);
}

function dispatch(ctx: Ctx, server: Server, action: string, args: unknown): Promise<Response> | Response {
  switch (action) {
    case 'createImage':
      return createImage(ctx, server, args);
    case 'os-start':
      return transition(ctx, server, 'start', ['stopped'], 'powering-on', { vm_state: 'active', power_state: 1 });
    case 'os-stop':
      return transition(ctx, server, 'stop', ['active', 'error'], 'powering-off', { vm_state: 'stopped', power_state: 4 });
    case 'reboot':
      return reboot(ctx, server, args);
    case 'rebuild':
      return rebuild(ctx, server, args);
    case 'pause':
      return transition(ctx, server, 'pause', ['active'], 'pausing', { vm_state: 'paused', power_state: 3 });
    case 'unpause':
      return transition(ctx, server, 'unpause', ['paused'], 'unpausing', { vm_state: 'active', power_state: 1 });
    default:
      throw badRequest(`There is no such action: ${action}`);
  }
}

/**
 * POST /servers/{id}/action. Every accepted action is recorded here, once, under Nova's name
 * (`os-stop` → `stop`), so a new action case is in the Action Log without further wiring.
 */
export async function serverAction(ctx: Ctx, server: Server): Promise<Response> {
  const body = await ctx.json();
  if (!isRecord(body) || Object.keys(body).length !== 1) throw badRequest('Malformed request body');
  const [action = '', args] = Object.entries(body)[0] ?? [];
  const response = await dispatch(ctx, server, action, args);
  if (response.ok) recordInstanceAction(ctx.db, server, instanceActionName(action), { requestId: ctx.requestId, userId: ctx.auth.user.id, now: ctx.now });
  return response;
}

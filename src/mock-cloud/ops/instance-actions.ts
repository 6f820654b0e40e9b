import type { InstanceActionRecord, MockDb, Server } from '../db';
import { planKey } from '../db/plans';

/** The compute event each action records (nova/compute/manager.py's wrap_instance_event names). */
const eventNames: Readonly<Record<string, string>> = {
  create: 'compute__do_build_and_run_instance',
  delete: 'compute_terminate_instance',
  start: 'compute_start_instance',
  stop: 'compute_stop_instance',
  reboot: 'compute_reboot_instance',
  rebuild: 'compute_rebuild_instance',
  createImage: 'compute_snapshot_instance',
  pause: 'compute_pause_instance',
  unpause: 'compute_unpause_instance',
};

/** Nova's action name for a POST /servers/{id}/action body key: `os-start` → `start`. */
export function instanceActionName(bodyKey: string): string {
  return bodyKey.replace(/^os-/, '');
}

export function actionsOf(db: MockDb, serverId: string): InstanceActionRecord[] {
  return (db.compute.instance_actions[serverId] ??= []);
}

/** When the server's current lifecycle ends (its last planned step), or `now` when nothing is planned. */
function lifecycleEnd(db: MockDb, serverId: string, now: number): number {
  const plan = db.meta.plans[planKey('server', serverId)];
  const last = plan?.steps.at(-1);
  return plan && last ? plan.startedAt + last.at : now;
}

export interface RecordedRequest {
  requestId: string;
  userId: string;
  now: number;
}

/**
 * Records an accepted action as Nova's API does (`_record_action_start`), after the handler has
 * planned the server's lifecycle, so the event finishes when the lifecycle does.
 */
export function recordInstanceAction(db: MockDb, server: Server, action: string, request: RecordedRequest, result: 'Success' | 'Error' = 'Success'): void {
  actionsOf(db, server.id).push({
    action,
    instance_uuid: server.id,
    request_id: request.requestId,
    user_id: request.userId,
    project_id: server.project_id,
    startedAt: request.now,
    finishAt: Math.max(request.now, lifecycleEnd(db, server.id, request.now)),
    event: eventNames[action] ?? `compute_${action}`,
    result,
  });
}

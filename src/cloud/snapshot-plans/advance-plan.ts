import { failedImageStatuses, type Image } from '@/openstack/glance/schemas';
import { isOpenStackError } from '@/openstack/errors';
import { serverTaskState } from '@/openstack/nova/server-helpers';
import type { Server } from '@/openstack/nova/schemas';
import type { SnapshotPlan } from './plan-schema';

export interface PlanDeps {
  /** null when Nova answers 404. */
  readServer(serverId: string): Promise<Server | null>;
  /** null when Glance answers 404. */
  readImage(imageId: string): Promise<Image | null>;
  /** The snapshot of this server with this name, if Nova already made it. */
  findSnapshot(name: string, serverId: string): Promise<Image | null>;
  stopServer(serverId: string): Promise<void>;
  createImage(serverId: string, name: string): Promise<{ imageId: string }>;
  startServer(serverId: string): Promise<void>;
  save(plan: SnapshotPlan): void;
}

export type StuckReason = 'serverGone' | 'serverError' | 'imageGone' | 'imageFailed' | 'startRefused' | 'failed';

export type PlanOutcome =
  | { kind: 'waiting' }
  | { kind: 'done'; imageId: string | null }
  | { kind: 'stuck'; reason: StuckReason; detail: string };

const waiting: PlanOutcome = { kind: 'waiting' };
const failedStatuses: ReadonlySet<string> = new Set(failedImageStatuses);

function isConflict(error: unknown): boolean {
  return isOpenStackError(error) && error.status === 409;
}

async function create(plan: SnapshotPlan, deps: PlanDeps): Promise<PlanOutcome> {
  deps.save({ ...plan, step: 'creating' });
  const { imageId } = await deps.createImage(plan.serverId, plan.snapshotName);
  deps.save({ ...plan, step: 'uploading', imageId });
  return waiting;
}

async function start(plan: SnapshotPlan, deps: PlanDeps): Promise<PlanOutcome> {
  // Written first: if this tab dies with the request on its way, nobody sends start a second time.
  deps.save({ ...plan, step: 'starting' });
  try {
    await deps.startServer(plan.serverId);
  } catch (error) {
    if (isOpenStackError(error) && error.kind === 'http' && error.status !== 401) {
      return { kind: 'stuck', reason: 'startRefused', detail: error.message };
    }
    // Not sent or refused for the session: the next look (after signing in again) decides.
    deps.save({ ...plan, step: 'uploading' });
    throw error;
  }
  return { kind: 'done', imageId: plan.imageId };
}

/**
 * One look at the cloud's real state and at most one request to move the plan on. Safe to call
 * again at any time: it never creates a second snapshot and never sends start twice.
 */
export async function advancePlan(plan: SnapshotPlan, deps: PlanDeps): Promise<PlanOutcome> {
  const server = await deps.readServer(plan.serverId);
  if (!server) return { kind: 'stuck', reason: 'serverGone', detail: '' };
  const status = server.status.toUpperCase();
  const task = serverTaskState(server);
  if (status === 'ERROR') return { kind: 'stuck', reason: 'serverError', detail: server.fault?.message ?? '' };

  switch (plan.step) {
    case 'stop':
      deps.save({ ...plan, step: 'stopping' });
      try {
        await deps.stopServer(plan.serverId);
      } catch (error) {
        // Already stopping or stopped: what the plan wanted.
        if (!isConflict(error)) {
          deps.save(plan);
          throw error;
        }
      }
      return waiting;
    case 'stopping':
      return status === 'SHUTOFF' && task === null ? create(plan, deps) : waiting;
    case 'creating': {
      // createImage may have been sent before the tab went away: look for its snapshot first.
      const found = await deps.findSnapshot(plan.snapshotName, plan.serverId);
      if (found) {
        deps.save({ ...plan, step: 'uploading', imageId: found.id });
        return waiting;
      }
      return task === null ? create(plan, deps) : waiting;
    }
    case 'uploading': {
      const image = plan.imageId ? await deps.readImage(plan.imageId) : null;
      if (!image) return { kind: 'stuck', reason: 'imageGone', detail: '' };
      if (failedStatuses.has(image.status)) return { kind: 'stuck', reason: 'imageFailed', detail: image.status };
      if (image.status !== 'active' || task !== null) return waiting;
      if (status === 'ACTIVE') return { kind: 'done', imageId: plan.imageId };
      return start(plan, deps);
    }
    case 'starting':
      if (status === 'ACTIVE') return { kind: 'done', imageId: plan.imageId };
      if (task !== null) return waiting;
      // Start was written as sent but the server never moved: it is not sent again.
      return { kind: 'stuck', reason: 'startRefused', detail: status };
  }
}

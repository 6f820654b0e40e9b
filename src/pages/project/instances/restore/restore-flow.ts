import { failedImageStatuses, type Image } from '@/openstack/glance/schemas';
import type { Server } from '@/openstack/nova/schemas';
import { serverTaskState } from '@/openstack/nova/server-helpers';
import { pollUntil } from '@/lib/poll-until';
import { stepFlow, type StepState } from '@/lib/step-flow';

export type RestoreStepId = 'snapshot' | 'waitSnapshot' | 'rebuild' | 'waitRebuild';

export interface RestoreFlowState {
  steps: Array<{ id: RestoreStepId; state: StepState }>;
  phase: 'running' | 'succeeded' | 'failed';
  /** The rebuild's current Nova task state while it runs. */
  task: string | null;
  safetyImageId: string | null;
  error: unknown;
}

/** A wait that ended badly without a failed request. */
export class RestoreFlowError extends Error {
  constructor(
    readonly reason: 'snapshotFailed' | 'serverError' | 'timedOut',
    readonly detail: string,
  ) {
    super(`${reason}: ${detail}`);
    this.name = 'RestoreFlowError';
  }
}

export interface RestoreFlowDeps {
  createImage(): Promise<{ imageId: string }>;
  readImage(imageId: string): Promise<Image>;
  rebuild(): Promise<void>;
  readServer(): Promise<Server>;
  sleep(ms: number): Promise<void>;
  now(): number;
}

export interface RestoreFlowOptions {
  safetySnapshot: boolean;
  snapshotTimeoutMs?: number;
  rebuildTimeoutMs?: number;
}

const failedStatuses = new Set<string>(failedImageStatuses);

const timedOut = () => new RestoreFlowError('timedOut', '');

function initialRestoreState(safetySnapshot: boolean): RestoreFlowState {
  const ids: RestoreStepId[] = safetySnapshot ? ['snapshot', 'waitSnapshot', 'rebuild', 'waitRebuild'] : ['rebuild', 'waitRebuild'];
  return { steps: ids.map((id) => ({ id, state: 'pending' })), phase: 'running', task: null, safetyImageId: null, error: null };
}

/**
 * Optionally snapshots the instance and waits until that image is active (and the server's task
 * has cleared), then rebuilds it and follows the rebuild's task states until it has settled.
 * Nothing is rebuilt when the safety snapshot fails.
 */
export async function runRestoreFlow(
  options: RestoreFlowOptions,
  deps: RestoreFlowDeps,
  onChange: (state: RestoreFlowState) => void,
): Promise<RestoreFlowState> {
  const { current, publish, step } = stepFlow<RestoreStepId, RestoreFlowState>(initialRestoreState(options.safetySnapshot), onChange);

  try {
    if (options.safetySnapshot) {
      const { imageId } = await step('snapshot', deps.createImage);
      publish({ safetyImageId: imageId });
      await step('waitSnapshot', () =>
        pollUntil(deps, options.snapshotTimeoutMs ?? 2 * 3600_000, async () => {
          const image = await deps.readImage(imageId);
          if (failedStatuses.has(image.status)) throw new RestoreFlowError('snapshotFailed', image.status);
          if (image.status !== 'active') return false;
          return serverTaskState(await deps.readServer()) === null;
        }, timedOut),
      );
    }
    await step('rebuild', deps.rebuild);
    await step('waitRebuild', () =>
      pollUntil(deps, options.rebuildTimeoutMs ?? 3600_000, async () => {
        const server = await deps.readServer();
        const task = serverTaskState(server);
        if (task !== current().task) publish({ task });
        if (server.status.toUpperCase() === 'ERROR') throw new RestoreFlowError('serverError', server.fault?.message ?? '');
        return task === null && server.status.toUpperCase() !== 'REBUILD';
      }, timedOut),
    );
    publish({ phase: 'succeeded', task: null });
  } catch (error) {
    publish({ phase: 'failed', error });
  }
  return current();
}

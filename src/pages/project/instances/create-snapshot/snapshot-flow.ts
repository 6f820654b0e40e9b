import { isUnauthorized } from '@/openstack/errors';
import { failedImageStatuses, type Image } from '@/openstack/glance/schemas';
import type { Server } from '@/openstack/nova/schemas';
import { serverTaskState } from '@/openstack/nova/server-helpers';
import { pollUntil } from '@/lib/poll-until';
import { stepFlow, type StepState } from '@/lib/step-flow';

export type FlowStepId = 'stop' | 'waitStopped' | 'create' | 'waitUploaded' | 'start';

export interface FlowStep {
  id: FlowStepId;
  state: StepState;
}

export interface SnapshotFlowState {
  steps: FlowStep[];
  phase: 'running' | 'succeeded' | 'failed';
  imageId: string | null;
  /** The first failure: it decides what the user is told. */
  error: unknown;
  failedStep: FlowStepId | null;
}

/** A wait that ended badly without a failed request. */
export class SnapshotFlowError extends Error {
  constructor(
    readonly reason: 'serverError' | 'imageFailed' | 'timedOut',
    readonly detail: string,
  ) {
    super(`${reason}: ${detail}`);
    this.name = 'SnapshotFlowError';
  }
}

export interface SnapshotFlowDeps {
  stopServer(): Promise<void>;
  startServer(): Promise<void>;
  readServer(): Promise<Server>;
  createImage(): Promise<{ imageId: string }>;
  readImage(imageId: string): Promise<Image>;
  sleep(ms: number): Promise<void>;
  now(): number;
}

export interface SnapshotFlowOptions {
  /** Stop the server first and start it again once the snapshot is uploaded. */
  shutOffFirst: boolean;
  stopTimeoutMs?: number;
  uploadTimeoutMs?: number;
}

const timedOut = (what: string) => () => new SnapshotFlowError('timedOut', what);

const failedStatuses: ReadonlySet<string> = new Set(failedImageStatuses);

export function initialFlowState(shutOffFirst: boolean): SnapshotFlowState {
  const ids: FlowStepId[] = shutOffFirst ? ['stop', 'waitStopped', 'create', 'waitUploaded', 'start'] : ['create'];
  return { steps: ids.map((id) => ({ id, state: 'pending' })), phase: 'running', imageId: null, error: null, failedStep: null };
}

/**
 * Creates the snapshot, optionally inside stop → wait for SHUTOFF → createImage → wait for the image
 * to be active (and the server's task to clear) → start. If anything fails after the server was
 * stopped, it is still started again, so the flow never leaves a server off that was running.
 */
export async function runSnapshotFlow(
  options: SnapshotFlowOptions,
  deps: SnapshotFlowDeps,
  onChange: (state: SnapshotFlowState) => void,
): Promise<SnapshotFlowState> {
  const flow = stepFlow<FlowStepId, SnapshotFlowState>(initialFlowState(options.shutOffFirst), onChange);
  const { current, publish } = flow;
  // The first failure is the one the user is told about.
  const step = <T,>(id: FlowStepId, work: () => Promise<T>) =>
    flow.step(id, work, (error) => {
      if (current().error === null) publish({ error, failedStep: id });
    });

  let stopped = false;
  try {
    if (options.shutOffFirst) {
      await step('stop', deps.stopServer);
      stopped = true;
      await step('waitStopped', () =>
        pollUntil(
          deps,
          options.stopTimeoutMs ?? 10 * 60_000,
          async () => {
            const server = await deps.readServer();
            if (server.status.toUpperCase() === 'ERROR') throw new SnapshotFlowError('serverError', server.fault?.message ?? '');
            return server.status.toUpperCase() === 'SHUTOFF' && serverTaskState(server) === null;
          },
          timedOut('waitStopped'),
        ),
      );
    }
    const { imageId } = await step('create', deps.createImage);
    publish({ imageId });
    if (options.shutOffFirst) {
      await step('waitUploaded', () =>
        pollUntil(
          deps,
          options.uploadTimeoutMs ?? 2 * 3600_000,
          async () => {
            const image = await deps.readImage(imageId);
            if (failedStatuses.has(image.status)) throw new SnapshotFlowError('imageFailed', image.status);
            if (image.status !== 'active') return false;
            return serverTaskState(await deps.readServer()) === null;
          },
          timedOut('waitUploaded'),
        ),
      );
      await step('start', deps.startServer);
    }
    publish({ phase: 'succeeded' });
  } catch {
    // A refused session can start nothing; the recorded plan goes on after the user signs in again.
    const state = current();
    if (stopped && !isUnauthorized(state.error) && state.steps.some((item) => item.id === 'start' && item.state === 'pending')) {
      await step('start', deps.startServer).catch(() => undefined);
    }
    publish({ phase: 'failed' });
  }
  return current();
}

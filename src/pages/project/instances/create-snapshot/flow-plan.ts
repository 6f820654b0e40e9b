import type { PlanStep } from '@/cloud/snapshot-plans/plan-schema';
import { isUnauthorized } from '@/openstack/errors';
import type { FlowStepId, SnapshotFlowState } from './snapshot-flow';

/** After a refusal for the session, the step to take up again: the refused one was not done. */
const resumeAfterRefusal: Readonly<Record<FlowStepId, PlanStep>> = {
  stop: 'stop',
  waitStopped: 'stopping',
  create: 'creating',
  waitUploaded: 'uploading',
  start: 'uploading',
};

/**
 * The durable plan step matching a running "shut it off first" flow, or null when the plan is
 * over (done, or failed and already answered by the flow, which started the server again).
 */
export function planStepOf(state: SnapshotFlowState): PlanStep | null {
  if (state.phase === 'succeeded') return null;
  if (state.phase === 'failed') {
    return isUnauthorized(state.error) && state.failedStep ? resumeAfterRefusal[state.failedStep] : null;
  }
  const stepState = (id: FlowStepId) => state.steps.find((entry) => entry.id === id)?.state;
  if (stepState('start') === 'running' || stepState('start') === 'done') return 'starting';
  if (state.imageId) return 'uploading';
  if (stepState('create') === 'running') return 'creating';
  if (stepState('stop') === 'done') return 'stopping';
  return 'stop';
}

import type { MessageKey } from '@/i18n';
import type { CopyOutcome } from './advance-copy';
import type { CopyPlan } from './plan-schema';

export type CopyStepState = 'done' | 'current' | 'waiting' | 'failed';

export interface CopyProgressStep {
  id: 'createVolume' | 'upload' | 'active' | 'deleteVolume';
  label: MessageKey;
  state: CopyStepState;
  volumeStatus: string | null;
  imageStatus: string | null;
}

const order = ['createVolume', 'upload', 'active', 'deleteVolume'] as const;

/** Which of the four steps the plan is on (4 = all done). */
function currentIndex(plan: CopyPlan, outcome: CopyOutcome | null): number {
  if (outcome?.kind === 'done') return order.length;
  switch (plan.step) {
    case 'new':
    case 'creatingVolume':
    case 'volumeCreating':
      return 0;
    case 'uploading':
      return 1;
    case 'imageSaving':
      return plan.imageStatus === 'active' ? 2 : 1;
    case 'deletingVolume':
      return 3;
  }
}

/** The four steps the user sees (create volume → upload → image active → volume deleted) with the cloud's statuses. */
export function copyProgress(plan: CopyPlan, outcome: CopyOutcome | null): CopyProgressStep[] {
  const current = currentIndex(plan, outcome);
  const stuck = outcome?.kind === 'stuck';
  return order.map((id, index) => {
    const state: CopyStepState = index < current ? 'done' : index > current ? 'waiting' : stuck ? 'failed' : 'current';
    const shows = state === 'current' || state === 'failed';
    return {
      id,
      label: `copyToImage.steps.${id}`,
      state,
      volumeStatus: shows && id !== 'active' ? plan.volumeStatus : null,
      imageStatus: shows && (id === 'upload' || id === 'active') ? plan.imageStatus : null,
    };
  });
}

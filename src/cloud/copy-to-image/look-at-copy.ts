import { withPlanLock } from '../snapshot-plans/plan-lock';
import { advanceCopy, type CopyDeps, type CopyOutcome } from './advance-copy';
import { copyPlanLockName, readCopyPlan } from './plan-store';

/** Requests one look may send in a row (create, upload and delete never come back to back more). */
const maxMovesPerLook = 4;

/**
 * Moves the copy of `snapshotId` as far as it goes without waiting for the cloud, holding the
 * plan's lock (this tab or another). Undefined when another holder has it or there is no plan.
 */
export async function lookAtCopy(scope: string, snapshotId: string, deps: CopyDeps): Promise<CopyOutcome | undefined> {
  return withPlanLock(copyPlanLockName(scope, snapshotId), async () => {
    let outcome: CopyOutcome = { kind: 'moved' };
    for (let move = 0; move < maxMovesPerLook && outcome.kind === 'moved'; move += 1) {
      // Re-read under the lock: another holder may have moved or finished it meanwhile.
      const plan = readCopyPlan(scope, snapshotId);
      if (!plan) return undefined;
      outcome = await advanceCopy(plan, deps);
    }
    return outcome.kind === 'moved' ? { kind: 'waiting' } : outcome;
  });
}

import { useCallback, useEffect, useRef, useState, useSyncExternalStore } from 'react';
import { useApi } from '../use-api';
import type { CopyOutcome } from './advance-copy';
import { lookAtCopy } from './look-at-copy';
import { newCopyPlan, type CopyPlan } from './plan-schema';
import { copyPlansVersion, dropCopyPlan, readCopyPlan, saveCopyPlan, showingCopyPlan, subscribeCopyPlans } from './plan-store';
import { useCopyDeps } from './use-copy-deps';

/** How often a running copy looks at the cloud while its dialog is open. */
const lookEveryMs = 1000;

export type CopyEnd = { plan: CopyPlan; outcome: Extract<CopyOutcome, { kind: 'done' | 'stuck' }> };

export interface CopyStart {
  sourceName: string;
  size: number;
  imageName: string;
  diskFormat: CopyPlan['diskFormat'];
}

function randomSuffix(): string {
  const bytes = new Uint8Array(4);
  globalThis.crypto.getRandomValues(bytes);
  return [...bytes].map((byte) => byte.toString(16).padStart(2, '0')).join('');
}

/**
 * The copy of one volume snapshot as its dialog sees it: the stored plan (a copy started before a
 * reload is picked up), how it ended, and `start`. While mounted the dialog drives the copy and the
 * background resumer leaves it alone.
 */
export function useCopyToImage(snapshotId: string) {
  const api = useApi();
  const scope = api.scope;
  const deps = useCopyDeps(api);
  const depsRef = useRef(deps);
  useEffect(() => {
    depsRef.current = deps;
  }, [deps]);
  useSyncExternalStore(subscribeCopyPlans, copyPlansVersion, copyPlansVersion);
  const plan = snapshotId ? readCopyPlan(scope, snapshotId) : null;
  const [end, setEnd] = useState<CopyEnd | null>(null);
  const [unreachable, setUnreachable] = useState(false);

  useEffect(() => (snapshotId ? showingCopyPlan(scope, snapshotId) : undefined), [scope, snapshotId]);

  const look = useCallback(async (): Promise<CopyOutcome | undefined> => {
    try {
      const outcome = await lookAtCopy(scope, snapshotId, depsRef.current);
      setUnreachable(false);
      if (outcome?.kind !== 'done' && outcome?.kind !== 'stuck') return outcome;
      const last = readCopyPlan(scope, snapshotId);
      dropCopyPlan(scope, snapshotId);
      // A refused create made nothing: the form comes back with the refusal instead.
      if (last && !(outcome.kind === 'stuck' && outcome.reason === 'createRefused')) setEnd({ plan: last, outcome });
      return outcome;
    } catch {
      // No answer or an ended session: the copy waits for the next look (after signing in again).
      setUnreachable(true);
      return undefined;
    }
  }, [scope, snapshotId]);

  const running = plan !== null;
  useEffect(() => {
    if (!running) return undefined;
    const timer = setInterval(() => void look(), lookEveryMs);
    return () => clearInterval(timer);
  }, [running, look]);

  /** Writes the plan down and sends its first request; a refusal is thrown for the form to show. */
  const start = useCallback(
    async (input: CopyStart) => {
      setEnd(null);
      saveCopyPlan(
        newCopyPlan({ scope, snapshotId, ...input, volumeName: `${input.imageName}-temp-${randomSuffix()}`, createdAt: Date.now() }),
      );
      const outcome = await look();
      if (outcome?.kind === 'stuck' && outcome.reason === 'createRefused') throw outcome.error;
    },
    [look, scope, snapshotId],
  );

  return { plan, end, unreachable, start };
}

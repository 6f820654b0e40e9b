import { useEffect, useRef } from 'react';

/** Written down by a look when it ends: whether the component has gone (or the scope changed) since. */
export type IsStopped = () => boolean;

/**
 * Runs `look` now and every `everyMs` while mounted, for one scope (cloud, region, project); a new
 * scope starts over. `look` may change every render: the latest one runs, without restarting the
 * timer. For work left in the browser's storage that no open view holds (plans after a reload).
 */
export function usePeriodicLook(scope: string, everyMs: number, look: (scope: string, isStopped: IsStopped) => void): void {
  const latest = useRef(look);
  useEffect(() => {
    latest.current = look;
  });
  useEffect(() => {
    let stopped = false;
    const isStopped = () => stopped;
    const tick = () => latest.current(scope, isStopped);
    tick();
    const timer = setInterval(tick, everyMs);
    return () => {
      stopped = true;
      clearInterval(timer);
    };
  }, [scope, everyMs]);
}

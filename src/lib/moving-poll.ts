/** A launch, a snapshot or a delete usually settles within seconds: ask often while it is new. */
export const FAST_POLL_MS = 1000;
/** How long a movement counts as new. */
export const FAST_WINDOW_MS = 10_000;

/**
 * A `refetchInterval` that is off while nothing moves, every FAST_POLL_MS for the first
 * FAST_WINDOW_MS of a movement, then every `steadyMs`. One per list (it remembers when the
 * movement began): create it once per mounted list, e.g. in `useState`.
 */
export function createMovingPoll<T>(steadyMs: number, isMoving: (data: T | undefined) => boolean, now: () => number = Date.now) {
  let movingSince: number | null = null;
  return (data: T | undefined): number | false => {
    if (!isMoving(data)) {
      movingSince = null;
      return false;
    }
    const at = now();
    movingSince ??= at;
    return at - movingSince < FAST_WINDOW_MS ? Math.min(FAST_POLL_MS, steadyMs) : steadyMs;
  };
}

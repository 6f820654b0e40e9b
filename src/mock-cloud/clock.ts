/** Virtual time = the real clock + whatever `advance()` added. No timers anywhere. */
export interface Clock {
  now(): number;
  advance(ms: number): void;
  offset(): number;
  setOffset(ms: number): void;
}

export function createClock(realNow: () => number): Clock {
  let offset = 0;
  return {
    now: () => realNow() + offset,
    advance: (ms) => {
      if (!Number.isFinite(ms) || ms < 0) throw new RangeError(`advance() needs a non-negative number of ms, got ${ms}`);
      offset += ms;
    },
    offset: () => offset,
    setOffset: (ms) => {
      offset = ms;
    },
  };
}

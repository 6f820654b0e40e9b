import { useSyncExternalStore } from 'react';

/** One clock for every ticking display: a single interval, running only while something shows time. */
const tickMs = 1000;
const listeners = new Set<() => void>();
let now = Date.now();
let timer: ReturnType<typeof setInterval> | undefined;

function tick(): void {
  now = Date.now();
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  if (timer === undefined) {
    now = Date.now();
    timer = setInterval(tick, tickMs);
  }
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0 && timer !== undefined) {
      clearInterval(timer);
      timer = undefined;
    }
  };
}

const current = () => now;

/** The time now (ms), re-rendering its user once a second. */
export function useNow(): number {
  return useSyncExternalStore(subscribe, current, current);
}

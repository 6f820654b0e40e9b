/** Poll soon after an action, then back off: the demo finishes in seconds, a real upload in minutes. */
const pollDelays = [400, 800, 1500, 2500, 4000] as const;

export interface PollClock {
  sleep(ms: number): Promise<void>;
  now(): number;
}

/**
 * Calls `check` until it answers true, backing off between calls; once `timeoutMs` has passed
 * without success it throws what `timedOut` makes. An error thrown by `check` ends the wait.
 */
export async function pollUntil(clock: PollClock, timeoutMs: number, check: () => Promise<boolean>, timedOut: () => Error): Promise<void> {
  const deadline = clock.now() + timeoutMs;
  for (let attempt = 0; ; attempt += 1) {
    if (await check()) return;
    if (clock.now() >= deadline) throw timedOut();
    await clock.sleep(pollDelays[Math.min(attempt, pollDelays.length - 1)] ?? 4000);
  }
}

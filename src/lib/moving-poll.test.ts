import { createMovingPoll, FAST_POLL_MS, FAST_WINDOW_MS } from './moving-poll';

describe('createMovingPoll', () => {
  it('asks every second while a movement is new, then at the steady pace, and stops when nothing moves', () => {
    let clock = 0;
    const poll = createMovingPoll<{ moving: boolean }>(2000, (data) => data?.moving ?? false, () => clock);
    expect(poll(undefined)).toBe(false);
    expect(poll({ moving: false })).toBe(false);
    expect(poll({ moving: true })).toBe(FAST_POLL_MS);
    clock = FAST_WINDOW_MS - 1;
    expect(poll({ moving: true })).toBe(FAST_POLL_MS);
    clock = FAST_WINDOW_MS;
    expect(poll({ moving: true })).toBe(2000);
    // A new movement after a quiet moment is fast again.
    expect(poll({ moving: false })).toBe(false);
    clock += 5000;
    expect(poll({ moving: true })).toBe(FAST_POLL_MS);
  });
});

import { FAST_POLL_MS } from '@/lib/moving-poll';
import type { Server } from '@/openstack/nova/schemas';
import { LAUNCH_FAST_WINDOW_MS, serverWatchEveryMs, watchEveryMs } from './watch-cadence';

const server = (status: string) => ({ status }) as Server;

describe('serverWatchEveryMs', () => {
  it('asks for a launched server every second while it builds in its first seconds, then at the watch pace', () => {
    const launch = { kind: 'launch', startedAt: 1_000 } as const;
    expect(serverWatchEveryMs(launch, undefined, 1_000)).toBe(FAST_POLL_MS);
    expect(serverWatchEveryMs(launch, server('BUILD'), 1_000 + LAUNCH_FAST_WINDOW_MS - 1)).toBe(FAST_POLL_MS);
    expect(serverWatchEveryMs(launch, server('BUILD'), 1_000 + LAUNCH_FAST_WINDOW_MS)).toBe(watchEveryMs);
    expect(serverWatchEveryMs(launch, server('ACTIVE'), 2_000)).toBe(watchEveryMs);
  });

  it('keeps the watch pace for the other operations', () => {
    expect(serverWatchEveryMs({ kind: 'power', startedAt: 0 }, server('BUILD'), 0)).toBe(watchEveryMs);
    expect(serverWatchEveryMs({ kind: 'restore', startedAt: 0 }, server('REBUILD'), 0)).toBe(watchEveryMs);
  });
});

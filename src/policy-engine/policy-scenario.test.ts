import { advanceRunWhileMoving, startRun, type RunPolicy } from './run.mjs';
import { dueSlot } from './schedule.mjs';
import type { Run } from './schema.mjs';
import { FakeCloud } from './test-fake-cloud';

const created = new Date('2026-03-29T00:59:00Z');
const policy: RunPolicy = {
  id: 'pol-demo',
  name: 'every-2-min',
  targets: { instanceIds: [], metadata: { key: 'backup', value: 'daily' } },
  timeZone: 'Europe/Warsaw',
  retention: { keepLast: 2, maxAgeDays: null },
  consistency: 'live',
  namePattern: '{instance}-{policy}-{YYYYMMDD-HHmm}',
};
const schedule = { kind: 'interval', minutes: 2 } as const;

/** The scheduler's loop as the server and the mock run it, over a store that survives "restarts". */
class Scheduler {
  constructor(
    private readonly cloud: FakeCloud,
    readonly runs: Run[] = [],
  ) {}

  async tick(): Promise<void> {
    const open = this.runs.find((run) => !run.endedAt);
    if (open) {
      await this.drive(open);
      return;
    }
    const lastSlot = this.runs.filter((run) => run.trigger === 'schedule').at(-1)?.slot;
    const slot = dueSlot(schedule, policy.timeZone, { lastSlot: lastSlot ? new Date(lastSlot) : null, since: created, now: this.cloud.now });
    if (!slot) return;
    const run = startRun(policy, slot, 'schedule', this.cloud.now);
    this.runs.push(run);
    await this.drive(run);
  }

  private async drive(run: Run): Promise<void> {
    await advanceRunWhileMoving(this.cloud.port(), policy, run, {
      persist: (next) => {
        this.runs[this.runs.findIndex((stored) => stored.id === next.id)] = next;
      },
    });
  }
}

async function ticks(scheduler: Scheduler, cloud: FakeCloud, count: number): Promise<void> {
  for (let index = 0; index < count; index += 1) {
    await scheduler.tick();
    cloud.tick(1 / 3);
  }
}

function demoCloud(): FakeCloud {
  const cloud = new FakeCloud(created);
  cloud.addServer('web', 'web-1', { metadata: { backup: 'daily' } });
  cloud.addServer('db', 'db-1', { metadata: { backup: 'daily' } });
  cloud.addServer('other', 'other-1');
  cloud.addImage({ id: 'hand-made', instance_uuid: 'web', created_at: '2026-03-01T00:00:00Z' });
  cloud.addImage({ id: 'protected', instance_uuid: 'db', dashboard_policy_id: 'pol-demo', protected: true, created_at: '2026-03-01T00:00:00Z' });
  return cloud;
}

describe('a policy every 2 minutes keeping 2, driven like the scheduler drives it', () => {
  it('after three runs each instance has exactly its 2 newest policy snapshots; nothing else is touched; every run is recorded', async () => {
    const cloud = demoCloud();
    const scheduler = new Scheduler(cloud);
    // Across Warsaw's spring change (01:00 UTC): nothing is lost or doubled.
    await ticks(scheduler, cloud, 3 * 6 + 2);

    const runs = scheduler.runs;
    expect(runs.map((run) => [run.slot, run.state])).toEqual([
      ['2026-03-29T01:00:00.000Z', 'succeeded'],
      ['2026-03-29T01:02:00.000Z', 'succeeded'],
      ['2026-03-29T01:04:00.000Z', 'succeeded'],
    ]);
    for (const instance of ['web', 'db']) {
      const kept = cloud.policyImages('pol-demo').filter((image) => image.instance_uuid === instance && !image.protected);
      expect(kept.map((image) => image.name)).toEqual([`${instance}-1-every-2-min-20260329-0302`, `${instance}-1-every-2-min-20260329-0304`]);
    }
    expect(cloud.images.has('hand-made')).toBe(true);
    expect(cloud.images.has('protected')).toBe(true);
    expect(runs[2]?.deleted.map((entry) => entry.name).sort()).toEqual(['db-1-every-2-min-20260329-0300', 'web-1-every-2-min-20260329-0300']);
  });

  it('after a restart mid-run and a downtime across several slots, loses no run, doubles none and catches up once', async () => {
    const cloud = demoCloud();
    const first = new Scheduler(cloud);
    await ticks(first, cloud, 4);
    expect(first.runs).toHaveLength(1);

    // The process dies; eight minutes later a new one starts on the stored runs.
    cloud.tick(8);
    const second = new Scheduler(cloud, first.runs);
    await ticks(second, cloud, 5);

    expect(second.runs.map((run) => [run.slot, run.state])).toEqual([
      ['2026-03-29T01:00:00.000Z', 'succeeded'],
      // 01:02, 01:04 and 01:06 were missed: one catch-up run, for the newest due slot.
      ['2026-03-29T01:08:00.000Z', 'succeeded'],
    ]);
    expect(cloud.calls.filter((call) => call.startsWith('createSnapshot'))).toHaveLength(4);
  });
});

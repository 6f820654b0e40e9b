import { dueSlot, nextRun, nextRuns, policyNextRunAt } from './schedule.mjs';
import type { Schedule } from './schema.mjs';

const warsaw = 'Europe/Warsaw';
const iso = (dates: Date[]) => dates.map((date) => date.toISOString());
const at = (text: string) => new Date(text);

/** Every slot of a schedule in a window, found the way the scheduler finds them: one dueSlot per tick. */
function firedWhileTicking(schedule: Schedule, timeZone: string, from: Date, to: Date, tickMinutes: number): string[] {
  const fired: string[] = [];
  let lastSlot: Date | null = null;
  for (let now = from.getTime(); now <= to.getTime(); now += tickMinutes * 60_000) {
    const slot = dueSlot(schedule, timeZone, { lastSlot, since: from, now: new Date(now) });
    if (slot) {
      fired.push(slot.toISOString());
      lastSlot = slot;
    }
  }
  return fired;
}

describe('nextRuns', () => {
  it('runs a daily 02:30 in Warsaw once at 03:00 on the day clocks spring forward, and on time around it', () => {
    expect(iso(nextRuns({ kind: 'daily', time: '02:30' }, warsaw, at('2026-03-27T12:00:00Z'), 4))).toEqual([
      '2026-03-28T01:30:00.000Z', // 02:30 CET
      '2026-03-29T01:00:00.000Z', // 02:30 does not exist: 03:00 CEST
      '2026-03-30T00:30:00.000Z', // 02:30 CEST
      '2026-03-31T00:30:00.000Z',
    ]);
  });

  it('runs a daily 02:30 in Warsaw once, at the first 02:30, on the day clocks fall back', () => {
    expect(iso(nextRuns({ kind: 'daily', time: '02:30' }, warsaw, at('2026-10-24T12:00:00Z'), 3))).toEqual([
      '2026-10-25T00:30:00.000Z', // the first 02:30 (CEST); the second one (01:30Z) does not run
      '2026-10-26T01:30:00.000Z', // 02:30 CET
      '2026-10-27T01:30:00.000Z',
    ]);
  });

  it('keeps minute and hourly intervals going through the autumn’s repeated hour, a cron to each wall time once', () => {
    const from = at('2026-10-24T23:59:00Z');
    expect(iso(nextRuns({ kind: 'interval', minutes: 60 }, warsaw, from, 4))).toEqual([
      '2026-10-25T00:00:00.000Z', // 02:00 CEST
      '2026-10-25T01:00:00.000Z', // 02:00 CET, an hour later
      '2026-10-25T02:00:00.000Z',
      '2026-10-25T03:00:00.000Z',
    ]);
    const everyTen = nextRuns({ kind: 'interval', minutes: 10 }, warsaw, from, 24);
    expect(everyTen.slice(1).every((run, index) => run.getTime() - (everyTen[index]?.getTime() ?? 0) === 600_000)).toBe(true);
    expect(iso(nextRuns({ kind: 'cron', expression: '0 * * * *' }, warsaw, from, 2))).toEqual(['2026-10-25T00:00:00.000Z', '2026-10-25T02:00:00.000Z']);
  });

  it('runs hourly once an hour across the spring change, and an hourly cron once per wall-clock hour in autumn', () => {
    const spring = nextRuns({ kind: 'interval', minutes: 60 }, warsaw, at('2026-03-28T23:30:00Z'), 4);
    // 01:00 CET, then 03:00, 04:00, 05:00 CEST: the hour that does not exist has no run of its own.
    expect(iso(spring)).toEqual(['2026-03-29T00:00:00.000Z', '2026-03-29T01:00:00.000Z', '2026-03-29T02:00:00.000Z', '2026-03-29T03:00:00.000Z']);
    const autumn = nextRuns({ kind: 'cron', expression: '0 * * * *' }, warsaw, at('2026-10-24T23:30:00Z'), 3);
    // 02:00 runs at its first occurrence only; then 03:00 CET.
    expect(iso(autumn)).toEqual(['2026-10-25T00:00:00.000Z', '2026-10-25T02:00:00.000Z', '2026-10-25T03:00:00.000Z']);
  });

  it('finds month ends: the 31st skips shorter months, 29 February waits for a leap year', () => {
    expect(iso(nextRuns({ kind: 'cron', expression: '0 3 31 * *' }, warsaw, at('2026-01-01T00:00:00Z'), 5))).toEqual([
      '2026-01-31T02:00:00.000Z',
      '2026-03-31T01:00:00.000Z', // CEST from 29 March
      '2026-05-31T01:00:00.000Z',
      '2026-07-31T01:00:00.000Z',
      '2026-08-31T01:00:00.000Z',
    ]);
    expect(nextRun({ kind: 'cron', expression: '0 0 29 feb *' }, 'UTC', at('2026-01-01T00:00:00Z'))?.toISOString()).toBe('2028-02-29T00:00:00.000Z');
    expect(nextRun({ kind: 'cron', expression: '0 0 30 2 *' }, 'UTC', at('2026-01-01T00:00:00Z'))).toBeNull();
  });

  it('runs weekly on the chosen days at the local time', () => {
    const runs = nextRuns({ kind: 'weekly', days: [1, 5], time: '09:15' }, 'America/New_York', at('2026-03-04T00:00:00Z'), 4);
    // Wed 4 March 2026 → Fri 6, Mon 9 (EDT from 8 March), Fri 13, Mon 16.
    expect(iso(runs)).toEqual(['2026-03-06T14:15:00.000Z', '2026-03-09T13:15:00.000Z', '2026-03-13T13:15:00.000Z', '2026-03-16T13:15:00.000Z']);
  });

  it('lays intervals that divide a day on local midnight and counts the others in elapsed time', () => {
    expect(iso(nextRuns({ kind: 'interval', minutes: 360 }, warsaw, at('2026-01-10T05:00:00Z'), 3))).toEqual([
      '2026-01-10T11:00:00.000Z', // 12:00 CET
      '2026-01-10T17:00:00.000Z',
      '2026-01-10T23:00:00.000Z', // midnight CET
    ]);
    expect(iso(nextRuns({ kind: 'interval', minutes: 2 }, 'UTC', at('2026-01-10T05:00:30Z'), 2))).toEqual(['2026-01-10T05:02:00.000Z', '2026-01-10T05:04:00.000Z']);
    // Every two days: at local midnight whatever the season (2000-01-03 + an even number of days).
    expect(iso(nextRuns({ kind: 'interval', minutes: 2880 }, warsaw, at('2026-03-27T12:00:00Z'), 3))).toEqual([
      '2026-03-28T23:00:00.000Z', // 29 March 00:00 CET
      '2026-03-30T22:00:00.000Z', // 31 March 00:00 CEST
      '2026-04-01T22:00:00.000Z',
    ]);
    const sevenHours = nextRuns({ kind: 'interval', minutes: 420 }, warsaw, at('2026-03-28T12:00:00Z'), 6);
    const gaps = sevenHours.slice(1).map((run, index) => run.getTime() - (sevenHours[index]?.getTime() ?? 0));
    expect(gaps).toEqual(Array(5).fill(7 * 3_600_000));
  });

  it('uses the Vixie rule when both day fields are set: either matches', () => {
    const runs = nextRuns({ kind: 'cron', expression: '0 12 1 * mon' }, 'UTC', at('2026-05-28T00:00:00Z'), 3);
    // Fri 1 May was before; Mon 1 June, Mon 8 June, Mon 15 June.
    expect(iso(runs)).toEqual(['2026-06-01T12:00:00.000Z', '2026-06-08T12:00:00.000Z', '2026-06-15T12:00:00.000Z']);
    const both = nextRuns({ kind: 'cron', expression: '0 12 */2 * mon' }, 'UTC', at('2026-05-28T00:00:00Z'), 2);
    // A day field starting with * narrows instead: odd days that are Mondays.
    expect(iso(both)).toEqual(['2026-06-01T12:00:00.000Z', '2026-06-15T12:00:00.000Z']);
  });
});

describe('a schedule still being typed', () => {
  it('has no runs while the cron expression, the interval or the time zone is not valid yet', () => {
    const after = at('2026-01-01T00:00:00Z');
    expect(nextRuns({ kind: 'cron', expression: '0 3 *' }, warsaw, after, 5)).toEqual([]);
    expect(nextRuns({ kind: 'interval', minutes: 0 }, warsaw, after, 5)).toEqual([]);
    expect(nextRuns({ kind: 'daily', time: '03:00' }, 'Europe/Warsa', after, 5)).toEqual([]);
    expect(dueSlot({ kind: 'cron', expression: '61 * * * *' }, warsaw, { lastSlot: null, since: after, now: at('2026-02-01T00:00:00Z') })).toBeNull();
  });
});

describe('policyNextRunAt', () => {
  it('gives the next slot of an enabled policy and none while paused', () => {
    const policy = { enabled: true, schedule: { kind: 'daily', time: '03:00' } as Schedule, timeZone: warsaw };
    expect(policyNextRunAt(policy, at('2026-01-09T12:00:00Z'))).toBe('2026-01-10T02:00:00.000Z');
    expect(policyNextRunAt({ ...policy, enabled: false }, at('2026-01-09T12:00:00Z'))).toBeNull();
  });
});

describe('dueSlot', () => {
  it('owes one catch-up run, for the newest missed slot, after a server was down across several', () => {
    const schedule: Schedule = { kind: 'interval', minutes: 2 };
    const lastSlot = at('2026-01-10T10:00:00Z');
    expect(dueSlot(schedule, 'UTC', { lastSlot, since: at('2026-01-01T00:00:00Z'), now: at('2026-01-10T10:31:10Z') })?.toISOString()).toBe('2026-01-10T10:30:00.000Z');
    expect(dueSlot(schedule, 'UTC', { lastSlot: at('2026-01-10T10:30:00Z'), since: at('2026-01-01T00:00:00Z'), now: at('2026-01-10T10:31:59Z') })).toBeNull();

    const daily: Schedule = { kind: 'daily', time: '03:00' };
    const down = { lastSlot: at('2026-01-05T02:00:00Z'), since: at('2026-01-01T00:00:00Z'), now: at('2026-01-09T12:00:00Z') };
    expect(dueSlot(daily, warsaw, down)?.toISOString()).toBe('2026-01-09T02:00:00.000Z');
  });

  it('owes nothing before the first slot after the policy was made', () => {
    const daily: Schedule = { kind: 'daily', time: '03:00' };
    const window = { lastSlot: null, since: at('2026-01-09T12:00:00Z'), now: at('2026-01-10T01:59:00Z') };
    expect(dueSlot(daily, warsaw, window)).toBeNull();
    expect(dueSlot(daily, warsaw, { ...window, now: at('2026-01-10T02:00:00Z') })?.toISOString()).toBe('2026-01-10T02:00:00.000Z');
  });

  it('owes nothing for slots missed while paused or before the schedule was edited', () => {
    const daily: Schedule = { kind: 'daily', time: '10:00' };
    const window = { lastSlot: at('2026-01-05T02:00:00Z'), since: at('2026-01-09T11:30:00Z'), now: at('2026-01-09T12:00:00Z') };
    expect(dueSlot(daily, 'UTC', window)).toBeNull();
    expect(dueSlot(daily, 'UTC', { ...window, now: at('2026-01-10T10:00:00Z') })?.toISOString()).toBe('2026-01-10T10:00:00.000Z');
  });

  it('fires every slot exactly once over the Warsaw changes for a scheduler ticking every minute', () => {
    const march = firedWhileTicking({ kind: 'daily', time: '02:30' }, warsaw, at('2026-03-27T12:00:00Z'), at('2026-03-31T12:00:00Z'), 1);
    expect(march).toEqual(['2026-03-28T01:30:00.000Z', '2026-03-29T01:00:00.000Z', '2026-03-30T00:30:00.000Z', '2026-03-31T00:30:00.000Z']);
    const october = firedWhileTicking({ kind: 'cron', expression: '30 2 * * *' }, warsaw, at('2026-10-24T12:00:00Z'), at('2026-10-26T12:00:00Z'), 1);
    expect(october).toEqual(['2026-10-25T00:30:00.000Z', '2026-10-26T01:30:00.000Z']);
    const hourly = firedWhileTicking({ kind: 'interval', minutes: 60 }, warsaw, at('2026-10-24T22:00:00Z'), at('2026-10-25T04:00:00Z'), 1);
    expect(hourly).toEqual(iso(nextRuns({ kind: 'interval', minutes: 60 }, warsaw, at('2026-10-24T22:00:00Z'), hourly.length)));
    expect(new Set(hourly).size).toBe(hourly.length);
  });

  it('agrees with nextRuns on every slot of a month of a minute-level cron', () => {
    const schedule: Schedule = { kind: 'cron', expression: '*/30 1-3 * * *' };
    const from = at('2026-03-25T00:00:00Z');
    const fired = firedWhileTicking(schedule, warsaw, from, at('2026-04-02T00:00:00Z'), 5);
    expect(fired).toEqual(iso(nextRuns(schedule, warsaw, from, fired.length)));
    expect(fired.filter((slot) => slot.startsWith('2026-03-29T0'))).toEqual([
      '2026-03-29T00:00:00.000Z', // 01:00 CET
      '2026-03-29T00:30:00.000Z', // 01:30 CET
      '2026-03-29T01:00:00.000Z', // 02:00 and 02:30 fall in the gap: once, at 03:00 CEST
      '2026-03-29T01:30:00.000Z', // 03:30 CEST
    ]);
  });
});

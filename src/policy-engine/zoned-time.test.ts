import { isValidTimeZone, wallTimeToInstant, zonedParts } from './zoned-time.mjs';

describe('zoned time', () => {
  it('turns Warsaw wall times into instants in winter and summer', () => {
    expect(wallTimeToInstant({ year: 2026, month: 1, day: 15, hour: 9, minute: 0 }, 'Europe/Warsaw').toISOString()).toBe('2026-01-15T08:00:00.000Z');
    expect(wallTimeToInstant({ year: 2026, month: 7, day: 15, hour: 9, minute: 0 }, 'Europe/Warsaw').toISOString()).toBe('2026-07-15T07:00:00.000Z');
  });

  it('moves a wall time in the spring gap to the gap’s end and takes the first of a repeated one', () => {
    expect(wallTimeToInstant({ year: 2026, month: 3, day: 29, hour: 2, minute: 30 }, 'Europe/Warsaw').toISOString()).toBe('2026-03-29T01:00:00.000Z');
    expect(wallTimeToInstant({ year: 2026, month: 10, day: 25, hour: 2, minute: 30 }, 'Europe/Warsaw').toISOString()).toBe('2026-10-25T00:30:00.000Z');
    // Half-hour shifts too (Lord Howe Island moves by 30 minutes).
    expect(wallTimeToInstant({ year: 2026, month: 10, day: 4, hour: 2, minute: 10 }, 'Australia/Lord_Howe').toISOString()).toBe('2026-10-03T15:30:00.000Z');
  });

  it('applies the same rules west of Greenwich and in the southern hemisphere', () => {
    const cases: Array<[string, [number, number, number, number, number], string]> = [
      ['America/New_York', [2026, 3, 8, 2, 30], '2026-03-08T07:00:00.000Z'], // gap → 03:00 EDT
      ['America/New_York', [2026, 11, 1, 1, 30], '2026-11-01T05:30:00.000Z'], // fold → 01:30 EDT
      ['Australia/Sydney', [2026, 4, 5, 2, 30], '2026-04-04T15:30:00.000Z'], // fold → 02:30 AEDT
      ['Australia/Sydney', [2026, 10, 4, 2, 30], '2026-10-03T16:00:00.000Z'], // gap → 03:00 AEDT
    ];
    for (const [zone, [year, month, day, hour, minute], expected] of cases) {
      expect(wallTimeToInstant({ year, month, day, hour, minute }, zone).toISOString()).toBe(expected);
    }
  });

  it('reads an instant’s wall time and weekday in a zone', () => {
    expect(zonedParts(new Date('2026-03-29T01:00:00Z'), 'Europe/Warsaw')).toEqual({ year: 2026, month: 3, day: 29, hour: 3, minute: 0, second: 0, weekday: 0 });
    expect(zonedParts(new Date('2026-01-01T00:30:00Z'), 'Asia/Kolkata')).toMatchObject({ hour: 6, minute: 0 });
  });

  it('knows IANA zones from made-up ones', () => {
    expect(isValidTimeZone('Europe/Warsaw')).toBe(true);
    expect(isValidTimeZone('Mars/Olympus_Mons')).toBe(false);
    expect(isValidTimeZone('')).toBe(false);
  });
});

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

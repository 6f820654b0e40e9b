import { cronMatchesDay, cronMinutesOfDay, cronProblem, parseCron } from './cron.mjs';

describe('parseCron', () => {
  it('reads lists, ranges, steps, names and Sunday as 7', () => {
    const cron = parseCron('0,30 9-17/4 * jan-mar,dec MON-FRI,7');
    expect(cronMinutesOfDay(cron)).toEqual([540, 570, 780, 810, 1020, 1050]);
    expect([...cron.months].sort((a, b) => a - b)).toEqual([1, 2, 3, 12]);
    expect([...cron.daysOfWeek].sort()).toEqual([0, 1, 2, 3, 4, 5]);
  });

  it('reads a start with a step as from there to the end, and the @ shorthands', () => {
    expect([...parseCron('5/20 * * * *').minutes]).toEqual([5, 25, 45]);
    expect(cronMinutesOfDay(parseCron('@daily'))).toEqual([0]);
    expect(parseCron('@weekly').daysOfWeek).toEqual(new Set([0]));
  });

  it('says what is wrong with an expression a user can fix', () => {
    expect(cronProblem('0 3 * *')).toBe('A cron expression has five fields: minute, hour, day of month, month, day of week.');
    expect(cronProblem('61 * * * *')).toBe('The minute 61 is outside 0–59.');
    expect(cronProblem('0 0 * foo *')).toBe('“foo” is not a valid month.');
    expect(cronProblem('0 20-8 * * *')).toBe('The range “20-8” runs backwards.');
    expect(cronProblem('*/0 * * * *')).toBe('“0” is not a valid step.');
    expect(cronProblem('0 3 31 * *')).toBeNull();
  });

  it('matches a day by either day field only when both are restricted', () => {
    const either = parseCron('0 0 13 * 5');
    expect(cronMatchesDay(either, { year: 2026, month: 3, day: 13, weekday: 5 })).toBe(true);
    expect(cronMatchesDay(either, { year: 2026, month: 3, day: 6, weekday: 5 })).toBe(true);
    expect(cronMatchesDay(either, { year: 2026, month: 4, day: 13, weekday: 1 })).toBe(true);
    expect(cronMatchesDay(either, { year: 2026, month: 4, day: 14, weekday: 2 })).toBe(false);
    const weekdaysOnly = parseCron('0 0 * * 1-5');
    expect(cronMatchesDay(weekdaysOnly, { year: 2026, month: 3, day: 14, weekday: 6 })).toBe(false);
  });
});

import { formatDuration } from './format';

describe('formatDuration', () => {
  it('says how long something took in English', () => {
    expect(formatDuration('en', 0)).toBe('0 sec');
    expect(formatDuration('en', 45_400)).toBe('45 sec');
    expect(formatDuration('en', 130_000)).toBe('2 min 10 sec');
    expect(formatDuration('en', 120_000)).toBe('2 min');
    expect(formatDuration('en', 3_900_000)).toBe('1 hr 5 min');
    expect(formatDuration('en', 23 * 3_600_000 + 59 * 60_000)).toBe('23 hr 59 min');
    expect(formatDuration('en', 3 * 86_400_000 + 4 * 3_600_000 + 5 * 60_000)).toBe('3 days 4 hr');
    expect(formatDuration('en', 276 * 86_400_000)).toBe('276 days');
    expect(formatDuration('en', -5000)).toBe('0 sec');
  });

  it('says it in Polish', () => {
    expect(formatDuration('pl', 130_000)).toBe('2 min 10 sek.');
    expect(formatDuration('pl', 3_900_000)).toBe('1 godz. 5 min');
    expect(formatDuration('pl', 7_200_000)).toBe('2 godz.');
    expect(formatDuration('pl', 86_400_000 + 3_600_000)).toBe('1 dzień 1 godz.');
  });
});

import { policyInputSchema, scheduleSchema, DEFAULT_NAME_PATTERN } from './schema.mjs';

const valid = {
  name: 'nightly',
  enabled: true,
  targets: { instanceIds: [], metadata: { key: 'backup', value: 'daily' } },
  schedule: { kind: 'daily', time: '02:30' },
  timeZone: 'Europe/Warsaw',
  retention: { keepLast: 7, maxAgeDays: null },
  consistency: 'live',
};

function problems(input: unknown): string[] {
  const result = policyInputSchema.safeParse(input);
  return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}

describe('policyInputSchema', () => {
  it('accepts a policy and fills the default name pattern and credential expiry', () => {
    expect(policyInputSchema.parse(valid)).toMatchObject({ namePattern: DEFAULT_NAME_PATTERN, credentialExpiresAt: null });
  });

  it('wants targets, a retention rule and a real time zone', () => {
    expect(problems({ ...valid, targets: { instanceIds: [], metadata: null } })).toEqual(['targets: Choose instances or a metadata key and value.']);
    expect(problems({ ...valid, retention: { keepLast: null, maxAgeDays: null } })).toEqual(['retention: Keep the last N snapshots, those younger than D days, or both.']);
    expect(problems({ ...valid, timeZone: 'Europe/Atlantis' })).toEqual(['timeZone: Unknown time zone.']);
  });

  it('rejects schedules that cannot run and name patterns with unknown placeholders', () => {
    expect(problems({ ...valid, schedule: { kind: 'cron', expression: '0 25 * * *' } })).toEqual(['schedule.expression: The hour 25 is outside 0–23.']);
    expect(problems({ ...valid, schedule: { kind: 'daily', time: '24:00' } })).toEqual(['schedule.time: Use the 24-hour HH:MM form.']);
    expect(problems({ ...valid, schedule: { kind: 'weekly', days: [1, 1], time: '09:00' } })).toEqual(['schedule.days: A day is listed twice.']);
    expect(problems({ ...valid, schedule: { kind: 'interval', minutes: 0 } })).toHaveLength(1);
    expect(problems({ ...valid, namePattern: '{instance}-{host}' })).toHaveLength(1);
  });

  it('parses every schedule kind', () => {
    for (const schedule of [
      { kind: 'interval', minutes: 2 },
      { kind: 'daily', time: '00:00' },
      { kind: 'weekly', days: [0, 6], time: '23:59' },
      { kind: 'cron', expression: '*/15 9-17 * * mon-fri' },
    ]) {
      expect(scheduleSchema.parse(schedule)).toEqual(schedule);
    }
  });
});

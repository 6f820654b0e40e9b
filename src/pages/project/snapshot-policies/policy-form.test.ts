import { describe, expect, it } from 'vitest';
import { emptyPolicyForm, formToInput, policyToForm, previewRuns, type PolicyForm } from './policy-form';

const now = new Date('2026-03-01T12:10:00Z');
const tagged: PolicyForm = { ...emptyPolicyForm(), name: ' nightly ', metadataKey: 'backup', metadataValue: 'daily', timeZone: 'Europe/Warsaw' };

describe('the policy form', () => {
  it('turns hours into the minutes the API takes, trims, and leaves an empty retention field out', () => {
    const result = formToInput({ ...tagged, scheduleKind: 'interval', intervalAmount: '6', intervalUnit: 'hours', keepLast: '3', maxAgeDays: '' }, now);
    expect(result).toEqual({
      input: {
        name: 'nightly',
        enabled: true,
        targets: { instanceIds: [], metadata: { key: 'backup', value: 'daily' } },
        schedule: { kind: 'interval', minutes: 360 },
        timeZone: 'Europe/Warsaw',
        retention: { keepLast: 3, maxAgeDays: null },
        consistency: 'live',
        namePattern: '{instance}-{policy}-{YYYYMMDD-HHmm}',
        credentialExpiresAt: null,
      },
    });
  });

  it('names every field that is wrong', () => {
    const result = formToInput(
      { ...emptyPolicyForm(), metadataKey: 'backup', scheduleKind: 'weekly', days: [], keepLast: '', maxAgeDays: '0', credentialExpires: '2026-02-01' },
      now,
    );
    expect('problems' in result && Object.fromEntries(Object.entries(result.problems).map(([field, problem]) => [field, problem.key]))).toEqual({
      name: 'policies.form.errors.name',
      targets: 'policies.form.errors.metadataPair',
      days: 'policies.form.errors.days',
      maxAgeDays: 'policies.form.errors.positive',
      credentialExpires: 'policies.form.errors.credentialExpires',
    });
  });

  it('says why a cron expression is not one, and previews nothing until it is', () => {
    const form = { ...tagged, scheduleKind: 'cron' as const, cron: '0 25 * * *' };
    const result = formToInput(form, now);
    expect('problems' in result && result.problems.cron?.key).toBe('policies.form.errors.cron');
    expect(previewRuns(form, now)).toBeNull();
  });

  it('previews the next five runs in the chosen zone, across Warsaw’s spring change', () => {
    const runs = previewRuns({ ...tagged, scheduleKind: 'daily', time: '02:30' }, new Date('2026-03-27T12:00:00Z'));
    expect(runs?.map((run) => run.toISOString())).toEqual([
      '2026-03-28T01:30:00.000Z',
      '2026-03-29T01:00:00.000Z',
      '2026-03-30T00:30:00.000Z',
      '2026-03-31T00:30:00.000Z',
      '2026-04-01T00:30:00.000Z',
    ]);
  });

  it('reads a saved policy back into the form (minutes that are whole hours as hours)', () => {
    const checked = formToInput({ ...tagged, scheduleKind: 'interval', intervalAmount: '2', intervalUnit: 'minutes', instanceIds: ['a'] }, now);
    if (!('input' in checked)) throw new Error('expected a valid form');
    const policy = {
      ...checked.input,
      namePattern: checked.input.namePattern ?? '',
      credentialExpiresAt: null,
      id: 'p',
      projectId: 'x',
      createdAt: now.toISOString(),
      updatedAt: now.toISOString(),
      nextRunAt: null,
      lastRun: null,
      credential: { id: 'c', expiresAt: null },
    };
    expect(policyToForm(policy)).toMatchObject({ intervalAmount: '2', intervalUnit: 'minutes', instanceIds: ['a'], metadataKey: 'backup' });
    expect(policyToForm({ ...policy, schedule: { kind: 'interval', minutes: 120 } })).toMatchObject({ intervalAmount: '2', intervalUnit: 'hours' });
  });
});

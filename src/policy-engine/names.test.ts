import { namePatternProblem, snapshotName } from './names.mjs';
import { DEFAULT_NAME_PATTERN } from './schema.mjs';

describe('snapshotName', () => {
  const at = new Date('2026-03-29T01:05:09Z');

  it('fills the default pattern with the wall time in the policy’s zone', () => {
    expect(snapshotName(DEFAULT_NAME_PATTERN, { instance: 'web-1', policy: 'nightly', at, timeZone: 'Europe/Warsaw' })).toBe('web-1-nightly-20260329-0305');
    expect(snapshotName(DEFAULT_NAME_PATTERN, { instance: 'web-1', policy: 'nightly', at, timeZone: 'UTC' })).toBe('web-1-nightly-20260329-0105');
  });

  it('takes other date layouts, the instance id, and leaves plain text alone', () => {
    const name = snapshotName('backup of {instance_id} at {YYYY-MM-DD HH:mm:ss} ({policy})', {
      instance: 'web-1',
      instanceId: '5c1d',
      policy: 'hourly',
      at,
      timeZone: 'UTC',
    });
    expect(name).toBe('backup of 5c1d at 2026-03-29 01:05:09 (hourly)');
  });

  it('keeps names within Glance’s 255 characters', () => {
    expect(snapshotName('{instance}', { instance: 'x'.repeat(300), policy: 'p', at, timeZone: 'UTC' })).toHaveLength(255);
  });

  it('names an unknown placeholder', () => {
    expect(namePatternProblem('{instance}-{host}')).toBe('Unknown placeholder {host}: use {instance}, {instance_id}, {policy} or a date such as {YYYYMMDD-HHmm}.');
    expect(namePatternProblem('{--}')).not.toBeNull();
    expect(namePatternProblem(DEFAULT_NAME_PATTERN)).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import { defaultSnapshotName, snapshotNameProblem } from './snapshot-name';

describe('snapshot name', () => {
  it('is required once trimmed', () => {
    expect(snapshotNameProblem('')).toEqual({ kind: 'required' });
    expect(snapshotNameProblem('    ')).toEqual({ kind: 'required' });
  });

  it('allows 255 characters and refuses 256', () => {
    expect(snapshotNameProblem('a'.repeat(255))).toBeNull();
    expect(snapshotNameProblem('a'.repeat(256))).toEqual({ kind: 'tooLong', length: 256 });
    expect(snapshotNameProblem(`  ${'a'.repeat(255)}  `)).toBeNull();
  });

  it('defaults to <instance>-snapshot-<date>, cut to fit', () => {
    const now = new Date(2025, 0, 31, 14, 7);
    expect(defaultSnapshotName('web-1', now)).toBe('web-1-snapshot-20250131-1407');
    const long = defaultSnapshotName('x'.repeat(300), now);
    expect([...long]).toHaveLength(255);
    expect(long.endsWith('-snapshot-20250131-1407')).toBe(true);
  });
});

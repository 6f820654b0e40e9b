import type { PortImage } from './port.mjs';
import { retentionVictims } from './retention.mjs';

const now = new Date('2026-03-10T12:00:00Z');

function snapshot(id: string, daysAgo: number, extra: Partial<PortImage> = {}): PortImage {
  return {
    id,
    name: id,
    status: 'active',
    protected: false,
    created_at: new Date(now.getTime() - daysAgo * 86_400_000).toISOString(),
    instance_uuid: 'web',
    dashboard_policy_id: 'pol-1',
    ...extra,
  };
}

const ids = (images: PortImage[]) => images.map((image) => image.id);

describe('retentionVictims', () => {
  it('keeps the newest N per instance and deletes the rest, oldest first', () => {
    const images = [snapshot('w1', 4), snapshot('w2', 3), snapshot('w3', 2), snapshot('w4', 1), snapshot('d1', 3, { instance_uuid: 'db' }), snapshot('d2', 1, { instance_uuid: 'db' })];
    expect(ids(retentionVictims({ policyId: 'pol-1', images, keepLast: 2, maxAgeDays: null, now }))).toEqual(['w1', 'w2']);
    expect(ids(retentionVictims({ policyId: 'pol-1', images, keepLast: 2, maxAgeDays: null, now, instanceId: 'db' }))).toEqual([]);
  });

  it('tells a volume-backed instance’s snapshots (no instance_uuid) apart by the policy’s own property', () => {
    const volume = { instance_uuid: undefined, dashboard_policy_instance: 'vol' };
    const images = [snapshot('v1', 3, volume), snapshot('v2', 2, volume), snapshot('w1', 1)];
    expect(ids(retentionVictims({ policyId: 'pol-1', images, keepLast: 1, maxAgeDays: null, now }))).toEqual(['v1']);
  });

  it('never touches a hand-made snapshot, another policy’s or a protected one', () => {
    const images = [
      snapshot('by-hand', 9, { dashboard_policy_id: undefined }),
      snapshot('other', 9, { dashboard_policy_id: 'pol-2' }),
      snapshot('locked', 8, { protected: true }),
      snapshot('old', 7),
      snapshot('new', 1),
    ];
    expect(ids(retentionVictims({ policyId: 'pol-1', images, keepLast: 1, maxAgeDays: null, now }))).toEqual(['old']);
  });

  it('deletes by age but never the last active snapshot, even when a newer one failed', () => {
    const images = [snapshot('old', 30), snapshot('older', 40), snapshot('broken', 1, { status: 'killed' }), snapshot('uploading', 0, { status: 'saving' })];
    expect(ids(retentionVictims({ policyId: 'pol-1', images, keepLast: null, maxAgeDays: 7, now }))).toEqual(['older', 'broken']);
  });

  it('keeps what either rule keeps when both are set', () => {
    const images = [snapshot('a', 10), snapshot('b', 5), snapshot('c', 3), snapshot('d', 2), snapshot('e', 1)];
    expect(ids(retentionVictims({ policyId: 'pol-1', images, keepLast: 2, maxAgeDays: 4, now }))).toEqual(['a', 'b']);
    expect(ids(retentionVictims({ policyId: 'pol-1', images, keepLast: 4, maxAgeDays: 1, now }))).toEqual(['a']);
  });
});

import { describe, expect, it } from 'vitest';
import type { Volume, VolumeQuotaUsage } from '@/openstack/cinder/schemas';
import { volumeSnapshotQuotaChecks } from './quota-checks';

function volume(id: string, size: number, type: string | null): Volume {
  return { id, name: id, status: 'in-use', size, bootable: 'true', attachments: [], created_at: '2025-01-01T00:00:00Z', volume_type: type };
}

const entry = (limit: number, inUse: number, reserved = 0) => ({ limit, in_use: inUse, reserved });

describe('volumeSnapshotQuotaChecks', () => {
  it('asks one snapshot per volume and their total size, per type where a limit is set', () => {
    const quota: VolumeQuotaUsage = {
      id: 'demo',
      volumes: entry(10, 2),
      snapshots: entry(10, 9),
      gigabytes: entry(100, 50, 5),
      snapshots_ssd: entry(-1, 0),
      gigabytes_ssd: entry(20, 15),
    };
    const checks = volumeSnapshotQuotaChecks([volume('root', 10, 'ssd'), volume('data', 5, null)], quota);
    expect(checks).toEqual([
      { resource: 'snapshots', volumeType: null, used: 9, requested: 2, limit: 10, fits: false },
      { resource: 'gigabytes', volumeType: null, used: 55, requested: 15, limit: 100, fits: true },
      { resource: 'gigabytes', volumeType: 'ssd', used: 15, requested: 10, limit: 20, fits: false },
    ]);
  });
});

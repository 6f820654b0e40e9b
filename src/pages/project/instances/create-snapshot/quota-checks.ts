import type { Volume, VolumeQuotaUsage, VolumeQuotaUsageEntry } from '@/openstack/cinder/schemas';

/** Cinder's snapshot count and storage, or Glance's image count. */
export type QuotaResource = 'snapshots' | 'gigabytes' | 'images';

/** One quota this snapshot draws on: what is used, what it asks for and the limit (-1 = none). */
export interface QuotaCheck {
  resource: QuotaResource;
  /** Set for a per-volume-type quota (`snapshots_<type>`). */
  volumeType: string | null;
  used: number;
  requested: number;
  limit: number;
  fits: boolean;
}

function entryOf(quota: VolumeQuotaUsage, key: string): VolumeQuotaUsageEntry | null {
  const value: unknown = (quota as Record<string, unknown>)[key];
  if (typeof value !== 'object' || value === null) return null;
  const entry = value as Partial<VolumeQuotaUsageEntry>;
  return typeof entry.limit === 'number' && typeof entry.in_use === 'number'
    ? { limit: entry.limit, in_use: entry.in_use, reserved: typeof entry.reserved === 'number' ? entry.reserved : 0 }
    : null;
}

function check(resource: QuotaResource, volumeType: string | null, entry: VolumeQuotaUsageEntry, requested: number): QuotaCheck {
  const used = entry.in_use + entry.reserved;
  const unlimited = entry.limit < 0;
  return { resource, volumeType, used, requested, limit: entry.limit, fits: unlimited || used + requested <= entry.limit };
}

/**
 * Nova snapshots every volume of a volume-backed server (one Cinder snapshot each): they must fit
 * Cinder's `snapshots` and `gigabytes` quotas, and the per-type ones where the cloud reports them.
 */
export function volumeSnapshotQuotaChecks(volumes: readonly Volume[], quota: VolumeQuotaUsage): QuotaCheck[] {
  const checks: QuotaCheck[] = [];
  const totalSize = volumes.reduce((sum, volume) => sum + volume.size, 0);
  const snapshots = entryOf(quota, 'snapshots');
  const gigabytes = entryOf(quota, 'gigabytes');
  if (snapshots) checks.push(check('snapshots', null, snapshots, volumes.length));
  if (gigabytes) checks.push(check('gigabytes', null, gigabytes, totalSize));

  const byType = new Map<string, { count: number; size: number }>();
  for (const volume of volumes) {
    if (!volume.volume_type) continue;
    const current = byType.get(volume.volume_type) ?? { count: 0, size: 0 };
    byType.set(volume.volume_type, { count: current.count + 1, size: current.size + volume.size });
  }
  for (const [type, need] of byType) {
    const typeSnapshots = entryOf(quota, `snapshots_${type}`);
    const typeGigabytes = entryOf(quota, `gigabytes_${type}`);
    // A per-type quota is shown only when it is set: an unlimited one cannot refuse anything.
    if (typeSnapshots && typeSnapshots.limit >= 0) checks.push(check('snapshots', type, typeSnapshots, need.count));
    if (typeGigabytes && typeGigabytes.limit >= 0) checks.push(check('gigabytes', type, typeGigabytes, need.size));
  }
  return checks;
}

import type { Volume, VolumeQuotaUsage, VolumeQuotaUsageEntry, VolumeSnapshot } from './schemas';

/** Cinder's `bootable` is the string `"true"` or `"false"`. */
export function isBootable(volume: Pick<Volume, 'bootable'>): boolean {
  return volume.bootable.trim().toLowerCase() === 'true';
}

/** The snapshot's progress as a number 0–100, from `os-extended-snapshot-attributes:progress` ("42%"). */
export function snapshotProgress(snapshot: VolumeSnapshot): number | null {
  const raw = snapshot['os-extended-snapshot-attributes:progress'];
  if (!raw) return null;
  const value = Number.parseFloat(raw);
  return Number.isFinite(value) ? value : null;
}

/**
 * The per-volume-type entries of one resource of a quota usage: `perTypeQuota(usage, 'snapshots')`
 * turns `snapshots___DEFAULT__` into `{ __DEFAULT__: {limit, in_use, reserved} }`.
 */
export function perTypeQuota(usage: VolumeQuotaUsage, resource: string): Record<string, VolumeQuotaUsageEntry> {
  const prefix = `${resource}_`;
  const result: Record<string, VolumeQuotaUsageEntry> = {};
  for (const [key, value] of Object.entries(usage)) {
    if (!key.startsWith(prefix) || typeof value !== 'object' || value === null) continue;
    const entry = value as Partial<VolumeQuotaUsageEntry>;
    if (typeof entry.limit !== 'number' || typeof entry.in_use !== 'number' || typeof entry.reserved !== 'number') continue;
    result[key.slice(prefix.length)] = { ...value, limit: entry.limit, in_use: entry.in_use, reserved: entry.reserved };
  }
  return result;
}

import type { MockDb } from '../db';
import { computeQuotaDefaults } from '../db/compute';
import { volumeQuotaDefaults } from '../db/volume';
import { ApiError } from '../http/errors';

/** Quota limits and usage, always counted from the state (never stored). */
export function computeLimit(db: MockDb, projectId: string, key: string): number {
  return db.compute.quotas[projectId]?.[key] ?? computeQuotaDefaults[key] ?? -1;
}

export function computeUsage(db: MockDb, projectId: string): { instances: number; cores: number; ram: number } {
  let instances = 0;
  let cores = 0;
  let ram = 0;
  for (const server of Object.values(db.compute.servers)) {
    if (server.project_id !== projectId) continue;
    instances += 1;
    cores += server.flavor.vcpus;
    ram += server.flavor.ram;
  }
  return { instances, cores, ram };
}

export function keypairCount(db: MockDb, userId: string): number {
  return Object.values(db.compute.keypairs).filter((k) => k.user_id === userId).length;
}

export function volumeLimit(db: MockDb, projectId: string, key: string): number {
  return db.volume.quotas[projectId]?.[key] ?? volumeQuotaDefaults[key] ?? -1;
}

export function volumeUsage(db: MockDb, projectId: string): { volumes: number; snapshots: number; gigabytes: number } {
  let volumes = 0;
  let snapshots = 0;
  let gigabytes = 0;
  for (const volume of Object.values(db.volume.volumes)) {
    if (volume.project_id !== projectId) continue;
    volumes += 1;
    gigabytes += volume.size;
  }
  for (const snapshot of Object.values(db.volume.snapshots)) {
    if (snapshot.project_id !== projectId) continue;
    snapshots += 1;
    gigabytes += snapshot.size;
  }
  return { volumes, snapshots, gigabytes };
}

/**
 * Cinder's reservation check, in its order (count first, then gigabytes); null when it fits.
 * The 413 message carries the exception class name, as Cinder's fault middleware writes it.
 */
export function volumeQuotaError(
  db: MockDb,
  projectId: string,
  request: { volumes?: number; snapshots?: number; gigabytes: number },
): ApiError | null {
  const usage = volumeUsage(db, projectId);
  const over = (key: 'volumes' | 'snapshots' | 'gigabytes', delta: number): boolean => {
    const limit = volumeLimit(db, projectId, key);
    return limit >= 0 && usage[key] + delta > limit;
  };
  const retry = { headers: { 'Retry-After': '0' } };
  if (request.volumes && over('volumes', request.volumes)) {
    const allowed = volumeLimit(db, projectId, 'volumes');
    return new ApiError(
      413,
      `VolumeLimitExceeded: Maximum number of volumes allowed (${allowed}) exceeded for quota 'volumes'.`,
      retry,
    );
  }
  if (request.snapshots && over('snapshots', request.snapshots)) {
    const allowed = volumeLimit(db, projectId, 'snapshots');
    return new ApiError(413, `SnapshotLimitExceeded: Maximum number of snapshots allowed (${allowed}) exceeded`, retry);
  }
  if (over('gigabytes', request.gigabytes)) {
    const quota = volumeLimit(db, projectId, 'gigabytes');
    return new ApiError(
      413,
      `VolumeSizeExceedsAvailableQuota: Requested volume or snapshot exceeds allowed gigabytes quota. Requested ${request.gigabytes}G, quota is ${quota}G and ${usage.gigabytes}G has been consumed.`,
      retry,
    );
  }
  return null;
}

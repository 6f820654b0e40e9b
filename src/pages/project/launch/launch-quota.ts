import type { VolumeQuotaUsage } from '@/openstack/cinder/schemas';
import type { ComputeAbsoluteLimits, Flavor } from '@/openstack/nova/schemas';
import type { BootCandidate } from './candidates';
import type { RecreatedVolume } from './source-facts';

export type QuotaResource = 'instances' | 'vcpus' | 'ram' | 'volumes' | 'gigabytes';

export interface QuotaLine {
  resource: QuotaResource;
  used: number;
  /** What this launch adds. */
  requested: number;
  /** null: unlimited. */
  limit: number | null;
}

/** The new Cinder volumes (and their GB) one instance of this launch makes. */
interface VolumeDemand {
  volumes: number;
  gigabytes: number;
}

interface VolumeDemandInput {
  candidate: BootCandidate | undefined;
  createVolume: boolean;
  /** The size asked for a new volume (image with Create New Volume, volume snapshot). */
  volumeSizeGb: number | null;
  /** For a volume-backed instance's snapshot: the volumes Nova recreates. */
  recreated: readonly RecreatedVolume[];
}

export function volumeDemand({ candidate, createVolume, volumeSizeGb, recreated }: VolumeDemandInput): VolumeDemand {
  if (!candidate || candidate.type === 'volume') return { volumes: 0, gigabytes: 0 };
  if (candidate.type === 'volume_snapshot') return { volumes: 1, gigabytes: volumeSizeGb ?? candidate.snapshot.size };
  if (recreated.length > 0) {
    return { volumes: recreated.length, gigabytes: recreated.reduce((sum, volume) => sum + (volume.sizeGb ?? 0), 0) };
  }
  return createVolume ? { volumes: 1, gigabytes: volumeSizeGb ?? 0 } : { volumes: 0, gigabytes: 0 };
}

const limitOf = (value: number): number | null => (value < 0 ? null : value);

interface LaunchQuotaInput {
  limits: ComputeAbsoluteLimits | undefined;
  volumeQuota: VolumeQuotaUsage | undefined;
  count: number;
  flavor: Flavor | undefined;
  demand: VolumeDemand;
}

/** Nova's instances, vCPUs and RAM and Cinder's volumes and gigabytes, with what this launch asks. */
export function launchQuotaLines({ limits, volumeQuota, count, flavor, demand }: LaunchQuotaInput): QuotaLine[] {
  const lines: QuotaLine[] = [];
  if (limits) {
    lines.push(
      { resource: 'instances', used: limits.totalInstancesUsed, requested: count, limit: limitOf(limits.maxTotalInstances) },
      { resource: 'vcpus', used: limits.totalCoresUsed, requested: (flavor?.vcpus ?? 0) * count, limit: limitOf(limits.maxTotalCores) },
      { resource: 'ram', used: limits.totalRAMUsed, requested: (flavor?.ram ?? 0) * count, limit: limitOf(limits.maxTotalRAMSize) },
    );
  }
  if (volumeQuota) {
    const { volumes, gigabytes } = volumeQuota;
    lines.push(
      { resource: 'volumes', used: volumes.in_use + volumes.reserved, requested: demand.volumes * count, limit: limitOf(volumes.limit) },
      {
        resource: 'gigabytes',
        used: gigabytes.in_use + gigabytes.reserved,
        requested: demand.gigabytes * count,
        limit: limitOf(gigabytes.limit),
      },
    );
  }
  return lines;
}

export function isOverQuota(line: QuotaLine): boolean {
  return line.limit !== null && line.requested > 0 && line.used + line.requested > line.limit;
}

/** What is left of a Nova resource before this launch; null when unlimited or not known. */
export function computeLeft(limits: ComputeAbsoluteLimits | undefined, resource: 'cores' | 'ram'): number | null {
  if (!limits) return null;
  const [max, used] =
    resource === 'cores' ? [limits.maxTotalCores, limits.totalCoresUsed] : [limits.maxTotalRAMSize, limits.totalRAMUsed];
  return max < 0 ? null : max - used;
}

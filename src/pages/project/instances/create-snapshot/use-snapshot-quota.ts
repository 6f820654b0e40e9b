import { useQueries, useQuery } from '@tanstack/react-query';
import { useApi } from '@/cloud/use-api';
import { volumeQueries, volumeServiceQueries } from '@/openstack/cinder/queries';
import type { Volume } from '@/openstack/cinder/schemas';
import { imageQueries } from '@/openstack/glance/queries';
import type { ImageQuotaEntry } from '@/openstack/glance/schemas';
import type { Server } from '@/openstack/nova/schemas';
import { isVolumeBacked } from '@/openstack/nova/server-helpers';
import { volumeSnapshotQuotaChecks, type QuotaCheck } from './quota-checks';

export type SnapshotQuota =
  | { kind: 'loading' }
  | { kind: 'failed'; error: unknown }
  | { kind: 'volume'; volumes: Volume[]; checks: QuotaCheck[] }
  /** Glance's usage where the cloud reports it (unified limits); null entries when it does not. */
  | { kind: 'image'; count: ImageQuotaEntry | null; size: ImageQuotaEntry | null };

export interface SnapshotQuotaResult {
  quota: SnapshotQuota;
  /** The checks that do not fit: the submit button is disabled while there is one. */
  blocking: QuotaCheck[];
}

function attachedVolumeIds(server: Server): string[] {
  return (server['os-extended-volumes:volumes_attached'] ?? []).map((volume) => volume.id);
}

/**
 * Quota first: for a volume-backed server, its volumes (a few GETs, for this one dialog) and
 * Cinder's quota usage; for an image-backed one, Glance's usage. Always fresh when the dialog opens.
 */
export function useSnapshotQuota(server: Server): SnapshotQuotaResult {
  const api = useApi();
  const volumeBacked = isVolumeBacked(server);
  const ids = volumeBacked ? attachedVolumeIds(server) : [];
  const volumes = useQueries({
    queries: ids.map((id) => ({ ...volumeQueries.detail(api, id), staleTime: 0 })),
  });
  const cinderQuota = useQuery({ ...volumeServiceQueries.quota(api), enabled: volumeBacked, staleTime: 0 });
  const glanceUsage = useQuery({ ...imageQueries.usage(api), enabled: !volumeBacked, staleTime: 0, retry: false });

  if (!volumeBacked) {
    if (glanceUsage.isPending) return { quota: { kind: 'loading' }, blocking: [] };
    // A cloud without unified limits (or an older Glance without /v2/info/usage) reports nothing.
    const usage = glanceUsage.data ?? {};
    const count = usage.image_count_total ?? null;
    const size = usage.image_size_total ?? null;
    const blocking: QuotaCheck[] =
      count && count.limit >= 0 && count.usage + 1 > count.limit
        ? [{ resource: 'images', volumeType: null, used: count.usage, requested: 1, limit: count.limit, fits: false }]
        : [];
    return { quota: { kind: 'image', count, size }, blocking };
  }

  const failed = [cinderQuota, ...volumes].find((query) => query.isError);
  if (failed) return { quota: { kind: 'failed', error: failed.error }, blocking: [] };
  if (!cinderQuota.data || volumes.some((query) => !query.data)) return { quota: { kind: 'loading' }, blocking: [] };
  const loaded = volumes.map((query) => query.data).filter((volume): volume is Volume => volume !== undefined);
  const checks = volumeSnapshotQuotaChecks(loaded, cinderQuota.data);
  return { quota: { kind: 'volume', volumes: loaded, checks }, blocking: checks.filter((check) => !check.fits) };
}

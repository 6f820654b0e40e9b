import { useQuery } from '@tanstack/react-query';
import { useApi } from '@/cloud/use-api';
import { volumeServiceQueries } from '@/openstack/cinder/queries';
import type { VolumeQuotaUsageEntry } from '@/openstack/cinder/schemas';
import type { CreateVolumeLimits } from './snapshot-forms';

export interface QuotaLine {
  used: number;
  limit: number;
}

function line(entry: VolumeQuotaUsageEntry | undefined): QuotaLine | null {
  return entry ? { used: entry.in_use + entry.reserved, limit: entry.limit } : null;
}

function left(quota: QuotaLine | null): number | null {
  return quota && quota.limit >= 0 ? quota.limit - quota.used : null;
}

/** The project's volume and gigabyte quota, for Create Volume's bars and its check before asking. */
export function useVolumeQuota() {
  const api = useApi();
  const query = useQuery(volumeServiceQueries.quota(api));
  const volumes = line(query.data?.volumes);
  const gigabytes = line(query.data?.gigabytes);
  const limits: CreateVolumeLimits = { volumesLeft: left(volumes), gigabytesLeft: left(gigabytes) };
  return { volumes, gigabytes, limits, isPending: query.isPending };
}

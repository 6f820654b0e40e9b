import { useQuery, type UseQueryResult } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useApi } from '@/cloud/use-api';
import { volumeQueries, volumeServiceQueries, volumeSnapshotQueries } from '@/openstack/cinder/queries';
import type { ProjectVolumes } from '@/openstack/cinder/project-volumes';
import { imageQueries } from '@/openstack/glance/queries';
import { networkQueries } from '@/openstack/neutron/queries';
import { computeQueries } from '@/openstack/nova/queries';
import type { SourceData } from './candidates';
import type { LaunchData } from './resolve-launch';
import { usePresetItem } from './use-preset-item';
import type { LaunchPreset } from './wizard-state';

/** Flavors, networks and the like change rarely: not refetched while the wizard is open. */
const REFERENCE_STALE_MS = 5 * 60_000;
/** Active images and snapshots: the classifier splits them. */
export const ACTIVE_IMAGES = { status: 'active', limit: 1000 } as const;
const volumeList = (data: ProjectVolumes) => data.volumes;

/** A listing's state for the step that shows it. */
export interface Listing {
  isLoading: boolean;
  error: unknown;
  retry(): void;
}

function listing(...queries: Array<UseQueryResult<unknown>>): Listing {
  const failed = queries.find((query) => query.isError);
  return {
    isLoading: queries.some((query) => query.isPending && !query.isError),
    error: failed?.error ?? null,
    retry: () => {
      for (const query of queries) if (query.isError) void query.refetch();
    },
  };
}

export interface LaunchResources {
  data: LaunchData;
  sources: Listing;
  flavors: Listing;
  networks: Listing;
  securityGroups: Listing;
  keypairs: Listing;
  quota: Listing;
  zones: string[];
}

/**
 * What the wizard needs, in a fixed number of requests however many items there are: three
 * listings for the boot sources, flavors, limits and quota, networks, security groups, key
 * pairs and zones, plus the URL's item by id (so a preset launches before the listings are
 * in). Quota is read fresh; nothing polls (nothing here is moving).
 */
export function useLaunchData(preset: LaunchPreset | null): LaunchResources {
  const api = useApi();
  const presetItem = usePresetItem(preset);
  const images = useQuery(imageQueries.every(api, ACTIVE_IMAGES));
  const volumes = useQuery({ ...volumeQueries.every(api), select: volumeList });
  const volumeSnapshots = useQuery(volumeSnapshotQueries.every(api));
  const flavors = useQuery({ ...computeQueries.flavors(api), staleTime: REFERENCE_STALE_MS });
  const limits = useQuery({ ...computeQueries.limits(api), staleTime: 0 });
  const volumeQuota = useQuery({ ...volumeServiceQueries.quota(api), staleTime: 0 });
  const networks = useQuery({ ...networkQueries.networks(api), staleTime: REFERENCE_STALE_MS });
  const securityGroups = useQuery({ ...networkQueries.securityGroups(api, { compact: true }), staleTime: REFERENCE_STALE_MS });
  const keypairs = useQuery({ ...computeQueries.keypairs(api), staleTime: REFERENCE_STALE_MS });
  const zones = useQuery({ ...computeQueries.availabilityZones(api), staleTime: REFERENCE_STALE_MS, retry: false });

  const sources = useMemo<SourceData | undefined>(
    () =>
      images.data && volumes.data && volumeSnapshots.data
        ? { images: images.data, volumes: volumes.data, volumeSnapshots: volumeSnapshots.data }
        : undefined,
    [images.data, volumes.data, volumeSnapshots.data],
  );
  const zoneNames = useMemo(
    () => (zones.data ?? []).filter((zone) => zone.zoneState.available).map((zone) => zone.zoneName),
    [zones.data],
  );

  const data = useMemo<LaunchData>(
    () => ({
      sources,
      presetItem,
      volumeSnapshots: volumeSnapshots.data,
      flavors: flavors.data,
      networks: networks.data,
      securityGroups: securityGroups.data,
      keypairs: keypairs.data,
      limits: limits.data,
      volumeQuota: volumeQuota.data,
    }),
    [sources, presetItem, volumeSnapshots.data, flavors.data, networks.data, securityGroups.data, keypairs.data, limits.data, volumeQuota.data],
  );

  return {
    data,
    sources: listing(images, volumes, volumeSnapshots),
    flavors: listing(flavors),
    networks: listing(networks),
    securityGroups: listing(securityGroups),
    keypairs: listing(keypairs),
    quota: listing(limits, volumeQuota),
    zones: zoneNames,
  };
}

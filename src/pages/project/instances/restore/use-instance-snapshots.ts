import { useQuery } from '@tanstack/react-query';
import { useApi } from '@/cloud/use-api';
import { imageQueries } from '@/openstack/glance/queries';
import { uploadingImageStatuses, type Image } from '@/openstack/glance/schemas';
import type { Server } from '@/openstack/nova/schemas';
import { isVolumeBacked } from '@/openstack/nova/server-helpers';
import { newestFirst } from './restore-rules';

const POLL_MS = 3000;
const moving = new Set<string>(uploadingImageStatuses);
const poll = (images: readonly Image[] | undefined) => (images?.some((image) => moving.has(image.status)) ? POLL_MS : false);

export type InstanceSnapshots =
  | { kind: 'loading' }
  | { kind: 'error'; error: unknown; retry(): void }
  | { kind: 'ready'; images: Image[] };

/**
 * This instance's snapshots: the images Glance finds by `instance_uuid` and, for a volume-backed
 * instance, the instance snapshots whose BDMs name snapshots of its volumes. Polled while one moves.
 */
export function useInstanceSnapshots(server: Server): InstanceSnapshots {
  const api = useApi();
  const volumeIds = isVolumeBacked(server) ? (server['os-extended-volumes:volumes_attached'] ?? []).map((volume) => volume.id) : [];
  const byUuid = useQuery({ ...imageQueries.byInstance(api, server.id), refetchInterval: (query) => poll(query.state.data) });
  const byVolumes = useQuery({
    ...imageQueries.volumeBackedOf(api, volumeIds),
    enabled: volumeIds.length > 0,
    refetchInterval: (query) => poll(query.state.data),
  });
  if (byUuid.isError) return { kind: 'error', error: byUuid.error, retry: () => void byUuid.refetch() };
  if (byVolumes.isError) return { kind: 'error', error: byVolumes.error, retry: () => void byVolumes.refetch() };
  if (byUuid.isPending || (volumeIds.length > 0 && byVolumes.isPending)) return { kind: 'loading' };
  const seen = new Set<string>();
  const images = [...byUuid.data, ...(byVolumes.data ?? [])].filter((image) => !seen.has(image.id) && seen.add(image.id));
  return { kind: 'ready', images: newestFirst(images) };
}

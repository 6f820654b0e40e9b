import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useApi } from '@/cloud/use-api';
import type { ProjectVolumes } from '@/openstack/cinder/project-volumes';
import { volumeQueries, volumeServiceQueries } from '@/openstack/cinder/queries';
import type { VolumeSnapshot } from '@/openstack/cinder/schemas';
import { imageQueries } from '@/openstack/glance/queries';
import { buildRows, indexImagesBySnapshot, indexVolumes, newestMessages, type SnapshotRow, type VolumeLookup, type VolumesChecked } from './snapshot-rows';
import { isFailed, MOVING_VOLUME_STATUSES } from './snapshot-status';
import { POLL_MS } from './use-snapshots-list';

/**
 * The instance snapshots of volume-backed servers (`bdm_v2=True`), in one listing: their block
 * device mappings name the Cinder snapshots they need (see `indexImagesBySnapshot`).
 */
const VOLUME_BACKED_IMAGES = { properties: { bdm_v2: 'True' }, limit: 1000 } as const;

/** The lookup polls while a volume moves (one being made from a snapshot). */
function anyVolumeMoving(data: ProjectVolumes | undefined): boolean {
  return data?.volumes.some((volume) => MOVING_VOLUME_STATUSES.includes(volume.status)) ?? false;
}

/**
 * Everything a row shows beyond the snapshot itself, from a fixed number of requests whatever the
 * page size: one volume listing, one Glance listing of volume-backed instance snapshots, and —
 * only when a row has failed — one call for Cinder's user messages. `listed` is false until the
 * snapshot list has answered: the lookups wait for it, so they never compete with the request the
 * first rows need (on a real Cinder they are answered by the same few workers); names fill in after.
 */
export function useSnapshotRows(snapshots: readonly VolumeSnapshot[], listed: boolean): { rows: SnapshotRow[]; volumes: VolumeLookup } {
  const api = useApi();
  const volumes = useQuery({
    ...volumeQueries.every(api),
    enabled: listed,
    refetchInterval: (current) => (anyVolumeMoving(current.state.data) ? POLL_MS : false),
  });
  const images = useQuery({ ...imageQueries.every(api, VOLUME_BACKED_IMAGES), enabled: listed });
  const anyFailed = snapshots.some(isFailed);
  const messages = useQuery({ ...volumeServiceQueries.messages(api, {}), enabled: anyFailed });

  const checked: VolumesChecked = volumes.isPending ? 'pending' : volumes.data?.complete ? 'checked' : 'unknown';
  const volumeLookup = useMemo(() => indexVolumes(volumes.data?.volumes ?? [], checked), [volumes.data, checked]);
  const imageLinks = useMemo(() => indexImagesBySnapshot(images.data ?? []), [images.data]);
  const messageIndex = useMemo(() => newestMessages(anyFailed ? (messages.data ?? []) : []), [messages.data, anyFailed]);
  const rows = useMemo(
    () => buildRows(snapshots, { volumes: volumeLookup, images: imageLinks, messages: messageIndex }),
    [snapshots, volumeLookup, imageLinks, messageIndex],
  );
  return { rows, volumes: volumeLookup };
}

import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useApi } from '@/cloud/use-api';
import { volumeQueries, volumeSnapshotQueries } from '@/openstack/cinder/queries';
import { imageQueries } from '@/openstack/glance/queries';
import type { SourceData } from './candidates';
import type { LaunchPreset } from './wizard-state';

/** Lookups by id answer 404 for a deleted item: asked once (usePresetIssue shares these queries). */
const once = { retry: false } as const;

/**
 * The item the URL names, read by id (a volume snapshot with its volume), as a one-item SourceData:
 * the wizard can launch it without waiting for the listings (a catalogue of 1,000 images takes
 * seconds). Undefined while it loads, without a preset, or when it could not be read.
 */
export function usePresetItem(preset: LaunchPreset | null): SourceData | undefined {
  const api = useApi();
  const id = preset?.id ?? '';
  const source = preset?.source;
  const isImage = source === 'image' || source === 'instance_snapshot';
  const image = useQuery({ ...imageQueries.detail(api, id), ...once, enabled: id !== '' && isImage });
  const volume = useQuery({ ...volumeQueries.detail(api, id), ...once, enabled: id !== '' && source === 'volume' });
  const snapshot = useQuery({ ...volumeSnapshotQueries.detail(api, id), ...once, enabled: id !== '' && source === 'volume_snapshot' });
  const snapshotVolumeId = source === 'volume_snapshot' ? (snapshot.data?.volume_id ?? '') : '';
  const snapshotVolume = useQuery({ ...volumeQueries.detail(api, snapshotVolumeId), ...once, enabled: snapshotVolumeId !== '' });

  return useMemo<SourceData | undefined>(() => {
    if (isImage) return image.data ? { images: [image.data], volumes: [], volumeSnapshots: [] } : undefined;
    if (source === 'volume') return volume.data ? { images: [], volumes: [volume.data], volumeSnapshots: [] } : undefined;
    if (source === 'volume_snapshot' && snapshot.data && snapshotVolume.data) {
      return { images: [], volumes: [snapshotVolume.data], volumeSnapshots: [snapshot.data] };
    }
    return undefined;
  }, [isImage, source, image.data, volume.data, snapshot.data, snapshotVolume.data]);
}

import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useApi } from '@/cloud/use-api';
import { volumeKeys, volumeQueries, volumeSnapshotKeys, volumeSnapshotQueries } from '@/openstack/cinder/queries';
import { isOpenStackError } from '@/openstack/errors';
import { imageKeys, imageQueries } from '@/openstack/glance/queries';
import type { SourceData } from './candidates';
import { ACTIVE_IMAGES } from './use-launch-data';
import { presetIssue, type PresetIssue } from './preset-issue';
import { isSettling } from './status-words';
import type { LaunchPreset } from './wizard-state';

/** While the chosen item is still being made, it is looked at this often (nothing else polls). */
const PRESET_POLL_MS = 2000;

const pollWhileSettling = (status: string | undefined): number | false => (status && isSettling(status) ? PRESET_POLL_MS : false);

/**
 * When the URL's item is not a candidate, says why. An image is looked up once (the listing holds
 * only active ones); one still saving or creating is watched until it is ready, and then the
 * candidate listing is refreshed so it becomes selectable on its own.
 */
export function usePresetIssue(preset: LaunchPreset | null, missing: boolean, sources: SourceData | undefined): PresetIssue | null {
  const api = useApi();
  const client = useQueryClient();
  const id = preset?.id ?? '';
  const isImage = preset?.source === 'image' || preset?.source === 'instance_snapshot';
  const image = useQuery({
    ...imageQueries.detail(api, id),
    enabled: missing && isImage,
    retry: false,
    refetchInterval: (query) => pollWhileSettling(query.state.data?.status),
  });
  const cinderIssue = missing && preset && !isImage && sources ? presetIssue({ ...preset, id }, sources, { image: undefined }) : null;
  const watchCinder = cinderIssue?.kind === 'notReady';
  const volume = useQuery({
    ...volumeQueries.detail(api, id),
    enabled: watchCinder && preset?.source === 'volume',
    retry: false,
    refetchInterval: (query) => pollWhileSettling(query.state.data?.status),
  });
  const snapshot = useQuery({
    ...volumeSnapshotQueries.detail(api, id),
    enabled: watchCinder && preset?.source === 'volume_snapshot',
    retry: false,
    refetchInterval: (query) => pollWhileSettling(query.state.data?.status),
  });

  const imageReady = missing && image.data?.status === 'active';
  const cinderReady = missing && (volume.data?.status === 'available' || snapshot.data?.status === 'available');
  useEffect(() => {
    if (imageReady) void client.invalidateQueries({ queryKey: imageKeys.every(api, ACTIVE_IMAGES) });
  }, [imageReady, client, api]);
  useEffect(() => {
    if (!cinderReady) return;
    void client.invalidateQueries({ queryKey: volumeKeys.every(api) });
    void client.invalidateQueries({ queryKey: volumeSnapshotKeys.every(api) });
  }, [cinderReady, client, api]);

  if (!missing || !preset?.id || !sources) return null;
  if (isImage && image.isError) {
    const notFound = isOpenStackError(image.error) && image.error.status === 404;
    return notFound ? { kind: 'gone', id: preset.id } : { kind: 'lookupFailed', error: image.error };
  }
  return presetIssue({ ...preset, id: preset.id }, sources, { image: image.data });
}

import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useMemo } from 'react';
import { volumeMutations, volumeQueries } from '@/openstack/cinder/queries';
import { orNullOn404 } from '@/openstack/errors';
import { imageKeys, imageQueries } from '@/openstack/glance/queries';
import type { CloudApi } from '@/openstack/http';
import type { CopyDeps } from './advance-copy';
import { saveCopyPlan } from './plan-store';

/** What a copy needs from the cloud, through the same queries and mutations as the pages. */
export function useCopyDeps(api: CloudApi): CopyDeps {
  const queryClient = useQueryClient();
  const { mutateAsync: create } = useMutation(volumeMutations.create(api));
  const { mutateAsync: upload } = useMutation(volumeMutations.uploadToImage(api));
  const { mutateAsync: remove } = useMutation(volumeMutations.delete(api));
  return useMemo<CopyDeps>(
    () => ({
      readVolume: (volumeId) => orNullOn404(queryClient.query({ ...volumeQueries.detail(api, volumeId), staleTime: 0, retry: false })),
      findVolume: async (name, snapshotId) => {
        const page = await queryClient.query({ ...volumeQueries.list(api, { name }), staleTime: 0, retry: false });
        return page.volumes.find((volume) => volume.snapshot_id === snapshotId) ?? null;
      },
      createVolume: (input) => create(input),
      uploadToImage: async (input) => {
        const started = await upload(input);
        void queryClient.invalidateQueries({ queryKey: imageKeys.lists(api) });
        return started;
      },
      imageIdsNamed: async (name) => {
        const images = await queryClient.query({ ...imageQueries.every(api, { name, owner: api.projectId }), staleTime: 0, retry: false });
        return images.map((image) => image.id);
      },
      readImage: (imageId) => orNullOn404(queryClient.query({ ...imageQueries.detail(api, imageId), staleTime: 0, retry: false })),
      deleteVolume: (volumeId) => remove(volumeId),
      save: saveCopyPlan,
    }),
    [api, create, queryClient, remove, upload],
  );
}

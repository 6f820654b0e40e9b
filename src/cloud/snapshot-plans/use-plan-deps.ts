import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useMemo } from 'react';
import { orNullOn404 } from '@/openstack/errors';
import { imageQueries } from '@/openstack/glance/queries';
import type { CloudApi } from '@/openstack/http';
import { serverMutations, serverQueries } from '@/openstack/nova/queries';
import type { PlanDeps } from './advance-plan';
import { savePlan } from './plan-store';

/** What a plan needs from the cloud, through the same queries and mutations as the pages. */
export function usePlanDeps(api: CloudApi): PlanDeps {
  const queryClient = useQueryClient();
  const { mutateAsync: stop } = useMutation(serverMutations.stop(api));
  const { mutateAsync: start } = useMutation(serverMutations.start(api));
  const { mutateAsync: createImage } = useMutation(serverMutations.createImage(api));
  return useMemo<PlanDeps>(
    () => ({
      readServer: (serverId) => orNullOn404(queryClient.query({ ...serverQueries.detail(api, serverId), staleTime: 0, retry: false })),
      readImage: (imageId) => orNullOn404(queryClient.query({ ...imageQueries.detail(api, imageId), staleTime: 0, retry: false })),
      findSnapshot: async (name, serverId) => {
        const page = await queryClient.query({ ...imageQueries.list(api, { name }), staleTime: 0, retry: false });
        return page.images.find((image) => image.instance_uuid === serverId) ?? null;
      },
      stopServer: (serverId) => stop(serverId),
      startServer: (serverId) => start(serverId),
      createImage: (serverId, name) => createImage({ serverId, name }),
      save: savePlan,
    }),
    [api, createImage, queryClient, start, stop],
  );
}

import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useCallback, useRef, useState } from 'react';
import { useApi } from '@/cloud/use-api';
import { watchOperation } from '@/cloud/watches/watch-store';
import { imageKeys, imageQueries } from '@/openstack/glance/queries';
import type { Server } from '@/openstack/nova/schemas';
import { serverKeys, serverMutations, serverQueries } from '@/openstack/nova/queries';
import { defaultSnapshotName } from '../create-snapshot/snapshot-name';
import { runRestoreFlow, type RestoreFlowState } from './restore-flow';

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export interface RestoreRequest {
  imageId: string;
  safetySnapshot: boolean;
}

/** Runs one restore of `server` and exposes its progress; the caches are refreshed as it goes. */
export function useRestore(server: Server) {
  const api = useApi();
  const queryClient = useQueryClient();
  const { mutateAsync: createImage } = useMutation(serverMutations.createImage(api));
  const { mutateAsync: rebuild } = useMutation(serverMutations.rebuild(api));
  const [state, setState] = useState<RestoreFlowState | null>(null);
  const running = useRef(false);

  const start = useCallback(
    async ({ imageId, safetySnapshot }: RestoreRequest) => {
      if (running.current) return;
      running.current = true;
      const readServer = () => queryClient.query({ ...serverQueries.detail(api, server.id), staleTime: 0 });
      try {
        await runRestoreFlow(
          { safetySnapshot },
          {
            createImage: () => createImage({ serverId: server.id, name: defaultSnapshotName(server.name) }),
            readImage: (id) => queryClient.query({ ...imageQueries.detail(api, id), staleTime: 0 }),
            rebuild: async () => {
              await rebuild({ serverId: server.id, imageId });
              // The shell tells when the rebuilt instance is active, wherever the user is by then.
              watchOperation({ scope: api.scope, kind: 'restore', id: server.id, name: server.name, serverId: server.id });
            },
            readServer,
            sleep,
            now: () => Date.now(),
          },
          setState,
        );
      } finally {
        running.current = false;
        await Promise.all([
          queryClient.invalidateQueries({ queryKey: serverKeys.all(api) }),
          queryClient.invalidateQueries({ queryKey: imageKeys.lists(api) }),
        ]);
      }
    },
    [api, createImage, queryClient, rebuild, server.id, server.name],
  );

  return { state, start };
}

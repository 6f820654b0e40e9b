import { useQueries, useQuery } from '@tanstack/react-query';
import { useApi } from '@/cloud/use-api';
import { volumeQueries } from '@/openstack/cinder/queries';
import { imageQueries } from '@/openstack/glance/queries';
import { serverQueries } from '@/openstack/nova/queries';
import { serverImageId } from '@/openstack/nova/server-helpers';
import type { Server } from '@/openstack/nova/schemas';
import { isInTransition } from '../instance-state';

/** How often the page refreshes while the instance moves; off once it is stable. */
const DETAIL_POLL_MS = 2000;

function pollWhileMoving(server: Server | undefined): number | false {
  return server && isInTransition(server) ? DETAIL_POLL_MS : false;
}

/** The server, polled while it moves; a 404 is an answer (not-found page), not something to retry. */
export function useInstance(id: string) {
  const api = useApi();
  return useQuery({
    ...serverQueries.detail(api, id),
    retry: false,
    refetchInterval: (query) => pollWhileMoving(query.state.data),
  });
}

/** The Action Log, refreshed with the server while it is in transition. */
export function useInstanceActions(server: Server) {
  const api = useApi();
  return useQuery({ ...serverQueries.actions(api, server.id), refetchInterval: pollWhileMoving(server) });
}

export function useBootImage(server: Server) {
  const api = useApi();
  const imageId = serverImageId(server);
  return useQuery({ ...imageQueries.detail(api, imageId ?? ''), enabled: imageId !== null, retry: false, staleTime: 60_000 });
}

/** Devices from os-volume_attachments and names and sizes from Cinder, one request per volume. */
export function useAttachedVolumes(server: Server) {
  const api = useApi();
  const attachedIds = (server['os-extended-volumes:volumes_attached'] ?? []).map((v) => v.id);
  const attachments = useQuery({ ...serverQueries.volumeAttachments(api, server.id), enabled: attachedIds.length > 0 });
  const volumes = useQueries({
    queries: attachedIds.map((id) => ({ ...volumeQueries.detail(api, id), retry: false, staleTime: 30_000 })),
  });
  return { attachedIds, attachments, volumes };
}

import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import type { CloudApi } from '@/openstack/http';
import { isOpenStackError } from '@/openstack/errors';
import { imageQueries } from '@/openstack/glance/queries';
import { serverQueries } from '@/openstack/nova/queries';
import type { OperationWatch } from '@/cloud/watches/watch-schema';
import type { WatchReading } from './judge-watch';

/** How often a watched operation is looked at: only while it is watched, one request per operation. */
export const watchEveryMs = 2000;

const isMissing = (error: unknown) => isOpenStackError(error) && error.status === 404;

const polling = { refetchInterval: watchEveryMs, refetchIntervalInBackground: true, retry: false, staleTime: 0 } as const;

/** Reads what one watch follows: the snapshot's image (and its instance, for the phases), or the server. */
export function useWatchReading(api: CloudApi, watch: OperationWatch): WatchReading {
  const snapshot = watch.kind === 'snapshot';
  const serverId = snapshot ? watch.serverId : watch.id;
  const image = useQuery({ ...imageQueries.detail(api, watch.id), ...polling, enabled: snapshot });
  const server = useQuery({ ...serverQueries.detail(api, serverId ?? ''), ...polling, enabled: serverId !== null });
  const imageMissing = isMissing(image.error);
  const serverMissing = isMissing(server.error);
  // A new reading only when something read changed: the watcher acts once per change.
  return useMemo<WatchReading>(
    () =>
      snapshot
        ? { kind: 'snapshot', image: image.data, missing: imageMissing, server: server.data }
        : { kind: 'server', server: server.data, missing: serverMissing },
    [snapshot, image.data, imageMissing, server.data, serverMissing],
  );
}

import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import type { CloudApi } from '@/openstack/http';
import { isOpenStackError } from '@/openstack/errors';
import { imageQueries } from '@/openstack/glance/queries';
import { serverQueries } from '@/openstack/nova/queries';
import type { OperationWatch } from '@/cloud/watches/watch-schema';
import type { WatchReading } from './judge-watch';
import { serverWatchEveryMs, watchEveryMs } from './watch-cadence';

const isMissing = (error: unknown) => isOpenStackError(error) && error.status === 404;

const polling = { refetchInterval: watchEveryMs, refetchIntervalInBackground: true, retry: false, staleTime: 0 } as const;

/** Reads what one watch follows: the snapshot's image (and its instance, for the phases), or the server. */
export function useWatchReading(api: CloudApi, watch: OperationWatch): WatchReading {
  const snapshot = watch.kind === 'snapshot';
  const serverId = snapshot ? watch.serverId : watch.id;
  const image = useQuery({ ...imageQueries.detail(api, watch.id), ...polling, enabled: snapshot });
  const server = useQuery({
    ...serverQueries.detail(api, serverId ?? ''),
    ...polling,
    // Its answer also updates the row on Instances (see serverQueries.detail): no second poller.
    refetchInterval: (query) => serverWatchEveryMs(watch, query.state.data, Date.now()),
    enabled: serverId !== null,
  });
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

import { focusManager, useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useMemo, useRef, useSyncExternalStore } from 'react';
import type { CloudApi } from '@/openstack/http';
import { isOpenStackError } from '@/openstack/errors';
import { imageQueries } from '@/openstack/glance/queries';
import { serverOnScreen, serverQueries } from '@/openstack/nova/queries';
import { serverTaskState } from '@/openstack/nova/server-helpers';
import type { Server } from '@/openstack/nova/schemas';
import type { OperationWatch } from '@/cloud/watches/watch-schema';
import type { WatchReading } from './judge-watch';
import { serverWatchEveryMs, snapshotImageEveryMs, watchEveryMs } from './watch-cadence';

const isMissing = (error: unknown) => isOpenStackError(error) && error.status === 404;

const polling = { refetchInterval: watchEveryMs, refetchIntervalInBackground: true, retry: false, staleTime: 0 } as const;

/** The server as an Instances list on screen holds it (that list polls while it moves), or undefined. */
function useServerOnScreen(api: CloudApi, id: string | null): Server | undefined {
  const client = useQueryClient();
  const subscribe = useCallback(
    (changed: () => void) => {
      const fromCache = client.getQueryCache().subscribe(changed);
      // A hidden tab stops the list's polling: the watch then reads the instance itself.
      const fromFocus = focusManager.subscribe(changed);
      return () => {
        fromCache();
        fromFocus();
      };
    },
    [client],
  );
  const read = useCallback(() => (id === null ? undefined : serverOnScreen(client, api, id)), [client, api, id]);
  return useSyncExternalStore(subscribe, read, read);
}

/**
 * Reads what one watch follows: the snapshot's image (and its instance, for the phases), or the
 * server. A snapshot's instance is read from the Instances list when one is on screen (it polls
 * while the instance moves and shows its progress), so the watch adds no request of its own for
 * it; and while that row shows Nova still at work the image cannot be active yet, so it is read
 * less often then. Elsewhere the watch reads both every watchEveryMs.
 */
export function useWatchReading(api: CloudApi, watch: OperationWatch): WatchReading {
  const snapshot = watch.kind === 'snapshot';
  const serverId = snapshot ? watch.serverId : watch.id;
  const listed = useServerOnScreen(api, snapshot ? serverId : null);
  const server = useQuery({
    ...serverQueries.detail(api, serverId ?? ''),
    ...polling,
    // Its answer also updates the row on Instances (see serverQueries.detail): no second poller.
    refetchInterval: (query) => serverWatchEveryMs(watch, query.state.data, Date.now()),
    enabled: serverId !== null && listed === undefined,
  });
  const instance = listed ?? server.data;
  const listedTask = listed ? serverTaskState(listed) : null;
  const image = useQuery({
    ...imageQueries.detail(api, watch.id),
    ...polling,
    refetchInterval: snapshotImageEveryMs(listedTask),
    enabled: snapshot,
  });
  // The row shows Nova done with the instance: the upload is over, so the image is read at once.
  const { refetch: readImage } = image;
  const taskBefore = useRef(listedTask);
  useEffect(() => {
    if (snapshot && taskBefore.current !== null && listedTask === null) void readImage();
    taskBefore.current = listedTask;
  }, [snapshot, listedTask, readImage]);
  const imageMissing = isMissing(image.error);
  const serverMissing = listed === undefined && isMissing(server.error);
  // A new reading only when something read changed: the watcher acts once per change.
  return useMemo<WatchReading>(
    () =>
      snapshot
        ? { kind: 'snapshot', image: image.data, missing: imageMissing, server: instance }
        : { kind: 'server', server: server.data, missing: serverMissing },
    [snapshot, image.data, imageMissing, instance, server.data, serverMissing],
  );
}

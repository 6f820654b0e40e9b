import { defaultBulkConcurrency } from '@/components/bulk/use-bulk-delete';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useMemo, useRef } from 'react';
import { useApi } from '@/cloud/cloud-context';
import { describeError } from '@/cloud/describe-error';
import { useI18n } from '@/i18n';
import { isOpenStackError } from '@/openstack/errors';
import { listMessages } from '@/openstack/cinder/messages';
import { volumeServiceKeys, volumeSnapshotKeys, volumeSnapshotMutations } from '@/openstack/cinder/queries';
import { getVolumeSnapshot, listAllVolumeSnapshots } from '@/openstack/cinder/snapshots';
import type { CloudApi } from '@/openstack/http';
import { DeleteWatch, type DeleteOutcome } from './delete-watch';
import { createLimiter } from './limiter';
import type { SnapshotRow } from './snapshot-rows';
import { statusText } from './status-words';
import { POLL_MS } from './use-snapshots-list';

/** DELETE requests in flight at once. */
export const DELETE_CONCURRENCY = defaultBulkConcurrency;
/** How long an accepted delete is watched before the summary says it is still going. */
export const DELETE_WATCH_TIMEOUT_MS = 5 * 60_000;

/** A delete Cinder accepted (202) that did not end with the snapshot gone. */
export class DeleteNotDone extends Error {
  constructor(readonly outcome: Exclude<DeleteOutcome, { kind: 'deleted' }>) {
    super(outcome.kind);
    this.name = 'DeleteNotDone';
  }
}

async function snapshotOrNull(api: CloudApi, id: string) {
  try {
    return await getVolumeSnapshot(api, id);
  } catch (error) {
    if (isOpenStackError(error) && error.status === 404) return null;
    throw error;
  }
}

/**
 * Deleting volume snapshots the way Cinder does it: the DELETEs go out a few at a time; each
 * accepted one is then watched (one `status=deleting` listing per check for the whole batch)
 * until the snapshot is gone, or back to `available` with Cinder's reason.
 */
export function useDeleteSnapshots() {
  const api = useApi();
  const queryClient = useQueryClient();
  const { t } = useI18n();
  // Not refreshed per DELETE (40 deletes would be 40 list reloads): the watch refreshes the list
  // once per check, and `finished` refreshes the rest once.
  const remove = useMutation({ ...volumeSnapshotMutations.delete(api), onSettled: undefined });
  const mutateAsync = remove.mutateAsync;
  const limiter = useMemo(() => createLimiter(DELETE_CONCURRENCY), []);
  const watchRef = useRef<DeleteWatch | null>(null);

  useEffect(() => () => watchRef.current?.stop(), []);

  const watch = useCallback(() => {
    watchRef.current ??= new DeleteWatch({
      listDeleting: () => listAllVolumeSnapshots(api, { status: 'deleting', limit: 1000 }),
      getSnapshot: (id) => snapshotOrNull(api, id),
      listMessages: () => listMessages(api),
      onChecked: () => void queryClient.invalidateQueries({ queryKey: volumeSnapshotKeys.lists(api) }),
      intervalMs: POLL_MS,
      timeoutMs: DELETE_WATCH_TIMEOUT_MS,
    });
    return watchRef.current;
  }, [api, queryClient]);

  const deleteOne = useCallback(
    async (row: SnapshotRow): Promise<void> => {
      await limiter(() => mutateAsync(row.id));
      const outcome = await watch().watch(row.id);
      if (outcome.kind !== 'deleted') throw new DeleteNotDone(outcome);
    },
    [limiter, mutateAsync, watch],
  );

  const describe = useCallback(
    (error: unknown): string => {
      if (!(error instanceof DeleteNotDone)) return describeError(error, t).message;
      const { outcome } = error;
      if (outcome.kind === 'timeout') return t('volumeSnapshots.delete.stillDeleting');
      const status = statusText(outcome.status, t);
      return outcome.reason
        ? t('volumeSnapshots.delete.refused', { status, reason: outcome.reason })
        : t('volumeSnapshots.delete.refusedNoReason', { status });
    },
    [t],
  );

  /** After the batch: quotas, messages and lists once. */
  const finished = useCallback(() => void queryClient.invalidateQueries({ queryKey: volumeServiceKeys.all(api) }), [api, queryClient]);

  return { deleteOne, describe, finished };
}

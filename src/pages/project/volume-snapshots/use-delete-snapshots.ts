import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useRef } from 'react';
import { useApi } from '@/cloud/use-api';
import { describeError } from '@/cloud/describe-error';
import { useI18n } from '@/i18n';
import { useBatchMutation } from '@/lib/use-batch-mutation';
import { isOpenStackError } from '@/openstack/errors';
import { listMessages } from '@/openstack/cinder/messages';
import { refreshVolumeSnapshots, volumeSnapshotMutations } from '@/openstack/cinder/queries';
import { getVolumeSnapshot, listAllVolumeSnapshots } from '@/openstack/cinder/snapshots';
import type { CloudApi } from '@/openstack/http';
import { DeleteWatch, type DeleteOutcome } from './delete-watch';
import type { SnapshotRow } from './snapshot-rows';
import { statusText } from './status-words';
import { POLL_MS } from './use-snapshots-list';

/** How long an accepted delete is watched before the summary says it is still going. */
const DELETE_WATCH_TIMEOUT_MS = 5 * 60_000;

/** A delete Cinder accepted (202) that did not end with the snapshot gone. */
class DeleteNotDone extends Error {
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
 * Deleting volume snapshots the way Cinder does it: the DELETEs go through the shared bulk runner
 * (a few at a time, the mutation refreshing once when the last settles); each accepted one is then
 * watched (one `status=deleting` listing per check for the whole batch) until the snapshot is
 * gone, or back to `available` with Cinder's reason. Each check refreshes like a delete does.
 */
export function useDeleteSnapshots() {
  const api = useApi();
  const queryClient = useQueryClient();
  const { t } = useI18n();
  const deleteSnapshot = useBatchMutation(volumeSnapshotMutations.delete(api));
  const watchRef = useRef<DeleteWatch | null>(null);

  useEffect(() => () => watchRef.current?.stop(), []);

  const watch = useCallback(() => {
    watchRef.current ??= new DeleteWatch({
      listDeleting: () => listAllVolumeSnapshots(api, { status: 'deleting', limit: 1000 }),
      getSnapshot: (id) => snapshotOrNull(api, id),
      listMessages: () => listMessages(api),
      onChecked: () => void refreshVolumeSnapshots(queryClient, api),
      intervalMs: POLL_MS,
      timeoutMs: DELETE_WATCH_TIMEOUT_MS,
    });
    return watchRef.current;
  }, [api, queryClient]);

  const deleteOne = useCallback((row: SnapshotRow) => deleteSnapshot(row.id), [deleteSnapshot]);

  const settleOne = useCallback(
    async (row: SnapshotRow): Promise<void> => {
      const outcome = await watch().watch(row.id);
      if (outcome.kind !== 'deleted') throw new DeleteNotDone(outcome);
    },
    [watch],
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

  return { deleteOne, settleOne, describe };
}

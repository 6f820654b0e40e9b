import { useQuery } from '@tanstack/react-query';
import { useRef } from 'react';
import { blockedBy } from '@/components/actions/types';
import { useApi } from '@/cloud/use-api';
import { describeError } from '@/cloud/describe-error';
import { BulkDeleteDialog, type DeleteDialogProps } from '@/components/bulk/BulkDeleteDialog';
import { defaultBulkConcurrency } from '@/components/bulk/use-bulk-delete';
import { useI18n } from '@/i18n';
import { useBatchMutation } from '@/lib/use-batch-mutation';
import { volumeSnapshotMutations, volumeSnapshotQueries } from '@/openstack/cinder/queries';
import type { VolumeSnapshot } from '@/openstack/cinder/schemas';
import { isOpenStackError, isUnauthorized } from '@/openstack/errors';
import { imageMutations } from '@/openstack/glance/queries';
import type { Image } from '@/openstack/glance/schemas';
import { displayName, linkedVolumeSnapshotIds } from './image-rules';
import { LinkedSnapshotsList } from './LinkedSnapshotsList';

/** Deletes in flight at once: under the browser's six connections per origin. */
export const DELETE_CONCURRENCY = defaultBulkConcurrency;

function byId(snapshots: readonly VolumeSnapshot[] | undefined): Map<string, VolumeSnapshot> {
  return new Map((snapshots ?? []).map((snapshot) => [snapshot.id, snapshot]));
}

/**
 * Delete Images: the shared bulk dialog over Glance deletes and, opt-in, the Cinder snapshots a
 * volume-backed snapshot names, deleted after its image is gone. The mutations refresh the lists
 * once, when the last delete settles.
 */
export function DeleteImagesDialog({ rows, allowed, onClose, onDeleted }: DeleteDialogProps<Image>) {
  const api = useApi();
  const { t } = useI18n();
  const goneFromGlance = useRef(new Set<string>());
  const deleteImage = useBatchMutation(imageMutations.delete(api));
  const deleteVolumeSnapshot = useBatchMutation(volumeSnapshotMutations.delete(api));

  const linked = rows.filter((image) => allowed(image) === true).flatMap((image) => {
    const ids = linkedVolumeSnapshotIds(image);
    return ids.length > 0 ? [{ image, ids }] : [];
  });
  const linkedCount = new Set(linked.flatMap((entry) => entry.ids)).size;
  const volumeSnapshots = useQuery({ ...volumeSnapshotQueries.every(api), enabled: linkedCount > 0 });
  const snapshotsById = byId(volumeSnapshots.data);

  const deleteOne = async (image: Image, { extra }: { extra: boolean }) => {
    await deleteImage(image.id);
    goneFromGlance.current.add(image.id);
    if (!extra) return;
    for (const id of linkedVolumeSnapshotIds(image)) {
      try {
        await deleteVolumeSnapshot(id);
      } catch (error) {
        if (isOpenStackError(error) && error.status === 404) continue;
        const name = snapshotsById.get(id)?.name || id;
        throw new Error(t('images.delete.linkedFailed', { name, message: describeError(error, t).message }), { cause: error });
      }
    }
  };

  return (
    <BulkDeleteDialog
      open
      onOpenChange={(open) => !open && onClose()}
      rows={rows}
      getRowId={(image) => image.id}
      rowName={(image) => displayName(image)}
      skippedReason={(image) => blockedBy(allowed, image)}
      title={t('images.delete.title', { count: rows.length })}
      warning={t('images.delete.notRecoverable')}
      confirmLabel={rows.length === 1 ? t('images.actions.delete') : t('images.actions.deleteMany')}
      extraOption={
        linkedCount > 0
          ? {
              label: t('images.delete.linkedOption', { count: linkedCount }),
              description: <LinkedSnapshotsList linked={linked} byId={snapshotsById} loading={volumeSnapshots.isPending} />,
              defaultChecked: false,
            }
          : undefined
      }
      deleteOne={deleteOne}
      describeError={(error) => describeError(error, t).message}
      retryable={isUnauthorized}
      concurrency={DELETE_CONCURRENCY}
      onFinished={(summary) => onDeleted([...new Set([...summary.deleted.map((image) => image.id), ...goneFromGlance.current])])}
    />
  );
}

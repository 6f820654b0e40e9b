import { defaultBulkConcurrency } from '@/components/bulk/use-bulk-delete';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useRef } from 'react';
import { useApi } from '@/cloud/cloud-context';
import { describeError } from '@/cloud/describe-error';
import { BulkDeleteDialog, type BulkDeleteSummary } from '@/components/bulk/BulkDeleteDialog';
import { useI18n } from '@/i18n';
import { volumeSnapshotKeys } from '@/openstack/cinder/queries';
import { deleteVolumeSnapshot } from '@/openstack/cinder/snapshots';
import { isOpenStackError } from '@/openstack/errors';
import { deleteImage } from '@/openstack/glance/images';
import { imageKeys } from '@/openstack/glance/queries';
import type { Image } from '@/openstack/glance/schemas';
import { deleteBlocker, displayName, linkedVolumeSnapshotIds } from './image-rules';
import { LinkedSnapshotsList } from './LinkedSnapshotsList';
import { allVolumeSnapshotsQuery, volumeSnapshotsById } from './linked-volume-snapshots';

/** Deletes in flight at once: under the browser's six connections per origin. */
export const DELETE_CONCURRENCY = defaultBulkConcurrency;

interface DeleteImagesDialogProps {
  /** Every selected image, deletable or not: the dialog names the ones it skips and why. */
  images: readonly Image[];
  onClose(): void;
  /** The ids that are gone from Glance (also when a linked volume snapshot then failed). */
  onDeleted(ids: string[]): void;
}

/**
 * Delete Images: the shared bulk dialog, with Glance deletes at a bounded concurrency and, opt-in,
 * the Cinder snapshots a volume-backed snapshot names, deleted after its image is gone.
 * One list refresh at the end instead of one per image.
 */
export function DeleteImagesDialog({ images, onClose, onDeleted }: DeleteImagesDialogProps) {
  const api = useApi();
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const goneFromGlance = useRef(new Set<string>());

  const skippedReason = (image: Image) => {
    const reason = deleteBlocker(image, api.projectId);
    return reason ? t(reason) : null;
  };
  const linked = images.filter((image) => skippedReason(image) === null).flatMap((image) => {
    const ids = linkedVolumeSnapshotIds(image);
    return ids.length > 0 ? [{ image, ids }] : [];
  });
  const linkedCount = new Set(linked.flatMap((entry) => entry.ids)).size;
  const volumeSnapshots = useQuery({ ...allVolumeSnapshotsQuery(api), enabled: linkedCount > 0 });
  const byId = volumeSnapshotsById(volumeSnapshots.data);

  const deleteOne = async (image: Image, { extra }: { extra: boolean }) => {
    await deleteImage(api, image.id);
    goneFromGlance.current.add(image.id);
    if (!extra) return;
    for (const id of linkedVolumeSnapshotIds(image)) {
      try {
        await deleteVolumeSnapshot(api, id);
      } catch (error) {
        if (isOpenStackError(error) && error.status === 404) continue;
        const name = byId.get(id)?.name || id;
        throw new Error(t('images.delete.linkedFailed', { name, message: describeError(error, t).message }), { cause: error });
      }
    }
  };

  const onFinished = (summary: BulkDeleteSummary<Image>) => {
    void queryClient.invalidateQueries({ queryKey: imageKeys.all(api) });
    if (linkedCount > 0) void queryClient.invalidateQueries({ queryKey: volumeSnapshotKeys.all(api) });
    onDeleted([...new Set([...summary.deleted.map((image) => image.id), ...goneFromGlance.current])]);
  };

  return (
    <BulkDeleteDialog
      open
      onOpenChange={(open) => !open && onClose()}
      rows={images}
      getRowId={(image) => image.id}
      rowName={(image) => displayName(image)}
      skippedReason={skippedReason}
      title={t('images.delete.title', { count: images.length })}
      warning={t('images.delete.notRecoverable')}
      confirmLabel={images.length === 1 ? t('images.actions.delete') : t('images.actions.deleteMany')}
      extraOption={
        linkedCount > 0
          ? {
              label: t('images.delete.linkedOption', { count: linkedCount }),
              description: <LinkedSnapshotsList linked={linked} byId={byId} loading={volumeSnapshots.isPending} />,
              defaultChecked: false,
            }
          : undefined
      }
      deleteOne={deleteOne}
      describeError={(error) => describeError(error, t).message}
      concurrency={DELETE_CONCURRENCY}
      onFinished={onFinished}
    />
  );
}

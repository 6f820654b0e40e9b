import { useI18n } from '@/i18n';
import type { StorageProgress } from './use-snapshot-storage';

/** "Read 3,000 of at most 10,012 images and 4 of 6 volume snapshots…", then how many were read. */
export function StorageProgressLine({ progress, snapshotCount }: { progress: StorageProgress; snapshotCount: number }) {
  const { t } = useI18n();
  let text: string;
  if (progress.done) {
    text = t('snapshotStorage.progress.done', { count: snapshotCount });
  } else {
    const images =
      progress.imagesOwned === null
        ? t('snapshotStorage.progress.imagesSoFar', { read: progress.images })
        : t('snapshotStorage.progress.imagesOf', { read: progress.images, total: Math.max(progress.imagesOwned, progress.images) });
    const volumeSnapshots =
      progress.volumeSnapshotsInUse === null
        ? t('snapshotStorage.progress.volumeSnapshotsSoFar', { read: progress.volumeSnapshots })
        : t('snapshotStorage.progress.volumeSnapshotsOf', {
            read: progress.volumeSnapshots,
            total: Math.max(progress.volumeSnapshotsInUse, progress.volumeSnapshots),
          });
    text = `${images} ${volumeSnapshots}`;
  }
  return (
    <p className="storage-progress" role="status">
      {text}
    </p>
  );
}

import { Link } from 'react-router-dom';
import { BulkDeleteDialog, type BulkDeleteSummary } from '@/components/bulk/BulkDeleteDialog';
import { useI18n } from '@/i18n';
import { paths } from '@/paths';
import { displayName, type SnapshotRow } from './snapshot-rows';
import { deleteBlocker } from './snapshot-rules';
import { blockerText } from './status-words';
import { useDeleteSnapshots } from './use-delete-snapshots';

interface DeleteSnapshotsDialogProps {
  /** The rows as they were when the dialog opened. */
  rows: readonly SnapshotRow[];
  open: boolean;
  onOpenChange(open: boolean): void;
  onFinished(summary: BulkDeleteSummary<SnapshotRow>): void;
}

/** The instance snapshots that would lose a volume snapshot they need to launch. */
function ImageWarning({ rows }: { rows: readonly SnapshotRow[] }) {
  const { t } = useI18n();
  const linked = rows.filter((row) => row.image && deleteBlocker(row) === null);
  if (linked.length === 0) return null;
  return (
    <div className="volume-snapshots__image-warning">
      <p>{t('volumeSnapshots.delete.imageWarning', { count: linked.length })}</p>
      <ul>
        {linked.map((row) =>
          row.image ? (
            <li key={row.id}>
              {t('volumeSnapshots.delete.imageWarningItem', { snapshot: displayName(row.snapshot) })}{' '}
              <Link to={paths.imageDetail(row.image.id)}>{row.image.name}</Link>
            </li>
          ) : null,
        )}
      </ul>
    </div>
  );
}

/**
 * Delete Volume Snapshots, one or many, through the shared bulk dialog: every name, the ones
 * skipped and why, the warning, then progress until Cinder has really deleted each (or refused).
 */
export function DeleteSnapshotsDialog({ rows, open, onOpenChange, onFinished }: DeleteSnapshotsDialogProps) {
  const { t } = useI18n();
  const { deleteOne, describe, finished } = useDeleteSnapshots();
  const deletable = rows.filter((row) => deleteBlocker(row) === null).length;

  return (
    <BulkDeleteDialog
      open={open}
      onOpenChange={onOpenChange}
      rows={rows}
      getRowId={(row) => row.id}
      rowName={(row) => displayName(row.snapshot)}
      skippedReason={(row) => {
        const blocker = deleteBlocker(row);
        return blocker ? blockerText(blocker, t) : null;
      }}
      title={t('volumeSnapshots.delete.title', { count: rows.length })}
      warning={
        <>
          <p>{t('volumeSnapshots.delete.notRecoverable')}</p>
          <ImageWarning rows={rows} />
        </>
      }
      confirmLabel={t('volumeSnapshots.delete.confirm', { count: deletable })}
      deleteOne={(row) => deleteOne(row)}
      describeError={describe}
      // Each lane mostly waits for Cinder to finish; the DELETEs themselves are bounded by the hook.
      concurrency={Math.max(1, deletable)}
      onFinished={(summary) => {
        finished();
        onFinished(summary);
      }}
    />
  );
}

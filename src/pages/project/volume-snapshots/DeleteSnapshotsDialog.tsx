import { Link } from 'react-router-dom';
import { blockedBy } from '@/components/actions/types';
import { BulkDeleteDialog, type DeleteDialogProps } from '@/components/bulk/BulkDeleteDialog';
import { useI18n } from '@/i18n';
import { isUnauthorized } from '@/openstack/errors';
import { paths } from '@/paths';
import { displayName, type SnapshotRow } from './snapshot-rows';
import type { ActionRule } from '@/components/actions/types';
import { useDeleteSnapshots } from './use-delete-snapshots';

/** The instance snapshots that would lose a volume snapshot they need to launch. */
function ImageWarning({ rows, allowed }: { rows: readonly SnapshotRow[]; allowed: ActionRule<SnapshotRow> }) {
  const { t } = useI18n();
  const linked = rows.filter((row) => row.image && allowed(row) === true);
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
export function DeleteSnapshotsDialog({ rows, allowed, onClose, onDeleted }: DeleteDialogProps<SnapshotRow>) {
  const { t } = useI18n();
  const { deleteOne, settleOne, describe } = useDeleteSnapshots();
  const deletable = rows.filter((row) => allowed(row) === true).length;

  return (
    <BulkDeleteDialog
      open
      onOpenChange={(open) => !open && onClose()}
      rows={rows}
      getRowId={(row) => row.id}
      rowName={(row) => displayName(row.snapshot)}
      skippedReason={(row) => blockedBy(allowed, row)}
      title={t('volumeSnapshots.delete.title', { count: rows.length })}
      warning={
        <>
          <p>{t('volumeSnapshots.delete.notRecoverable')}</p>
          <ImageWarning rows={rows} allowed={allowed} />
        </>
      }
      confirmLabel={t('volumeSnapshots.delete.confirm', { count: deletable })}
      deleteOne={deleteOne}
      settleOne={settleOne}
      describeError={describe}
      retryable={isUnauthorized}
      onFinished={(summary) => onDeleted(summary.deleted.map((row) => row.id))}
    />
  );
}

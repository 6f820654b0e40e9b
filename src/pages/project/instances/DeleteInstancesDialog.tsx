import { useQueries } from '@tanstack/react-query';
import { blockedBy } from '@/components/actions/types';
import { useApi } from '@/cloud/use-api';
import { describeError } from '@/cloud/describe-error';
import { BulkDeleteDialog, type DeleteDialogProps } from '@/components/bulk/BulkDeleteDialog';
import { defaultBulkConcurrency } from '@/components/bulk/use-bulk-delete';
import { useI18n } from '@/i18n';
import { useBatchMutation } from '@/lib/use-batch-mutation';
import { volumeQueries } from '@/openstack/cinder/queries';
import { isUnauthorized } from '@/openstack/errors';
import { serverMutations } from '@/openstack/nova/queries';
import type { Server } from '@/openstack/nova/schemas';

/** The volumes Nova deletes with these servers (delete on termination), each with its server. */
function volumesDeletedWith(servers: readonly Server[]) {
  return servers.flatMap((server) =>
    (server['os-extended-volumes:volumes_attached'] ?? []).filter((v) => v.delete_on_termination === true).map((v) => ({ server, volumeId: v.id })),
  );
}

/**
 * Delete Instances on the shared bulk dialog: every name, the skipped ones with their reason (a
 * snapshot in progress, already deleting), the volumes that go with them, bounded concurrency,
 * progress and a per-item summary. The mutation refreshes the lists once, when the last delete settles.
 */
export function DeleteInstancesDialog({ rows, allowed, onClose, onDeleted }: DeleteDialogProps<Server>) {
  const api = useApi();
  const { t } = useI18n();
  const deleteServer = useBatchMutation(serverMutations.delete(api));
  const doomed = volumesDeletedWith(rows.filter((server) => allowed(server) === true));
  const volumes = useQueries({ queries: doomed.map(({ volumeId }) => ({ ...volumeQueries.detail(api, volumeId), retry: false })) });

  const warning = (
    <>
      <p>{t('instanceDetail.power.bulkDelete.warning')}</p>
      {doomed.length > 0 && (
        <>
          <p>{t('instanceDetail.power.bulkDelete.volumesHeading')}</p>
          <ul className="instance-delete__volumes">
            {doomed.map(({ server, volumeId }, index) => (
              <li key={volumeId}>
                {t('instanceDetail.power.bulkDelete.volumeOf', { volume: volumes[index]?.data?.name || volumeId, instance: server.name || server.id })}
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );

  return (
    <BulkDeleteDialog
      open
      onOpenChange={(open) => !open && onClose()}
      rows={rows}
      getRowId={(server) => server.id}
      rowName={(server) => server.name || server.id}
      skippedReason={(server) => blockedBy(allowed, server)}
      title={t('instanceDetail.power.bulkDelete.title')}
      warning={warning}
      confirmLabel={t('instanceDetail.power.bulkDelete.confirm')}
      deleteOne={(server) => deleteServer(server.id)}
      describeError={(error) => describeError(error, t).message}
      retryable={isUnauthorized}
      concurrency={defaultBulkConcurrency}
      onFinished={(summary) => onDeleted(summary.deleted.map((server) => server.id))}
    />
  );
}

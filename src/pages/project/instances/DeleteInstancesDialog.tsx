import { useQueries, useQueryClient } from '@tanstack/react-query';
import { useApi } from '@/cloud/cloud-context';
import { describeError } from '@/cloud/describe-error';
import { BulkDeleteDialog, type BulkDeleteSummary } from '@/components/bulk/BulkDeleteDialog';
import { defaultBulkConcurrency } from '@/components/bulk/use-bulk-delete';
import { useI18n } from '@/i18n';
import { volumeKeys, volumeQueries } from '@/openstack/cinder/queries';
import { computeKeys, serverKeys } from '@/openstack/nova/queries';
import type { Server } from '@/openstack/nova/schemas';
import { deleteServer } from '@/openstack/nova/servers';
import { powerAllowed } from './power-actions';

interface DeleteInstancesDialogProps {
  /** Every selected instance, deletable or not: the dialog names the ones it skips and why. */
  servers: readonly Server[];
  onClose(): void;
  onDeleted(ids: string[]): void;
}

/** The volumes Nova deletes with these servers (delete on termination), each with its server. */
function volumesDeletedWith(servers: readonly Server[]) {
  return servers.flatMap((server) =>
    (server['os-extended-volumes:volumes_attached'] ?? []).filter((v) => v.delete_on_termination === true).map((v) => ({ server, volumeId: v.id })),
  );
}

/**
 * Delete Instances on the shared bulk dialog: every name, the skipped ones with their reason (a
 * snapshot in progress, already deleting), the volumes that go with them, bounded concurrency,
 * progress and a per-item summary. One list refresh at the end.
 */
export function DeleteInstancesDialog({ servers, onClose, onDeleted }: DeleteInstancesDialogProps) {
  const api = useApi();
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const skippedReason = (server: Server) => {
    const verdict = powerAllowed('delete', server, t);
    return verdict === true ? null : verdict;
  };
  const doomed = volumesDeletedWith(servers.filter((server) => skippedReason(server) === null));
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

  const onFinished = (summary: BulkDeleteSummary<Server>) => {
    void queryClient.invalidateQueries({ queryKey: serverKeys.all(api) });
    void queryClient.invalidateQueries({ queryKey: computeKeys.limits(api) });
    void queryClient.invalidateQueries({ queryKey: computeKeys.quota(api) });
    if (doomed.length > 0) void queryClient.invalidateQueries({ queryKey: volumeKeys.all(api) });
    onDeleted(summary.deleted.map((server) => server.id));
  };

  return (
    <BulkDeleteDialog
      open
      onOpenChange={(open) => !open && onClose()}
      rows={servers}
      getRowId={(server) => server.id}
      rowName={(server) => server.name || server.id}
      skippedReason={skippedReason}
      title={t('instanceDetail.power.bulkDelete.title')}
      warning={warning}
      confirmLabel={t('instanceDetail.power.bulkDelete.confirm')}
      deleteOne={(server) => deleteServer(api, server.id)}
      describeError={(error) => describeError(error, t).message}
      concurrency={defaultBulkConcurrency}
      onFinished={onFinished}
    />
  );
}

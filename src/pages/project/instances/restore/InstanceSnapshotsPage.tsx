import { useQuery } from '@tanstack/react-query';
import { Link, useParams, useSearchParams } from 'react-router-dom';
import { useApi } from '@/cloud/cloud-context';
import { describeError } from '@/cloud/describe-error';
import { ErrorState } from '@/components/ErrorState';
import { PageHeader } from '@/components/PageHeader';
import { Spinner } from '@/components/Spinner';
import { useI18n } from '@/i18n';
import { serverQueries } from '@/openstack/nova/queries';
import { serverTaskState } from '@/openstack/nova/server-helpers';
import { paths } from '@/paths';
import { InstanceSnapshotsSection } from './InstanceSnapshotsSection';
import { RestoreInstanceDialog } from './RestoreInstanceDialog';

const POLL_MS = 3000;

/**
 * /project/instances/:instanceId/snapshots — one instance's snapshots with Restore; `?restore=<image id>`
 * opens the Restore dialog with that snapshot chosen (the link a snapshot's detail page gives).
 */
export function InstanceSnapshotsPage() {
  const { instanceId = '' } = useParams();
  const [search, setSearch] = useSearchParams();
  const api = useApi();
  const { t } = useI18n();
  const server = useQuery({
    ...serverQueries.detail(api, instanceId),
    refetchInterval: (query) => (query.state.data && serverTaskState(query.state.data) !== null ? POLL_MS : false),
  });
  const restoreParam = search.get('restore');
  const setRestore = (value: string | null) =>
    setSearch(
      (current) => {
        const next = new URLSearchParams(current);
        if (value === null) next.delete('restore');
        else next.set('restore', value);
        return next;
      },
      { replace: true },
    );

  const back = <Link to={paths.instances}>{t('restore.page.back')}</Link>;
  if (server.isPending) return <Spinner label={t('common.loading')} showLabel />;
  if (server.isError) {
    const { message, requestId } = describeError(server.error, t);
    return (
      <>
        <p>{back}</p>
        <ErrorState title={t('restore.page.loadFailed')} message={message} requestId={requestId} onRetry={() => void server.refetch()} />
      </>
    );
  }
  return (
    <>
      <p>{back}</p>
      <PageHeader
        title={t('restore.page.title', { name: server.data.name })}
        actions={
          <button type="button" className="button" onClick={() => setRestore('')}>
            {t('restore.page.restoreInstance')}
          </button>
        }
      />
      <InstanceSnapshotsSection server={server.data} />
      {restoreParam !== null && (
        <RestoreInstanceDialog
          server={server.data}
          initialImageId={restoreParam === '' ? undefined : restoreParam}
          open
          onOpenChange={(open) => !open && setRestore(null)}
        />
      )}
    </>
  );
}

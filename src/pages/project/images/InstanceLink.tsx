import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router-dom';
import { useApi } from '@/cloud/use-api';
import { describeError } from '@/cloud/describe-error';
import { useI18n } from '@/i18n';
import { isOpenStackError } from '@/openstack/errors';
import { serverQueries } from '@/openstack/nova/queries';
import { paths } from '@/paths';

/**
 * The instance a snapshot was taken of: one GET /servers/{id} when the details open (Nova has no
 * `id=in:` filter), linked when it still exists, marked as deleted when Nova answers 404.
 */
export function InstanceLink({ instanceId }: { instanceId: string }) {
  const api = useApi();
  const { t } = useI18n();
  const server = useQuery({ ...serverQueries.detail(api, instanceId), retry: false, staleTime: 60_000 });

  if (server.isPending) {
    return (
      <>
        <code>{instanceId}</code> <span className="image-details__muted">{t('images.details.checking')}</span>
      </>
    );
  }
  if (server.isError) {
    const gone = isOpenStackError(server.error) && server.error.status === 404;
    return (
      <>
        <code>{instanceId}</code>{' '}
        <span className="image-details__muted">
          {gone ? t('images.details.instanceDeleted') : describeError(server.error, t).message}
        </span>
      </>
    );
  }
  return <Link to={paths.instanceDetail(instanceId)}>{server.data.name || instanceId}</Link>;
}

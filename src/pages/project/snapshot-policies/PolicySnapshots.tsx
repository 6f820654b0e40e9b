import { useQuery } from '@tanstack/react-query';
import { useId } from 'react';
import { Link } from 'react-router-dom';
import { useApi } from '@/cloud/use-api';
import { describeError } from '@/cloud/describe-error';
import { ErrorState } from '@/components/ErrorState';
import { Spinner } from '@/components/Spinner';
import { useI18n } from '@/i18n';
import { serverQueries } from '@/openstack/nova/queries';
import type { Policy } from '@/openstack/policies/api';
import { policyQueries } from '@/openstack/policies/queries';
import { paths } from '@/paths';

/** The snapshots this policy holds (Glance filtered on the policy's property), with the instance each is of. */
export function PolicySnapshots({ policy, refetchInterval }: { policy: Policy; refetchInterval: number | false }) {
  const api = useApi();
  const { t, format } = useI18n();
  const headingId = useId();
  const snapshots = useQuery({ ...policyQueries.snapshots(api, policy.id), refetchInterval });
  const servers = useQuery(serverQueries.list(api, {}));
  const instanceNames = new Map((servers.data?.servers ?? []).map((server) => [server.id, server.name]));
  const error = snapshots.error ? describeError(snapshots.error, t) : null;
  return (
    <section className="policy-detail__section" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('policies.detail.snapshots')}</h2>
      <p>
        <Link to={paths.policySnapshots(policy.id)}>{t('policies.detail.openInImages')}</Link>
      </p>
      {snapshots.isPending && <Spinner label={t('common.loading')} showLabel />}
      {error && <ErrorState title={t('policies.detail.snapshotsFailed')} message={error.message} requestId={error.requestId} onRetry={() => void snapshots.refetch()} />}
      {snapshots.data?.length === 0 && <p>{t('policies.detail.noSnapshots')}</p>}
      {snapshots.data && snapshots.data.length > 0 && (
        <table className="policy-detail__table">
          <caption className="visually-hidden">{t('policies.detail.snapshotsCaption', { name: policy.name })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('policies.detail.columns.snapshot')}</th>
              <th scope="col">{t('policies.detail.columns.instance')}</th>
              <th scope="col">{t('policies.detail.columns.status')}</th>
              <th scope="col">{t('policies.detail.columns.created')}</th>
            </tr>
          </thead>
          <tbody>
            {snapshots.data.map((image) => {
              const instanceId = image.instance_uuid ?? null;
              return (
                <tr key={image.id}>
                  <th scope="row">
                    <Link to={paths.imageDetail(image.id)}>{image.name ?? image.id}</Link>
                  </th>
                  <td>{instanceId ? <Link to={paths.instanceDetail(instanceId)}>{instanceNames.get(instanceId) ?? instanceId}</Link> : '—'}</td>
                  <td>{image.status}</td>
                  <td>{format.dateTime(image.created_at)}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </section>
  );
}

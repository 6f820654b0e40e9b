import { useQuery } from '@tanstack/react-query';
import { useId } from 'react';
import { Link } from 'react-router-dom';
import { useApi } from '@/cloud/use-api';
import { describeError } from '@/cloud/describe-error';
import { useI18n } from '@/i18n';
import type { Server } from '@/openstack/nova/schemas';
import { policyCoversServer } from '@/openstack/policies/engine';
import { policyQueries } from '@/openstack/policies/queries';
import { paths } from '@/paths';

/** The snapshot policies that cover this instance (ticked, or by its metadata), with their next run. */
export function InstancePolicies({ server }: { server: Server }) {
  const api = useApi();
  const { t, format } = useI18n();
  const headingId = useId();
  const policies = useQuery(policyQueries.list(api));
  const covering = (policies.data ?? []).filter((policy) => policyCoversServer(policy, server));
  return (
    <section className="instance-detail__section" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('policies.instance.title')}</h2>
      {policies.error && <p role="alert">{t('policies.instance.loadFailed', { message: describeError(policies.error, t).message })}</p>}
      {policies.data && covering.length === 0 && (
        <p>
          {t('policies.instance.none')} <Link to={paths.policies}>{t('policies.instance.manage')}</Link>
        </p>
      )}
      {covering.length > 0 && (
        <ul>
          {covering.map((policy) => (
            <li key={policy.id}>
              <Link to={paths.policyDetail(policy.id)}>{policy.name}</Link>{' '}
              {policy.enabled
                ? policy.nextRunAt && t('policies.instance.next', { time: format.dateTime(policy.nextRunAt) })
                : t('policies.instance.paused')}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

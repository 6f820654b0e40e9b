import { useQuery } from '@tanstack/react-query';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { useApi } from '@/cloud/use-api';
import { describeError } from '@/cloud/describe-error';
import { ErrorState } from '@/components/ErrorState';
import { PageHeader } from '@/components/PageHeader';
import { Spinner } from '@/components/Spinner';
import { StatusBadge } from '@/components/StatusBadge';
import { useI18n } from '@/i18n';
import { isOpenStackError } from '@/openstack/errors';
import type { Policy } from '@/openstack/policies/api';
import { policyQueries } from '@/openstack/policies/queries';
import { paths } from '@/paths';
import { PolicySnapshots } from './PolicySnapshots';
import { retentionInWords, scheduleInWords, targetsInWords } from './policy-words';
import { RunHistory } from './RunHistory';
import { usePolicyActions } from './use-policy-actions';
import { policyRefetchInterval } from './use-policy-polling';

/** /project/policies/:policyId — the policy, its run history and the snapshots it holds; Run now, Pause/Resume, Edit, Delete. */
export function PolicyDetailPage() {
  const { policyId = '' } = useParams();
  const api = useApi();
  const { t } = useI18n();
  const policy = useQuery({ ...policyQueries.detail(api, policyId), refetchInterval: (query) => policyRefetchInterval(query.state.data ? [query.state.data] : undefined) });
  const back = <Link to={paths.policies}>{t('policies.detail.back')}</Link>;

  if (policy.isPending) return <Spinner label={t('common.loading')} showLabel />;
  if (policy.isError && policy.data === undefined) {
    const notFound = isOpenStackError(policy.error) && policy.error.status === 404;
    const { message, requestId } = describeError(policy.error, t);
    return (
      <>
        <p>{back}</p>
        <ErrorState title={notFound ? t('policies.detail.notFound') : t('policies.detail.loadFailed')} message={message} requestId={requestId} onRetry={notFound ? undefined : () => void policy.refetch()} />
      </>
    );
  }
  return <PolicyDetail policy={policy.data} back={back} />;
}

function PolicyDetail({ policy, back }: { policy: Policy; back: React.ReactNode }) {
  const api = useApi();
  const { t, format, locale } = useI18n();
  const navigate = useNavigate();
  const runs = useQuery({
    ...policyQueries.runs(api, policy.id),
    refetchInterval: (query) => policyRefetchInterval([policy], query.state.data),
  });
  const { actionsFor, dialogs } = usePolicyActions({ onDeleted: () => navigate(paths.policies) });
  const moving = policyRefetchInterval([policy], runs.data);
  const runsError = runs.error ? describeError(runs.error, t) : null;

  return (
    <div className="policy-detail">
      <p>{back}</p>
      <PageHeader
        title={policy.name}
        description={
          policy.enabled ? <StatusBadge tone="ok" label={t('policies.enabled')} /> : <StatusBadge tone="neutral" label={t('policies.paused')} />
        }
        actions={actionsFor(policy).map((action) => {
          const verdict = action.allowed(policy);
          return (
            <button
              key={action.id}
              type="button"
              className={`button${action.danger ? ' button--danger' : action.id === 'run' ? ' button--primary' : ''}`}
              aria-disabled={verdict === true ? undefined : true}
              title={verdict === true ? undefined : verdict}
              onClick={() => verdict === true && action.run(policy)}
            >
              {action.label}
            </button>
          );
        })}
      />
      <dl className="policy-detail__facts">
        <dt>{t('policies.columns.targets')}</dt>
        <dd>{targetsInWords(policy.targets, t)}</dd>
        <dt>{t('policies.columns.schedule')}</dt>
        <dd>{scheduleInWords(policy.schedule, policy.timeZone, t, locale)}</dd>
        <dt>{t('policies.columns.retention')}</dt>
        <dd>{retentionInWords(policy.retention, t)}</dd>
        <dt>{t('policies.form.consistency')}</dt>
        <dd>{policy.consistency === 'live' ? t('policies.form.live') : t('policies.form.shutoff')}</dd>
        <dt>{t('policies.form.namePattern')}</dt>
        <dd>
          <code>{policy.namePattern}</code>
        </dd>
        <dt>{t('policies.columns.nextRun')}</dt>
        <dd>{policy.nextRunAt ? format.dateTime(policy.nextRunAt) : t('policies.noNextRun')}</dd>
        <dt>{t('policies.detail.credential')}</dt>
        <dd>
          {policy.credential.expiresAt
            ? t('policies.detail.credentialExpires', { id: policy.credential.id, date: format.dateTime(policy.credential.expiresAt) })
            : t('policies.detail.credentialNoExpiry', { id: policy.credential.id })}
        </dd>
      </dl>
      {runsError ? (
        <ErrorState title={t('policies.detail.runsFailed')} message={runsError.message} requestId={runsError.requestId} onRetry={() => void runs.refetch()} />
      ) : runs.isPending ? (
        <Spinner label={t('common.loading')} showLabel />
      ) : (
        <RunHistory runs={runs.data ?? []} />
      )}
      <PolicySnapshots policy={policy} refetchInterval={moving} />
      {dialogs}
    </div>
  );
}

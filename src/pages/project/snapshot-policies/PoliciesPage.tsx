import { useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { useApi } from '@/cloud/use-api';
import { describeError } from '@/cloud/describe-error';
import { RowActions } from '@/components/actions/RowActions';
import { DataTable } from '@/components/data-table/DataTable';
import { EmptyState } from '@/components/EmptyState';
import { ErrorState } from '@/components/ErrorState';
import { PageHeader } from '@/components/PageHeader';
import { useI18n } from '@/i18n';
import { policyQueries } from '@/openstack/policies/queries';
import { policyColumns } from './policy-columns';
import { PolicyDialog } from './PolicyDialog';
import { usePolicyActions } from './use-policy-actions';
import { policyRefetchInterval } from './use-policy-polling';

/** /project/policies — snapshot policies: what runs when, what it keeps, how the last run went. */
export function PoliciesPage() {
  const api = useApi();
  const i18n = useI18n();
  const { t } = i18n;
  const [creating, setCreating] = useState(false);
  const policies = useQuery({ ...policyQueries.list(api), refetchInterval: (query) => policyRefetchInterval(query.state.data) });
  const { actionsFor, dialogs } = usePolicyActions();
  const columns = useMemo(() => policyColumns(i18n), [i18n]);
  const error = policies.error ? describeError(policies.error, t) : null;
  const createButton = (
    <button type="button" className="button button--primary" onClick={() => setCreating(true)}>
      {t('policies.actions.create')}
    </button>
  );

  return (
    <div className="policies">
      <PageHeader title={t('policies.title')} description={t('policies.description')} actions={createButton} />
      <DataTable
        rows={policies.data ?? []}
        getRowId={(policy) => policy.id}
        columns={columns}
        caption={t('policies.caption')}
        isLoading={policies.isPending}
        rowName={(policy) => policy.name}
        rowActions={(policy) => <RowActions row={policy} actions={actionsFor(policy)} name={policy.name} />}
        empty={<EmptyState title={t('policies.emptyTitle')} body={t('policies.emptyBody')} action={createButton} />}
        error={error && <ErrorState title={t('policies.loadFailed')} message={error.message} requestId={error.requestId} onRetry={() => void policies.refetch()} />}
      />
      {creating && <PolicyDialog onClose={() => setCreating(false)} />}
      {dialogs}
    </div>
  );
}

import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router-dom';
import { useApi } from '@/cloud/use-api';
import { useI18n } from '@/i18n';
import { policyQueries } from '@/openstack/policies/queries';
import { paths } from '@/paths';

/** Says the list shows one snapshot policy's snapshots, names the policy, and offers every image again. */
export function PolicyFilterNote({ policyId, onClear }: { policyId: string; onClear(): void }) {
  const api = useApi();
  const { t } = useI18n();
  const policy = useQuery(policyQueries.detail(api, policyId));
  return (
    <p className="images-policy-filter" role="status">
      {t('policies.imagesFilter.showing')} <Link to={paths.policyDetail(policyId)}>{policy.data?.name ?? policyId}</Link>{' '}
      <button type="button" className="button button--small" onClick={onClear}>
        {t('policies.imagesFilter.clear')}
      </button>
    </p>
  );
}

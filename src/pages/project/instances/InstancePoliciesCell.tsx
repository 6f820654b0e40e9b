import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router-dom';
import { useApi } from '@/cloud/use-api';
import type { Server } from '@/openstack/nova/schemas';
import { policyCoversServer } from '@/openstack/policies/engine';
import { policyQueries } from '@/openstack/policies/queries';
import { paths } from '@/paths';

/**
 * The snapshot policies covering one row's instance. Each cell reads the one cached policy list
 * itself, so the table's columns stay the same object and the rows do not all render again when
 * the list arrives; nothing shows while it loads or when the policy API is not there.
 */
export function InstancePoliciesCell({ server, none }: { server: Server; none: string }) {
  const api = useApi();
  const { data } = useQuery({ ...policyQueries.list(api), select: (policies) => policies.filter((policy) => policyCoversServer(policy, server)) });
  if (!data || data.length === 0) return <>{none}</>;
  return (
    <ul className="instances__addresses">
      {data.map((policy) => (
        <li key={policy.id}>
          <Link to={paths.policyDetail(policy.id)}>{policy.name}</Link>
        </li>
      ))}
    </ul>
  );
}

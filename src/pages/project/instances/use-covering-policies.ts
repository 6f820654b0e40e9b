import { useQuery } from '@tanstack/react-query';
import { useCallback } from 'react';
import { useApi } from '@/cloud/cloud-context';
import type { Server } from '@/openstack/nova/schemas';
import type { Policy } from '@/openstack/policies/api';
import { policyCoversServer } from '@/openstack/policies/engine';
import { policyQueries } from '@/openstack/policies/queries';

/** The snapshot policies covering a server (none while they load or when the policy API is not there). */
export function useCoveringPolicies(): (server: Server) => Policy[] {
  const api = useApi();
  const { data } = useQuery(policyQueries.list(api));
  return useCallback((server: Server) => (data ?? []).filter((policy) => policyCoversServer(policy, server)), [data]);
}

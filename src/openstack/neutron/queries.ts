import { queryOptions } from '@tanstack/react-query';
import type { CloudApi } from '../http';
import { listNetworks } from './networks';
import { listSecurityGroups, type SecurityGroupListOptions } from './security-groups';

const networkKeys = {
  all: (api: CloudApi) => ['network', api.scope] as const,
  networks: (api: CloudApi) => [...networkKeys.all(api), 'networks'] as const,
  securityGroups: (api: CloudApi, options: SecurityGroupListOptions) =>
    [...networkKeys.all(api), 'security-groups', options] as const,
};

export const networkQueries = {
  networks: (api: CloudApi) => queryOptions({ queryKey: networkKeys.networks(api), queryFn: () => listNetworks(api) }),
  securityGroups: (api: CloudApi, options: SecurityGroupListOptions = {}) =>
    queryOptions({ queryKey: networkKeys.securityGroups(api, options), queryFn: () => listSecurityGroups(api, options) }),
};

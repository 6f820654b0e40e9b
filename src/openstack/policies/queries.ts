import { mutationOptions, queryOptions, type QueryClient } from '@tanstack/react-query';
import { imageKeys } from '../glance/queries';
import { listAllImages } from '../glance/images';
import type { CloudApi } from '../http';
import { serverKeys } from '../nova/queries';
import { POLICY_ID_PROPERTY } from './engine';
import {
  createPolicy,
  deletePolicy,
  getPolicy,
  listPolicies,
  listPolicyRuns,
  runPolicyNow,
  updatePolicy,
  type PolicyInput,
} from './api';

export const policyKeys = {
  all: (api: CloudApi) => ['policies', api.scope] as const,
  list: (api: CloudApi) => [...policyKeys.all(api), 'list'] as const,
  detail: (api: CloudApi, id: string) => [...policyKeys.all(api), 'detail', id] as const,
  runs: (api: CloudApi, id: string) => [...policyKeys.all(api), 'runs', id] as const,
};

export const policyQueries = {
  list: (api: CloudApi) => queryOptions({ queryKey: policyKeys.list(api), queryFn: () => listPolicies(api) }),
  detail: (api: CloudApi, id: string) => queryOptions({ queryKey: policyKeys.detail(api, id), queryFn: () => getPolicy(api, id) }),
  runs: (api: CloudApi, id: string) => queryOptions({ queryKey: policyKeys.runs(api, id), queryFn: () => listPolicyRuns(api, id) }),
  /** The snapshots a policy holds: Glance filtered server-side on the property its runs set, newest first. */
  snapshots: (api: CloudApi, id: string) =>
    queryOptions({
      queryKey: [...imageKeys.lists(api), 'by-policy', id] as const,
      queryFn: () => listAllImages(api, { properties: { [POLICY_ID_PROPERTY]: id }, sortKey: 'created_at', sortDir: 'desc' }),
    }),
};

export interface UpdatePolicyVariables {
  id: string;
  input: PolicyInput;
}

function invalidatePolicies(client: QueryClient, api: CloudApi) {
  return client.invalidateQueries({ queryKey: policyKeys.all(api) });
}

/** Mutation options: no retries (a repeated create or run is not what the user asked for). */
export const policyMutations = {
  create: (api: CloudApi) =>
    mutationOptions({
      mutationKey: [...policyKeys.all(api), 'create'],
      mutationFn: (input: PolicyInput) => createPolicy(api, input),
      retry: 0,
      onSettled: (_data, _error, _input, _result, { client }) => invalidatePolicies(client, api),
    }),
  update: (api: CloudApi) =>
    mutationOptions({
      mutationKey: [...policyKeys.all(api), 'update'],
      mutationFn: ({ id, input }: UpdatePolicyVariables) => updatePolicy(api, id, input),
      retry: 0,
      onSettled: (_data, _error, _variables, _result, { client }) => invalidatePolicies(client, api),
    }),
  delete: (api: CloudApi) =>
    mutationOptions({
      mutationKey: [...policyKeys.all(api), 'delete'],
      mutationFn: (id: string) => deletePolicy(api, id),
      retry: 0,
      onSuccess: (_data, id, _result, { client }) => {
        client.removeQueries({ queryKey: policyKeys.detail(api, id) });
      },
      onSettled: (_data, _error, _id, _result, { client }) => invalidatePolicies(client, api),
    }),
  /** Run now: the run snapshots instances and prunes images, so those lists are stale too. */
  run: (api: CloudApi) =>
    mutationOptions({
      mutationKey: [...policyKeys.all(api), 'run'],
      mutationFn: (id: string) => runPolicyNow(api, id),
      retry: 0,
      onSettled: (_data, _error, _id, _result, { client }) =>
        Promise.all([
          invalidatePolicies(client, api),
          client.invalidateQueries({ queryKey: imageKeys.lists(api) }),
          client.invalidateQueries({ queryKey: serverKeys.lists(api) }),
        ]),
    }),
};

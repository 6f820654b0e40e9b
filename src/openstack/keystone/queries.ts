import { queryOptions } from '@tanstack/react-query';
import type { CloudApi } from '../http';
import { listAuthProjects } from './auth';

export const keystoneKeys = {
  all: (api: CloudApi) => ['identity', api.scope] as const,
  authProjects: (api: CloudApi) => [...keystoneKeys.all(api), 'auth-projects'] as const,
};

export const keystoneQueries = {
  /** GET /v3/auth/projects: the projects the signed-in user may switch to. */
  authProjects: (api: CloudApi) =>
    queryOptions({
      queryKey: keystoneKeys.authProjects(api),
      queryFn: () => listAuthProjects(api),
    }),
};

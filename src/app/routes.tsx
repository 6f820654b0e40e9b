import { Navigate, type RouteObject } from 'react-router-dom';
import { NotFoundPage } from '@/pages/NotFoundPage';
import { LoginPage } from '@/pages/auth/LoginPage';
import type { MessageKey } from '@/i18n';
import { RequireSession } from './RequireSession';
import { paths } from '@/paths';
import { RouteError } from './RouteError';
import { RouteLoading } from './RouteLoading';
import { panelModules } from './panel-modules';

/** What the breadcrumbs show for a route: the trail of i18n keys. */
export interface RouteHandle {
  crumbs: MessageKey[];
}

const computeCrumbs: MessageKey[] = ['shell.nav.project', 'shell.nav.compute'];
const volumeCrumbs: MessageKey[] = ['shell.nav.project', 'shell.nav.volumes'];

const routeTree: RouteObject[] = [
  { path: paths.login, element: <LoginPage /> },
  {
    element: <RequireSession />,
    errorElement: <RouteError />,
    hydrateFallbackElement: <RouteLoading />,
    children: [
      {
        // The shell and the session's services: a chunk the login page never needs.
        lazy: () => import('./SignedInLayout').then(({ SignedInLayout }) => ({ Component: SignedInLayout })),
        children: [
          { index: true, element: <Navigate to={paths.instances} replace /> },
          { path: 'project', element: <Navigate to={paths.instances} replace /> },
          {
            path: `${paths.instances}/*`,
            handle: { crumbs: [...computeCrumbs, 'shell.nav.instances'] } satisfies RouteHandle,
            lazy: panelModules.instances,
          },
          {
            path: paths.imageStorage,
            handle: { crumbs: [...computeCrumbs, 'shell.nav.images', 'snapshotStorage.title'] } satisfies RouteHandle,
            lazy: panelModules.imageStorage,
          },
          {
            path: `${paths.images}/*`,
            handle: { crumbs: [...computeCrumbs, 'shell.nav.images'] } satisfies RouteHandle,
            lazy: panelModules.images,
          },
          {
            path: paths.launch(),
            handle: { crumbs: [...computeCrumbs, 'shell.nav.instances', 'launch.title'] } satisfies RouteHandle,
            lazy: panelModules.launch,
          },
          {
            path: `${paths.policies}/*`,
            handle: { crumbs: [...computeCrumbs, 'shell.nav.policies'] } satisfies RouteHandle,
            lazy: panelModules.policies,
          },
          {
            path: `${paths.volumeSnapshots}/*`,
            handle: { crumbs: [...volumeCrumbs, 'shell.nav.volumeSnapshots'] } satisfies RouteHandle,
            lazy: panelModules.volumeSnapshots,
          },
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
];

// One error element above every route, the login page included.
export const appRoutes: RouteObject[] = [{ errorElement: <RouteError />, children: routeTree }];

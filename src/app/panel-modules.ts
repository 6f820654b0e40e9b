/**
 * The panels' route modules, one loader each, in one place: routes.tsx hands them to the router
 * (`lazy`), and PanelPreloader fetches the main ones ahead so a navigation click does not wait for
 * a download. server/route-preload.mjs lists the same modules by URL (a test holds the two together).
 */
export const panelModules = {
  instances: () => import('@/pages/project/instances/route'),
  imageStorage: () => import('@/pages/project/images/storage/route'),
  images: () => import('@/pages/project/images/route'),
  launch: () => import('@/pages/project/launch/route'),
  policies: () => import('@/pages/project/snapshot-policies/route'),
  volumeSnapshots: () => import('@/pages/project/volume-snapshots/route'),
};

/** The panels of the main navigation (and Launch, one click from Instances): fetched ahead once the first screen settled. */
export const mainPanelModules: ReadonlyArray<() => Promise<unknown>> = [
  panelModules.instances,
  panelModules.images,
  panelModules.volumeSnapshots,
  panelModules.policies,
  panelModules.launch,
];

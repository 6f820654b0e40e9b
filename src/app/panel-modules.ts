/**
 * The panels' route modules, one loader each, in one place: routes.tsx hands them to the router
 * (`lazy`), and the Sidebar and PanelPreloader fetch one ahead when a click on it is near. server/route-preload.mjs lists the same modules by URL (a test holds the two together).
 */
export const panelModules = {
  instances: () => import('@/pages/project/instances/route'),
  imageStorage: () => import('@/pages/project/images/storage/route'),
  images: () => import('@/pages/project/images/route'),
  launch: () => import('@/pages/project/launch/route'),
  policies: () => import('@/pages/project/snapshot-policies/route'),
  volumeSnapshots: () => import('@/pages/project/volume-snapshots/route'),
};

/** Every route of the app, mirroring Horizon's URLs. */

/** The launch wizard's boot sources, as Horizon names them. */
export type LaunchSource = 'image' | 'instance_snapshot' | 'volume' | 'volume_snapshot';

export const paths = {
  login: '/auth/login',
  instances: '/project/instances',
  instanceDetail: (id: string) => `/project/instances/${encodeURIComponent(id)}`,
  /** One instance's snapshots; `restore` opens the Restore dialog (with that snapshot chosen when it is an id). */
  instanceSnapshots: (id: string, restore?: string) =>
    `/project/instances/${encodeURIComponent(id)}/snapshots${restore === undefined ? '' : `?${new URLSearchParams({ restore }).toString()}`}`,
  images: '/project/images',
  imageDetail: (id: string) => `/project/images/${encodeURIComponent(id)}`,
  volumeSnapshots: '/project/snapshots',
  volumeSnapshotDetail: (id: string) => `/project/snapshots/${encodeURIComponent(id)}`,
  volumes: '/project/volumes',
  /** The Launch Instance wizard; a preset source and item travel in the URL so the preset always holds. */
  launch: (preset?: { source: LaunchSource; id?: string }) => {
    if (!preset) return '/project/launch';
    const query = new URLSearchParams({ source: preset.source });
    if (preset.id) query.set('id', preset.id);
    return `/project/launch?${query.toString()}`;
  },
} as const;

/** Where to come back to after logging in; only paths of this app are accepted. */
export function safeReturnPath(candidate: string | null | undefined): string {
  if (!candidate || !candidate.startsWith('/') || candidate.startsWith('//') || candidate.startsWith(paths.login)) {
    return paths.instances;
  }
  return candidate;
}

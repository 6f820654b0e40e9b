/** Every route of the app, mirroring Horizon's URLs. */
export const paths = {
  login: '/auth/login',
  instances: '/project/instances',
  images: '/project/images',
  imageDetail: (id: string) => `/project/images/${encodeURIComponent(id)}`,
  volumeSnapshots: '/project/snapshots',
  volumeSnapshotDetail: (id: string) => `/project/snapshots/${encodeURIComponent(id)}`,
  volumes: '/project/volumes',
  instanceDetail: (id: string) => `/project/instances/${encodeURIComponent(id)}`,
} as const;

/** Where to come back to after logging in; only paths of this app are accepted. */
export function safeReturnPath(candidate: string | null | undefined): string {
  if (!candidate || !candidate.startsWith('/') || candidate.startsWith('//') || candidate.startsWith(paths.login)) {
    return paths.instances;
  }
  return candidate;
}

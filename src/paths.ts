/** Every route of the app, mirroring Horizon's URLs. */

/** The launch wizard's boot sources, as Horizon names them. */
export type LaunchSource = 'image' | 'instance_snapshot' | 'volume' | 'volume_snapshot';

export const paths = {
  login: '/auth/login',
  instances: '/project/instances',
  instanceDetail: (id: string) => `/project/instances/${encodeURIComponent(id)}`,
  /** An instance's detail page with its Restore dialog open, with `imageId` chosen when given. */
  instanceRestore: (id: string, imageId?: string) =>
    `/project/instances/${encodeURIComponent(id)}?${new URLSearchParams({ restore: imageId ?? '' }).toString()}`,
  images: '/project/images',
  imageDetail: (id: string) => `/project/images/${encodeURIComponent(id)}`,
  /** The project's snapshot storage: per instance, against the quotas. */
  imageStorage: '/project/images/storage',
  policies: '/project/policies',
  policyDetail: (id: string) => `/project/policies/${encodeURIComponent(id)}`,
  /** The Images panel showing only the snapshots one policy made. */
  policySnapshots: (id: string) => `/project/images?${new URLSearchParams({ policy: id }).toString()}`,
  volumeSnapshots: '/project/snapshots',
  volumeSnapshotDetail: (id: string) => `/project/snapshots/${encodeURIComponent(id)}`,
  volumes: '/project/volumes',
  /** One volume's details live under Volume Snapshots (there is no Volumes panel). */
  volumeDetail: (id: string) => `/project/snapshots/volumes/${encodeURIComponent(id)}`,
  /** The Launch Instance wizard; a preset source and item travel in the URL so the preset always holds. */
  launch: (preset?: { source: LaunchSource; id?: string }) => {
    if (!preset) return '/project/launch';
    const query = new URLSearchParams({ source: preset.source });
    if (preset.id) query.set('id', preset.id);
    return `/project/launch?${query.toString()}`;
  },
} as const;

// Backslashes and control characters: browsers read `/\host` and `/<tab>/host` as another origin.
function hasUnsafeCharacter(path: string): boolean {
  for (const char of path) {
    const code = char.charCodeAt(0);
    if (char === '\\' || code < 0x20 || code === 0x7f) return true;
  }
  return false;
}

function looksForeign(path: string): boolean {
  return !path.startsWith('/') || path.startsWith('//') || hasUnsafeCharacter(path);
}

/**
 * Where to come back to after logging in: only an absolute path of this app, on this origin.
 * Anything else (another origin, `/\host`, control characters, their %-encoded forms) falls back
 * to the default page.
 */
export function safeReturnPath(candidate: string | null | undefined, origin: string = globalThis.location?.origin ?? 'http://localhost'): string {
  if (!candidate || looksForeign(candidate)) return paths.instances;
  let decoded: string;
  try {
    decoded = decodeURIComponent(candidate);
  } catch {
    return paths.instances;
  }
  if (looksForeign(decoded)) return paths.instances;
  let url: URL;
  let base: URL;
  try {
    base = new URL(origin);
    url = new URL(candidate, base);
  } catch {
    return paths.instances;
  }
  if (url.origin !== base.origin) return paths.instances;
  const path = `${url.pathname}${url.search}${url.hash}`;
  return path.startsWith(paths.login) ? paths.instances : path;
}

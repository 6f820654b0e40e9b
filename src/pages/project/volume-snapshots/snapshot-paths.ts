import { paths } from '@/paths';

/**
 * Paths inside this panel. There is no Volumes panel, so a volume's link opens its page here:
 * the volume itself, the volumes made from its snapshots, and its snapshots.
 */
export const snapshotPaths = {
  list: paths.volumeSnapshots,
  detail: paths.volumeSnapshotDetail,
  volume: (id: string) => `${paths.volumeSnapshots}/volumes/${encodeURIComponent(id)}`,
  /** The list with only the snapshots of one volume. */
  ofVolume: (id: string) => `${paths.volumeSnapshots}?${new URLSearchParams({ volume: id }).toString()}`,
} as const;

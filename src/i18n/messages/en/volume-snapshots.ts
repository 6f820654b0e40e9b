export const volumeSnapshots = {
  title: 'Volume Snapshots',
} as const;

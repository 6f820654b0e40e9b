/** What the shell says about operations started in this browser: phases, ends, notifications. */
export const announce = {
  phase: {
    snapshotting: '{name}: snapshotting',
    waitingToUpload: '{name}: waiting to upload',
    uploading: '{name}: uploading',
    rebuilding: '{name}: rebuilding',
    building: '{name}: building',
  },
  snapshot: {
    active: '{name} is active after {elapsed}',
    failed: '{name} failed after {elapsed} (status: {status})',
    vanished: '{name} is gone after {elapsed}',
    vanishedBody: 'The cloud deleted the snapshot, as it does with a failed upload. Try again, or look at the instance.',
    view: 'View snapshot',
  },
  restore: {
    done: '{name} is restored and active after {elapsed}',
    failed: 'Restoring {name} failed after {elapsed}',
  },
  launch: {
    done: '{name} is active after {elapsed}',
    failed: '{name} failed to launch after {elapsed}',
  },
  server: {
    gone: '{name} is gone after {elapsed}',
    view: 'View instance',
  },
  power: {
    gone: '{name} is gone',
    settled: '{name} is now {status}',
    error: '{name} went into an error state',
    status: { active: 'running', shutoff: 'shut off' },
  },
  notify: {
    enable: 'Notify me when done',
    blocked: 'Notifications are blocked by the browser',
    toggleLabel: 'Browser notification when a snapshot, restore or launch is done',
  },
} as const;

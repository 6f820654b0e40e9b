export const recovery = {
  routeError: {
    title: 'This page could not be shown',
    body: 'Something unexpected stopped this page. Nothing was changed in your cloud by this error.',
    notFound: 'There is no page at this address.',
    home: 'Go to Instances',
    reload: 'Reload the page',
  },
  signInAgain: {
    title: 'Sign in again',
    body: 'Your session has ended. Sign in to go on: this page, open dialogs and what you typed stay as they are.',
    signOut: 'Sign Out',
  },
  retry: {
    notDoneNames: 'Not done, because the session had ended: {names}. Sign in again, then choose Retry these.',
    unauthorized: 'Your session had ended, so this was not done. Sign in again, then choose Retry.',
    button: 'Retry',
  },
  plan: {
    waitingStart: 'Will be started again when the snapshot is uploaded',
    waitingStop: 'Shutting off for a snapshot; will be started again afterwards',
    waitingCreate: 'Shut off for a snapshot; will be started again when it is uploaded',
    finished: 'Snapshot “{name}” is uploaded and {instance} was started again.',
    stuckTitle: 'The snapshot of {instance} could not be finished',
    imageFailed: 'The snapshot “{name}” ended as “{status}”. {instance} is still shut off: start it from the Instances list, then try the snapshot again.',
    imageGone: 'The snapshot “{name}” is gone. {instance} is still shut off: start it from the Instances list, then try the snapshot again.',
    startRefused: '{instance} could not be started again: {message}. Start it from the Instances list.',
    serverGone: '{instance} no longer exists, so nothing more will be done for the snapshot “{name}”.',
    serverError: '{instance} went into an error state while it was shut off for the snapshot “{name}”. Check it in the Instances list.',
    failed: 'Working on the snapshot “{name}” of {instance} failed: {message}. Check the instance in the Instances list; start it there if it is shut off.',
    view: 'View on Images',
    resumesAfterSignIn: 'Your session had ended. Sign in again: the snapshot goes on from where it stopped, and the instance is started again afterwards.',
  },
} as const;

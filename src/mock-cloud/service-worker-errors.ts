/**
 * msw's `worker.start()` calls `registration.update()` on an existing registration without
 * awaiting it. When that update job loses a race (a reload or navigation while it runs, or the
 * browser's own update check of the same registration), Chromium rejects it with
 * "TypeError: Failed to update a ServiceWorker … Not found", surfacing as an unhandled rejection
 * although the worker keeps serving. Only that rejection is caught here; anything else still surfaces.
 */
export function isServiceWorkerUpdateFailure(reason: unknown): boolean {
  if (!(reason instanceof Error)) return false;
  return /Failed to update a ServiceWorker/i.test(reason.message) && reason.message.includes('mockServiceWorker.js');
}

let installed = false;

export function absorbServiceWorkerUpdateFailures(target: Pick<Window, 'addEventListener'> = globalThis): void {
  if (installed) return;
  installed = true;
  target.addEventListener('unhandledrejection', (event: PromiseRejectionEvent) => {
    if (!isServiceWorkerUpdateFailure(event.reason)) return;
    event.preventDefault();
    console.warn('[mock-cloud] the demo service worker could not check for an update; the one running goes on serving.', event.reason);
  });
}

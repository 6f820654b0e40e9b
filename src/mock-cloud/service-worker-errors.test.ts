import { absorbServiceWorkerUpdateFailures, isServiceWorkerUpdateFailure } from './service-worker-errors';

describe('the demo service worker’s update failures', () => {
  const chromiumMessage =
    "Failed to update a ServiceWorker for scope ('http://127.0.0.1:4321/') with script ('http://127.0.0.1:4321/mockServiceWorker.js'): Not found";

  it('recognises Chromium’s failed update of the mock worker, and nothing else', () => {
    expect(isServiceWorkerUpdateFailure(new TypeError(chromiumMessage))).toBe(true);
    expect(isServiceWorkerUpdateFailure(new TypeError('Failed to fetch'))).toBe(false);
    expect(isServiceWorkerUpdateFailure('Not found')).toBe(false);
  });

  it('keeps that rejection from being reported as unhandled, and lets others through', () => {
    const target = new EventTarget();
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    absorbServiceWorkerUpdateFailures(target as unknown as Window);
    const event = (reason: unknown) => {
      const rejection = new Event('unhandledrejection', { cancelable: true }) as Event & { reason: unknown };
      rejection.reason = reason;
      target.dispatchEvent(rejection);
      return rejection.defaultPrevented;
    };
    expect(event(new TypeError(chromiumMessage))).toBe(true);
    expect(event(new Error('something else'))).toBe(false);
  });
});

import type { SessionServices } from './session-services';

let loading: Promise<SessionServices> | null = null;

/**
 * The typed client and Keystone's sign-in, out of the first chunk: the login page draws without
 * them (and fetches them while the user types); a signed-in page gets them with its panel's code.
 */
export function loadSessionServices(): Promise<SessionServices> {
  loading ??= import('./session-services').then(
    (module) => module.sessionServices,
    (error: unknown) => {
      // A failed download (a deploy replaced the chunks, the network dropped) is tried again on the next call.
      loading = null;
      throw error;
    },
  );
  return loading;
}

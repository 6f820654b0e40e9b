import type { CloudApi } from './http';
import type { ServiceKind } from './service-kind';

/** The smallest authenticated read of each service the panels use. */
const smallestReads: ReadonlyArray<readonly [ServiceKind, string]> = [
  ['compute', '/flavors?limit=1'],
  ['image', '/v2/images?limit=1'],
  ['volume', '/volumes?limit=1'],
  ['network', '/v2.0/networks?limit=1&fields=id'],
];

/** Signing in waits for the services at most this long; a slow one finishes in the background. */
export const INTRODUCTION_WAIT_MS = 1500;

/**
 * Shows a new token to every service once, all at the same time. Each service checks a token it
 * has not seen with Keystone and keeps the answer (keystonemiddleware's cache): that check costs
 * the first request of each service 0.2–0.6 s on a small cloud. Done while signing in (or switching
 * project), in parallel, the first page pays it once instead of each panel the first time it is
 * opened (the first page would pay it anyway; sent alongside that page's own reads, it would be
 * paid twice). Resolves when every service answered or after `waitMs`. The answers are not used; a
 * service that refuses or is missing is the panels' business.
 */
export async function introduceToken(api: CloudApi, waitMs = INTRODUCTION_WAIT_MS): Promise<void> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const reads = Promise.allSettled(
    smallestReads.map(async ([service, path]) => {
      await api.http(service).get(path);
    }),
  );
  await Promise.race([reads, new Promise<void>((resolve) => (timer = setTimeout(resolve, waitMs)))]);
  clearTimeout(timer);
}

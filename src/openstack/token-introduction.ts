import type { CloudApi } from './http';
import type { ServiceKind } from './service-kind';

/** The smallest authenticated read of each service the panels use. */
const smallestReads: ReadonlyArray<readonly [ServiceKind, string]> = [
  ['compute', '/flavors?limit=1'],
  ['image', '/v2/images?limit=1'],
  ['volume', '/volumes?limit=1'],
  ['network', '/v2.0/networks?limit=1&fields=id'],
];

/**
 * Shows a new token to every service once, in the background. Each service checks a token it has
 * not seen with Keystone and keeps the answer (keystonemiddleware's cache): that check costs the
 * first request of each service 0.2–0.6 s on a small cloud. Paid here, right after signing in or
 * switching project, it is not paid by the first panel the user opens. The answers are not used;
 * a service that refuses or is missing is the panels' business.
 */
export async function introduceToken(api: CloudApi): Promise<void> {
  await Promise.allSettled(
    smallestReads.map(async ([service, path]) => {
      await api.http(service).get(path);
    }),
  );
}

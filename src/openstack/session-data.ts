import type { EndpointInterface } from './keystone/catalog';
import type { Catalog } from './keystone/schemas';

/** A signed-in, project-scoped session: everything needed to call the cloud. */
export interface SessionData {
  authUrl: string;
  token: string;
  expiresAt: string;
  user: { id: string; name: string; domainId?: string; domainName?: string };
  project: { id: string; name: string; domainId?: string };
  roles: string[];
  catalog: Catalog;
  /** The region in use; null when the catalog names none. */
  region: string | null;
  regions: string[];
  interface: EndpointInterface;
  microversions: { compute: string | null; volume: string | null };
}

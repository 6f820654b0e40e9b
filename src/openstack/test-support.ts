/**
 * Test helpers for the typed client: a project-scoped session literal and the CloudApi built
 * from it with the real `createCloudApi`. No network, no Node-only imports: usable anywhere.
 */
import { OpenStackError } from './errors';
import { createCloudApi, type CloudApi, type CloudApiOptions } from './http';
import type { Catalog } from './keystone/schemas';
import type { ServiceKind } from './service-kind';
import type { SessionData } from './session-data';

export const TEST_PROJECT_ID = '6f70656e737461636b20342065766572';
export const TEST_REGION = 'RegionOne';
export const TEST_TOKEN = 'gAAAAAtest-token';

/** Catalog URLs as a cloud gives them: compute without project id, volume with it, image and network at the host root. */
export const TEST_ENDPOINTS: Readonly<Record<CatalogService, string>> = {
  identity: 'http://keystone.test/v3',
  compute: 'http://nova.test/v2.1',
  image: 'http://glance.test',
  volume: `http://cinder.test/v3/${TEST_PROJECT_ID}`,
  network: 'http://neutron.test',
};

/** The services a test catalog lists (the policy API is the dashboard's own, not in the catalog). */
type CatalogService = Exclude<ServiceKind, 'policies' | 'downloads'>;

const catalogType: Record<CatalogService, string> = {
  identity: 'identity',
  compute: 'compute',
  image: 'image',
  volume: 'block-storage',
  network: 'network',
};

export interface TestSessionOptions {
  endpoints?: Partial<Record<CatalogService, string>>;
  microversions?: Partial<SessionData['microversions']>;
  projectId?: string;
}

export function testCatalog(endpoints: Readonly<Record<CatalogService, string>>): Catalog {
  return (Object.keys(catalogType) as CatalogService[]).map((service) => ({
    id: `${service}-service`,
    type: catalogType[service],
    name: service,
    endpoints: [{ id: `${service}-public`, interface: 'public' as const, region: TEST_REGION, region_id: TEST_REGION, url: endpoints[service] }],
  }));
}

/** A signed-in session at the newest microversions this client speaks (compute 2.100, volume 3.71). */
export function testSession(options: TestSessionOptions = {}): SessionData {
  const endpoints = { ...TEST_ENDPOINTS, ...options.endpoints };
  const projectId = options.projectId ?? TEST_PROJECT_ID;
  return {
    authUrl: endpoints.identity,
    token: TEST_TOKEN,
    expiresAt: '2099-01-01T00:00:00.000000Z',
    user: { id: 'user-1', name: 'demo', domainId: 'default', domainName: 'Default' },
    project: { id: projectId, name: 'demo', domainId: 'default' },
    roles: ['member', 'reader'],
    catalog: testCatalog(endpoints),
    region: TEST_REGION,
    regions: [TEST_REGION],
    interface: 'public',
    microversions: { compute: '2.100', volume: '3.71', ...options.microversions },
  };
}

/** The CloudApi the app would build for `testSession(options)`. */
export function testApi(options: TestSessionOptions = {}, apiOptions: CloudApiOptions = {}): CloudApi {
  return createCloudApi(testSession(options), apiOptions);
}

/** Awaits a call that must fail and returns its OpenStackError (anything else is rethrown). */
export async function openStackFailure(promise: Promise<unknown>): Promise<OpenStackError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof OpenStackError) return error;
    throw error;
  }
  throw new Error('Expected the call to fail with an OpenStackError, but it succeeded.');
}

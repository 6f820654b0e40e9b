import { createServiceHttp } from './http';
import { serviceRoot } from './keystone/catalog';
import { negotiateMicroversion, versionEntryFor, versionListSchema } from './microversion';
import { parseAnswer } from './parse';
import type { ServiceKind } from './service-kind';

/** The newest microversions this client was written and tested for, and the oldest it can use. */
const clientMicroversions = {
  compute: { min: '2.1', max: '2.100' },
  volume: { min: '3.0', max: '3.71' },
} as const;

/**
 * Reads the version list at the service root and picks the microversion to speak.
 * Returns null when the service does not announce one (it then acts at its minimum).
 */
export async function negotiateServiceMicroversion(
  service: Extract<ServiceKind, 'compute' | 'volume'>,
  endpointUrl: string,
  token: string,
): Promise<string | null> {
  const http = createServiceHttp(service, { baseURL: serviceRoot(endpointUrl), token });
  // Keystone, Glance and Cinder answer their version list with 300 Multiple Choices.
  const response = await http.get('', { validateStatus: (status) => status === 200 || status === 300 });
  const { versions } = parseAnswer(versionListSchema, response.data, service, 'GET / (versions)');
  const major = /\/(v\d+)(\.\d+)?(\/|$)/.exec(new URL(endpointUrl).pathname);
  const entry = versionEntryFor(versions, major ? `${major[1]}${major[2] ?? ''}` : service === 'compute' ? 'v2.1' : 'v3');
  if (!entry) return null;
  const range = clientMicroversions[service];
  return negotiateMicroversion(entry, range.max, range.min);
}

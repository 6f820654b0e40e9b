import { OpenStackError } from '../errors';
import { catalogTypes, type ServiceKind } from '../service-kind';
import type { Catalog } from './schemas';

export type EndpointInterface = 'public' | 'internal' | 'admin';

export interface EndpointChoice {
  region?: string;
  interface?: EndpointInterface;
}

/** Every region named by any endpoint of the catalog, in first-seen order. */
export function catalogRegions(catalog: Catalog): string[] {
  const regions: string[] = [];
  for (const entry of catalog) {
    for (const endpoint of entry.endpoints) {
      const region = endpoint.region_id ?? endpoint.region;
      if (region && !regions.includes(region)) regions.push(region);
    }
  }
  return regions;
}

function regionOf(endpoint: Catalog[number]['endpoints'][number]): string | undefined {
  return endpoint.region_id ?? endpoint.region ?? undefined;
}

/** Finds the endpoint URL for a service by type (block storage under any of its names), interface and region. */
export function findEndpoint(catalog: Catalog, service: ServiceKind, choice: EndpointChoice = {}): string | null {
  const wantedInterface = choice.interface ?? 'public';
  for (const type of catalogTypes[service]) {
    const entry = catalog.find((candidate) => candidate.type === type);
    if (!entry) continue;
    const endpoint = entry.endpoints.find(
      (candidate) => candidate.interface === wantedInterface && (!choice.region || regionOf(candidate) === choice.region),
    );
    // Old 'volume' (v1/v2) endpoints speak another API: only accept one that serves v3.
    if (endpoint && (type !== 'volume' || /\/v3(\/|$)/.test(endpoint.url))) return endpoint.url.replace(/\/+$/, '');
  }
  return null;
}

export function requireEndpoint(catalog: Catalog, service: ServiceKind, choice: EndpointChoice = {}): string {
  const url = findEndpoint(catalog, service, choice);
  if (url) return url;
  throw new OpenStackError({
    service,
    kind: 'config',
    status: null,
    message: `The cloud's service catalog has no ${choice.interface ?? 'public'} ${service} endpoint${choice.region ? ` in region ${choice.region}` : ''}.`,
  });
}

/** The root of a versioned endpoint (`…/v2.1/<project>` → `…/`), where the version list lives. */
export function serviceRoot(endpointUrl: string): string {
  const url = new URL(endpointUrl);
  url.pathname = url.pathname.replace(/\/v\d+(\.\d+)?(\/[^/]*)?\/?$/, '/');
  url.search = '';
  return url.toString();
}

import { findEndpoint, catalogRegions, type EndpointChoice, type EndpointInterface } from './keystone/catalog';
import type { Catalog } from './keystone/schemas';
import type { IssuedToken } from './keystone/auth';
import { OpenStackError } from './errors';
import type { SessionData } from './session-data';
import { negotiateServiceMicroversion } from './versions';

export type { SessionData } from './session-data';

export interface SessionChoice {
  authUrl: string;
  region?: string | null;
  interface?: EndpointInterface;
}

/** Builds a session from a freshly issued token: picks the region and negotiates microversions. */
export async function buildSession(issued: IssuedToken, choice: SessionChoice): Promise<SessionData> {
  const { token: body } = issued.body;
  if (!body.project) {
    throw new OpenStackError({
      service: 'identity',
      kind: 'parse',
      status: null,
      field: 'token.project',
      message: 'Identity (Keystone) gave a token that is not scoped to a project.',
    });
  }
  const catalog = body.catalog ?? [];
  const regions = catalogRegions(catalog);
  const region = choice.region && regions.includes(choice.region) ? choice.region : (regions[0] ?? null);
  const microversions = await negotiateMicroversions(catalog, { region: region ?? undefined, interface: choice.interface ?? 'public' }, issued.token);
  return {
    authUrl: choice.authUrl,
    token: issued.token,
    expiresAt: body.expires_at,
    user: { id: body.user.id, name: body.user.name, domainId: body.user.domain?.id, domainName: body.user.domain?.name },
    project: { id: body.project.id, name: body.project.name, domainId: body.project.domain?.id },
    roles: (body.roles ?? []).map((role) => role.name ?? role.id),
    catalog,
    region,
    regions,
    interface: choice.interface ?? 'public',
    microversions,
  };
}

/** The same token used in another region of its catalog: endpoints and microversions change. */
export async function sessionInRegion(session: SessionData, region: string): Promise<SessionData> {
  const microversions = await negotiateMicroversions(session.catalog, { region, interface: session.interface }, session.token);
  return { ...session, region, microversions };
}

/** Compute's and Block Storage's microversions for one region of a catalog, asked in parallel. */
async function negotiateMicroversions(catalog: Catalog, choice: EndpointChoice, token: string): Promise<SessionData['microversions']> {
  const computeUrl = findEndpoint(catalog, 'compute', choice);
  const volumeUrl = findEndpoint(catalog, 'volume', choice);
  const [compute, volume] = await Promise.all([
    computeUrl ? negotiateServiceMicroversion('compute', computeUrl, token) : null,
    volumeUrl ? negotiateServiceMicroversion('volume', volumeUrl, token) : null,
  ]);
  return { compute, volume };
}

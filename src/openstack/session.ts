import { findEndpoint, catalogRegions, type EndpointInterface } from './keystone/catalog';
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
  const endpointChoice = { region: region ?? undefined, interface: choice.interface ?? 'public' };
  const computeUrl = findEndpoint(catalog, 'compute', endpointChoice);
  const volumeUrl = findEndpoint(catalog, 'volume', endpointChoice);
  const [compute, volume] = await Promise.all([
    computeUrl ? negotiateServiceMicroversion('compute', computeUrl, issued.token) : null,
    volumeUrl ? negotiateServiceMicroversion('volume', volumeUrl, issued.token) : null,
  ]);
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
    microversions: { compute, volume },
  };
}

export function sessionExpired(session: SessionData, now: number = Date.now()): boolean {
  const expiry = Date.parse(session.expiresAt);
  return Number.isFinite(expiry) && expiry <= now;
}

/** The same token used in another region of its catalog: endpoints and microversions change. */
export async function sessionInRegion(session: SessionData, region: string): Promise<SessionData> {
  const choice = { region, interface: session.interface };
  const computeUrl = findEndpoint(session.catalog, 'compute', choice);
  const volumeUrl = findEndpoint(session.catalog, 'volume', choice);
  const [compute, volume] = await Promise.all([
    computeUrl ? negotiateServiceMicroversion('compute', computeUrl, session.token) : null,
    volumeUrl ? negotiateServiceMicroversion('volume', volumeUrl, session.token) : null,
  ]);
  return { ...session, region, microversions: { compute, volume } };
}

import type { CloudCore } from '../core';
import type { MockDb, Project, Token } from '../db';
import { effectiveRoles } from '../http/auth';
import { hexFrom } from '../ids';
import { isoKeystone } from '../time';

export interface CatalogEndpoint {
  id: string;
  interface: 'public' | 'internal';
  region: string;
  region_id: string;
  url: string;
}

export interface CatalogEntry {
  endpoints: CatalogEndpoint[];
  id: string;
  type: string;
  name: string;
}

/** Identity, compute, image, volumev3 + block-storage (project in the URL) and network, per region × interface. */
export function catalogFor(core: CloudCore, projectId: string): CatalogEntry[] {
  const base = core.baseUrl;
  const services: Array<[string, string, string]> = [
    ['identity', 'keystone', `${base}/identity/v3`],
    ['compute', 'nova', `${base}/compute/v2.1`],
    ['image', 'glance', `${base}/image`],
    ['volumev3', 'cinderv3', `${base}/volume/v3/${projectId}`],
    ['block-storage', 'cinder', `${base}/volume/v3/${projectId}`],
    ['network', 'neutron', `${base}/network`],
  ];
  return services.map(([type, name, url]) => ({
    endpoints: core.regions.flatMap((region) =>
      (['public', 'internal'] as const).map((iface) => ({
        id: hexFrom(`endpoint:${type}:${region}:${iface}`, 32),
        interface: iface,
        region,
        region_id: region,
        url,
      })),
    ),
    id: hexFrom(`service:${type}`, 32),
    type,
    name,
  }));
}

function projectRef(db: MockDb, project: Project): Record<string, unknown> {
  const domain = db.identity.domains[project.domain_id];
  return { domain: { id: project.domain_id, name: domain?.name ?? project.domain_id }, id: project.id, name: project.name };
}

export function tokenBody(core: CloudCore, db: MockDb, token: Token, withCatalog = true): Record<string, unknown> {
  const user = db.identity.users[token.user_id];
  const userDomain = db.identity.domains[user?.domain_id ?? ''];
  const body: Record<string, unknown> = {
    methods: token.methods,
    user: {
      domain: { id: user?.domain_id ?? '', name: userDomain?.name ?? '' },
      id: token.user_id,
      name: user?.name ?? '',
      password_expires_at: null,
    },
    audit_ids: token.audit_ids,
    expires_at: isoKeystone(token.expires_at),
    issued_at: isoKeystone(token.issued_at),
  };
  const project = token.project_id ? db.identity.projects[token.project_id] : undefined;
  if (project) {
    body['project'] = projectRef(db, project);
    body['is_domain'] = false;
    body['roles'] = effectiveRoles(db, token.user_id, project.id).map((r) => ({ id: r.id, name: r.name }));
    if (withCatalog) body['catalog'] = catalogFor(core, project.id);
  }
  return { token: body };
}

export function projectView(core: CloudCore, project: Project): Record<string, unknown> {
  return {
    id: project.id,
    name: project.name,
    domain_id: project.domain_id,
    description: project.description,
    enabled: project.enabled,
    parent_id: project.domain_id,
    is_domain: false,
    tags: [],
    options: {},
    links: { self: `${core.baseUrl}/identity/v3/projects/${project.id}` },
  };
}

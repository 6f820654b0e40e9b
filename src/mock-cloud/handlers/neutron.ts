import type { Network, Port, SecurityGroup, Subnet } from '../db';
import type { Ctx } from '../http/context';
import { ApiError } from '../http/errors';
import { json } from '../http/respond';
import { route, type Route } from '../http/router';

function networkView(n: Network): Record<string, unknown> {
  return {
    id: n.id, name: n.name, description: '', admin_state_up: true, status: 'ACTIVE', shared: n.shared,
    'router:external': n.external, is_default: false, subnets: n.subnets, mtu: n.mtu, availability_zone_hints: [],
    availability_zones: ['nova'], ipv4_address_scope: null, ipv6_address_scope: null, l2_adjacency: true,
    port_security_enabled: true, qos_policy_id: null, dns_domain: '', vlan_transparent: null, project_id: n.project_id,
    tenant_id: n.project_id, revision_number: 1, tags: [], created_at: n.created_at, updated_at: n.created_at,
  };
}

function subnetView(s: Subnet): Record<string, unknown> {
  const [base = '0.0.0.0'] = s.cidr.split('/');
  const prefix = base.split('.').slice(0, 3).join('.');
  return {
    id: s.id, name: s.name, network_id: s.network_id, cidr: s.cidr, ip_version: 4, gateway_ip: s.gateway_ip,
    allocation_pools: [{ start: `${prefix}.2`, end: `${prefix}.254` }], enable_dhcp: true, dns_nameservers: [],
    host_routes: [], ipv6_ra_mode: null, ipv6_address_mode: null, subnetpool_id: null, description: '', service_types: [],
    project_id: s.project_id, tenant_id: s.project_id, revision_number: 0, tags: [], created_at: s.created_at, updated_at: s.created_at,
  };
}

function securityGroupView(g: SecurityGroup): Record<string, unknown> {
  return {
    id: g.id, name: g.name, description: g.description, stateful: true, shared: false, project_id: g.project_id,
    tenant_id: g.project_id, revision_number: 1, tags: [], created_at: g.created_at, updated_at: g.created_at,
    security_group_rules: g.rules.map((r) => ({
      ...r, security_group_id: g.id, project_id: g.project_id, tenant_id: g.project_id, description: '', revision_number: 0,
      tags: [], created_at: g.created_at, updated_at: g.created_at, belongs_to_default_sg: g.name === 'default',
    })),
  };
}

function portView(p: Port): Record<string, unknown> {
  return {
    id: p.id, name: '', network_id: p.network_id, project_id: p.project_id, tenant_id: p.project_id, mac_address: p.mac_address,
    admin_state_up: true, status: 'ACTIVE', device_id: p.device_id, device_owner: p.device_owner, fixed_ips: p.fixed_ips,
    allowed_address_pairs: [], extra_dhcp_opts: [], security_groups: p.security_groups, description: '',
    'binding:vnic_type': 'normal', port_security_enabled: true, revision_number: 1, tags: [], created_at: p.created_at, updated_at: p.created_at,
  };
}

/** Query filters compare against the view's value; booleans accept True/true. */
function filtered(ctx: Ctx, rows: Array<Record<string, unknown>>, keys: string[]): Array<Record<string, unknown>> {
  const wanted = keys.flatMap((key) => ctx.query.getAll(key).map((value) => ({ key, value: value.toLowerCase() })));
  return rows.filter((row) => wanted.every(({ key, value }) => String(row[key]).toLowerCase() === value));
}

function visibleNetworks(ctx: Ctx): Network[] {
  const project = ctx.auth.project.id;
  return Object.values(ctx.db.network.networks).filter((n) => ctx.auth.isAdmin || n.project_id === project || n.shared || n.external);
}

function one<T>(row: T | undefined, type: string, what: string, id: string): T {
  if (!row) throw new ApiError(404, `${what} ${id} could not be found.`, { neutronType: type });
  return row;
}

export function neutronRoutes(): Route[] {
  const nets = (ctx: Ctx) => visibleNetworks(ctx);
  const subnets = (ctx: Ctx) => {
    const ids = new Set(nets(ctx).map((n) => n.id));
    return Object.values(ctx.db.network.subnets).filter((s) => ids.has(s.network_id));
  };
  const groups = (ctx: Ctx) => Object.values(ctx.db.network.security_groups).filter((g) => ctx.auth.isAdmin || g.project_id === ctx.auth.project.id);
  const ports = (ctx: Ctx) => Object.values(ctx.db.network.ports).filter((p) => ctx.auth.isAdmin || p.project_id === ctx.auth.project.id);
  return [
    route('GET', '', (ctx) => json({ versions: [{ status: 'CURRENT', id: 'v2.0', links: [{ href: `${ctx.core.baseUrl}/network/v2.0`, rel: 'self' }] }] }), { public: true }),
    route('GET', '/v2.0/networks', (ctx) => json({ networks: filtered(ctx, nets(ctx).map(networkView), ['id', 'name', 'shared', 'router:external', 'project_id', 'tenant_id', 'status']) })),
    route('GET', '/v2.0/networks/:id', (ctx) => json({ network: networkView(one(nets(ctx).find((n) => n.id === ctx.param('id')), 'NetworkNotFound', 'Network', ctx.param('id'))) })),
    route('GET', '/v2.0/subnets', (ctx) => json({ subnets: filtered(ctx, subnets(ctx).map(subnetView), ['id', 'name', 'network_id', 'project_id', 'tenant_id', 'cidr']) })),
    route('GET', '/v2.0/subnets/:id', (ctx) => json({ subnet: subnetView(one(subnets(ctx).find((s) => s.id === ctx.param('id')), 'SubnetNotFound', 'Subnet', ctx.param('id'))) })),
    route('GET', '/v2.0/security-groups', (ctx) => json({ security_groups: filtered(ctx, groups(ctx).map(securityGroupView), ['id', 'name', 'project_id', 'tenant_id']) })),
    route('GET', '/v2.0/security-groups/:id', (ctx) => json({ security_group: securityGroupView(one(groups(ctx).find((g) => g.id === ctx.param('id')), 'SecurityGroupNotFound', 'Security group', ctx.param('id'))) })),
    route('GET', '/v2.0/ports', (ctx) => json({ ports: filtered(ctx, ports(ctx).map(portView), ['id', 'device_id', 'device_owner', 'network_id', 'project_id', 'tenant_id', 'mac_address']) })),
    route('GET', '/v2.0/ports/:id', (ctx) => json({ port: portView(one(ports(ctx).find((p) => p.id === ctx.param('id')), 'PortNotFound', 'Port', ctx.param('id'))) })),
  ];
}

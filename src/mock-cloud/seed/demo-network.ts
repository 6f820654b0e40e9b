import type { MockDb, SecurityGroupRule } from '../db';
import { uuidFrom } from '../ids';
import { seedIds as ids } from './ids';

const created = '2026-01-04T09:00:00Z';

function defaultRules(groupId: string): SecurityGroupRule[] {
  const rule = (n: number, fields: Partial<SecurityGroupRule>): SecurityGroupRule => ({
    id: uuidFrom(`sg-rule:${groupId}:${n}`),
    direction: 'egress',
    ethertype: 'IPv4',
    protocol: null,
    port_range_min: null,
    port_range_max: null,
    remote_ip_prefix: null,
    remote_group_id: null,
    ...fields,
  });
  return [
    rule(1, {}),
    rule(2, { ethertype: 'IPv6' }),
    rule(3, { direction: 'ingress', remote_group_id: groupId }),
    rule(4, { direction: 'ingress', ethertype: 'IPv6', remote_group_id: groupId }),
  ];
}

export function seedNetwork(db: MockDb): void {
  const n = db.network;
  const nets: Array<[string, string, string, string, boolean, string, string, string]> = [
    [ids.networks.publicNet, 'public-net', ids.projects.admin, ids.subnets.publicSubnet, true, 'public-subnet', '172.24.4.0/24', '172.24.4.1'],
    [ids.networks.privateNet, 'private-net', ids.projects.demo, ids.subnets.privateSubnet, false, 'private-subnet', '10.0.0.0/24', '10.0.0.1'],
    [ids.networks.altNet, 'alt-net', ids.projects.demoAlt, ids.subnets.altSubnet, false, 'alt-subnet', '10.1.0.0/24', '10.1.0.1'],
  ];
  for (const [id, name, project, subnetId, shared, subnetName, cidr, gateway] of nets) {
    n.networks[id] = { id, name, project_id: project, shared, external: shared, subnets: [subnetId], mtu: 1500, created_at: created };
    n.subnets[subnetId] = { id: subnetId, name: subnetName, network_id: id, project_id: project, cidr, gateway_ip: gateway, created_at: created };
  }
  const groups: Array<[string, string, string, string]> = [
    [ids.securityGroups.demoDefault, 'default', ids.projects.demo, 'Default security group'],
    [ids.securityGroups.altDefault, 'default', ids.projects.demoAlt, 'Default security group'],
    [ids.securityGroups.adminDefault, 'default', ids.projects.admin, 'Default security group'],
    [ids.securityGroups.demoWeb, 'web', ids.projects.demo, 'HTTP and HTTPS from anywhere'],
  ];
  for (const [id, name, project, description] of groups) {
    n.security_groups[id] = { id, name, description, project_id: project, rules: defaultRules(id), created_at: created };
  }
  const web = n.security_groups[ids.securityGroups.demoWeb];
  if (web) {
    web.rules = [80, 443].map((port) => ({
      id: uuidFrom(`sg-rule:web:${port}`),
      direction: 'ingress',
      ethertype: 'IPv4',
      protocol: 'tcp',
      port_range_min: port,
      port_range_max: port,
      remote_ip_prefix: '0.0.0.0/0',
      remote_group_id: null,
    }));
  }
}

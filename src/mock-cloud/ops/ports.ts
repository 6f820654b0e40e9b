import type { MockDb, Network, Port } from '../db';
import { hexFrom, nextId } from '../ids';

function ipToInt(ip: string): number {
  return ip.split('.').reduce((acc, part) => acc * 256 + Number(part), 0);
}

function intToIp(n: number): string {
  return [24, 16, 8, 0].map((shift) => Math.floor(n / 2 ** shift) % 256).join('.');
}

/** The lowest free address of the network's first subnet (after the gateway), or null when it is full. */
function freeAddress(db: MockDb, network: Network): { subnetId: string; ip: string } | null {
  const subnet = db.network.subnets[network.subnets[0] ?? ''];
  if (!subnet) return null;
  const [base = '0.0.0.0', prefix = '24'] = subnet.cidr.split('/');
  const size = 2 ** (32 - Number(prefix));
  const start = ipToInt(base);
  const used = new Set<string>([subnet.gateway_ip]);
  for (const port of Object.values(db.network.ports)) {
    for (const fixed of port.fixed_ips) if (fixed.subnet_id === subnet.id) used.add(fixed.ip_address);
  }
  for (let host = 2; host < size - 1; host++) {
    const ip = intToIp(start + host);
    if (!used.has(ip)) return { subnetId: subnet.id, ip };
  }
  return null;
}

function macFor(portId: string): string {
  const hex = hexFrom(`mac:${portId}`, 6);
  return `fa:16:3e:${hex.slice(0, 2)}:${hex.slice(2, 4)}:${hex.slice(4, 6)}`;
}

export function createPort(
  db: MockDb,
  fields: { network: Network; projectId: string; deviceId: string; createdAt: string; securityGroups: string[]; ip?: string },
): Port | null {
  const address = fields.ip
    ? { subnetId: fields.network.subnets[0] ?? '', ip: fields.ip }
    : freeAddress(db, fields.network);
  if (!address) return null;
  const id = nextId(db, 'port');
  const port: Port = {
    id,
    network_id: fields.network.id,
    project_id: fields.projectId,
    device_id: fields.deviceId,
    device_owner: 'compute:nova',
    mac_address: macFor(id),
    fixed_ips: [{ subnet_id: address.subnetId, ip_address: address.ip }],
    security_groups: fields.securityGroups,
    created_at: fields.createdAt,
  };
  db.network.ports[id] = port;
  return port;
}

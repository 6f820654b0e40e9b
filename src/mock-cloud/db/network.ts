/** Neutron's state: just enough for servers to have addresses and for the launch form. */
export interface Network {
  id: string;
  name: string;
  project_id: string;
  shared: boolean;
  external: boolean;
  subnets: string[];
  mtu: number;
  created_at: string;
}

export interface Subnet {
  id: string;
  name: string;
  network_id: string;
  project_id: string;
  cidr: string;
  gateway_ip: string;
  created_at: string;
}

export interface SecurityGroupRule {
  id: string;
  direction: 'ingress' | 'egress';
  ethertype: 'IPv4' | 'IPv6';
  protocol: string | null;
  port_range_min: number | null;
  port_range_max: number | null;
  remote_ip_prefix: string | null;
  remote_group_id: string | null;
}

export interface SecurityGroup {
  id: string;
  name: string;
  description: string;
  project_id: string;
  rules: SecurityGroupRule[];
  created_at: string;
}

export interface Port {
  id: string;
  network_id: string;
  project_id: string;
  device_id: string;
  device_owner: string;
  mac_address: string;
  fixed_ips: Array<{ subnet_id: string; ip_address: string }>;
  security_groups: string[];
  created_at: string;
}

export interface NetworkState {
  networks: Record<string, Network>;
  subnets: Record<string, Subnet>;
  security_groups: Record<string, SecurityGroup>;
  ports: Record<string, Port>;
}

export function emptyNetwork(): NetworkState {
  return { networks: {}, subnets: {}, security_groups: {}, ports: {} };
}

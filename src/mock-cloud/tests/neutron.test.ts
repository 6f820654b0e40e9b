// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { seedIds } from '../index';
import { call, get, list, serveMockCloud } from './helpers';

const t = serveMockCloud();

describe('neutron', () => {
  it('lists the project’s and shared networks, subnets, security groups and ports', async () => {
    expect((await call('GET', `${t.cloud.baseUrl}/network/`)).status).toBe(200);
    const token = await t.login();
    const nets = await call('GET', `${t.network}/networks`, { token });
    expect(list(nets.body, 'networks').map((n) => n['name']).sort()).toEqual(['private-net', 'public-net']);
    const shared = await call('GET', `${t.network}/networks?shared=true`, { token });
    expect(list(shared.body, 'networks').map((n) => [n['name'], n['router:external']])).toEqual([['public-net', true]]);
    const subnets = await call('GET', `${t.network}/subnets?network_id=${seedIds.networks.privateNet}`, { token });
    expect(get(subnets.body, 'subnets', 0, 'cidr')).toBe('10.0.0.0/24');
    const groups = await call('GET', `${t.network}/security-groups`, { token });
    expect(list(groups.body, 'security_groups').map((g) => g['name']).sort()).toEqual(['default', 'web']);
    const ports = await call('GET', `${t.network}/ports?device_id=${seedIds.servers.web1}`, { token });
    expect(get(ports.body, 'ports', 0, 'fixed_ips', 0, 'ip_address')).toBe('10.0.0.11');
    const missing = await call('GET', `${t.network}/networks/nope`, { token });
    expect(missing.status).toBe(404);
    expect(missing.body).toEqual({ NeutronError: { type: 'NetworkNotFound', message: 'Network nope could not be found.', detail: '' } });
  });
});

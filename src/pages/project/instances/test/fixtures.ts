import type { Server } from '@/openstack/nova/schemas';

/** A server as Nova 2.100 lists it; override what the test is about. */
export function serverFixture(overrides: Partial<Server> = {}): Server {
  return {
    id: 'srv-1',
    name: 'web-1',
    status: 'ACTIVE',
    created: '2025-01-01T10:00:00Z',
    tenant_id: 'demo',
    user_id: 'demo',
    image: { id: 'img-1' },
    flavor: { original_name: 'm1.small', ram: 2048, vcpus: 1, disk: 20 },
    addresses: {},
    'OS-EXT-STS:task_state': null,
    'OS-EXT-STS:power_state': 1,
    ...overrides,
  };
}

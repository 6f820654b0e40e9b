// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { seedIds } from '../index';
import { call, get, serveMockCloud } from './helpers';

// jsdom, where component tests use the mock cloud (the project's `.test.ts` files run in Node by default).
const t = serveMockCloud();

describe('under jsdom', () => {
  it('logs in, lists and snapshots like under node', async () => {
    const token = await t.login();
    const servers = await call('GET', `${t.compute}/servers/detail`, { token, headers: { 'OpenStack-API-Version': 'compute 2.93' } });
    expect(servers.status).toBe(200);
    const created = await call('POST', `${t.compute}/servers/${seedIds.servers.web1}/action`, {
      token,
      headers: { 'OpenStack-API-Version': 'compute 2.93' },
      body: { createImage: { name: 'from-jsdom' } },
    });
    expect(created.status).toBe(202);
    const patched = await call('PATCH', `${t.image}/v2/images/${String(get(created.body, 'image_id'))}`, {
      token,
      headers: { 'Content-Type': 'application/openstack-images-v2.1-json-patch' },
      body: [{ op: 'add', path: '/note', value: 'ok' }],
    });
    expect(get(patched.body, 'note')).toBe('ok');
  });
});

// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { seedIds } from '../index';
import { call, get, list, T0, serveMockCloud } from './helpers';

const t = serveMockCloud({ regions: ['RegionOne', 'RegionTwo'] });

function passwordBody(user: Record<string, unknown>, scope?: unknown): unknown {
  return { auth: { identity: { methods: ['password'], password: { user } }, ...(scope === undefined ? {} : { scope }) } };
}

describe('keystone', () => {
  it('lists versions with 300 and serves the v3 document', async () => {
    const root = await call('GET', `${t.cloud.baseUrl}/identity/`);
    expect(root.status).toBe(300);
    expect(get(root.body, 'versions', 'values', 0, 'links', 0, 'href')).toBe('http://cloud.test/identity/v3/');
    const v3 = await call('GET', t.identity);
    expect(v3.status).toBe(200);
    expect(get(v3.body, 'version', 'id')).toBe('v3.14');
  });

  it('issues a project-scoped token in X-Subject-Token with catalog, roles and a one-hour expiry', async () => {
    const answer = await call('POST', `${t.identity}/auth/tokens`, {
      body: passwordBody({ name: 'demo', domain: { name: 'Default' }, password: 'demo' }, { project: { name: 'demo', domain: { id: 'default' } } }),
    });
    expect(answer.status).toBe(201);
    expect(answer.headers.get('X-Subject-Token')).toMatch(/^gAAAAAB/);
    expect(get(answer.body, 'token', 'project', 'id')).toBe(seedIds.projects.demo);
    expect(get(answer.body, 'token', 'expires_at')).toBe('2026-03-01T13:10:00.000000Z');
    expect(list(answer.body, 'token', 'roles').map((r) => r['name'])).toEqual(['member', 'reader']);
    const catalog = list(answer.body, 'token', 'catalog');
    expect(catalog.map((c) => c['type'])).toEqual(['identity', 'compute', 'image', 'volumev3', 'block-storage', 'network']);
    const volume = catalog.find((c) => c['type'] === 'block-storage');
    const endpoints = list(volume, 'endpoints');
    expect(endpoints).toHaveLength(4);
    expect(new Set(endpoints.map((e) => e['region']))).toEqual(new Set(['RegionOne', 'RegionTwo']));
    expect(new Set(endpoints.map((e) => e['interface']))).toEqual(new Set(['public', 'internal']));
    expect(endpoints[0]?.['url']).toBe(`http://cloud.test/volume/v3/${seedIds.projects.demo}`);
    expect(list(catalog.find((c) => c['type'] === 'compute'), 'endpoints')[0]?.['url']).toBe('http://cloud.test/compute/v2.1');
  });

  it('accepts the user by id and the project by id', async () => {
    const answer = await call('POST', `${t.identity}/auth/tokens`, {
      body: passwordBody({ id: seedIds.users.admin, password: 'admin' }, { project: { id: seedIds.projects.demo } }),
    });
    expect(answer.status).toBe(201);
    expect(list(answer.body, 'token', 'roles').map((r) => r['name'])).toEqual(['admin', 'member', 'reader']);
  });

  it('refuses a wrong password with the Keystone 401 body', async () => {
    const answer = await call('POST', `${t.identity}/auth/tokens`, {
      body: passwordBody({ name: 'demo', domain: { id: 'default' }, password: 'nope' }, { project: { id: seedIds.projects.demo } }),
    });
    expect(answer.status).toBe(401);
    expect(answer.body).toEqual({ error: { code: 401, title: 'Unauthorized', message: 'The request you have made requires authentication.' } });
  });

  it('refuses a project the user has no role on', async () => {
    const answer = await call('POST', `${t.identity}/auth/tokens`, {
      body: passwordBody({ name: 'demo', domain: { id: 'default' }, password: 'demo' }, { project: { id: seedIds.projects.admin } }),
    });
    expect(answer.status).toBe(401);
  });

  it('lists the projects of an unscoped token and re-scopes with the token method', async () => {
    const unscoped = await call('POST', `${t.identity}/auth/tokens`, {
      body: passwordBody({ name: 'demo', domain: { id: 'default' }, password: 'demo' }, 'unscoped'),
    });
    expect(unscoped.status).toBe(201);
    expect(get(unscoped.body, 'token', 'catalog')).toBeUndefined();
    const token = unscoped.headers.get('X-Subject-Token') ?? '';
    const projects = await call('GET', `${t.identity}/auth/projects`, { token });
    expect(list(projects.body, 'projects').map((p) => p['name']).sort()).toEqual(['demo', 'demo-alt']);
    const rescoped = await call('POST', `${t.identity}/auth/tokens`, {
      body: { auth: { identity: { methods: ['token'], token: { id: token } }, scope: { project: { id: seedIds.projects.demoAlt } } } },
    });
    expect(rescoped.status).toBe(201);
    expect(get(rescoped.body, 'token', 'methods')).toEqual(['token', 'password']);
    expect(get(rescoped.body, 'token', 'project', 'name')).toBe('demo-alt');
    // An unscoped token cannot call the other services.
    expect((await call('GET', `${t.compute}/servers`, { token })).status).toBe(401);
  });

  it('validates and revokes tokens; services then answer 401 with WWW-Authenticate', async () => {
    const token = await t.login();
    const validated = await call('GET', `${t.identity}/auth/tokens`, { token, headers: { 'X-Subject-Token': token } });
    expect(validated.status).toBe(200);
    expect(validated.headers.get('X-Subject-Token')).toBe(token);
    expect((await call('GET', `${t.identity}/auth/catalog`, { token })).status).toBe(200);
    const revoked = await call('DELETE', `${t.identity}/auth/tokens`, { token, headers: { 'X-Subject-Token': token } });
    expect(revoked.status).toBe(204);
    const after = await call('GET', `${t.image}/v2/images`, { token });
    expect(after.status).toBe(401);
    expect(after.headers.get('WWW-Authenticate')).toBe('Keystone uri="http://cloud.test/identity"');
    // Glance renders the 401 through webob (the real cloud answers so), not as Keystone's {"error": …}.
    expect(get(after.body, 'code')).toBe('401 Unauthorized');
    expect(get(after.body, 'title')).toBe('Unauthorized');
  });

  it('rejects missing tokens and expired ones (virtual time, expireTokens)', async () => {
    expect((await call('GET', `${t.compute}/servers`)).status).toBe(401);
    const token = await t.login();
    expect((await call('GET', `${t.compute}/servers`, { token })).status).toBe(200);
    t.cloud.advance(3600 * 1000);
    expect((await call('GET', `${t.compute}/servers`, { token })).status).toBe(401);
    const fresh = await t.login();
    t.cloud.scenarios.expireTokens();
    expect((await call('GET', `${t.compute}/servers`, { token: fresh })).status).toBe(401);
    expect((await call('GET', `${t.compute}/servers`, { token: await t.login() })).status).toBe(200);
    expect(t.cloud.requestLog.at(-1)?.at).toBe(T0 + 3600 * 1000);
  });
});

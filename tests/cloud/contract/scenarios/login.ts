/** Login and catalog: 201 with X-Subject-Token, the token body, the catalog, version documents, sign-out. */
import { Agent } from 'node:http';
import axios from 'axios';
import { listAuthProjects } from '@/openstack/keystone/auth';
import { serviceRoot } from '@/openstack/keystone/catalog';
import { demoUser, signIn } from '../backend';
import type { Scenario } from '../scenario';
import { raw } from './common';

function passwordBody(password: string) {
  return {
    auth: {
      identity: { methods: ['password'], password: { user: { name: demoUser.username, domain: { name: 'Default' }, password } } },
      scope: { project: { name: demoUser.project, domain: { name: 'Default' } } },
    },
  };
}

interface CatalogEntry {
  type: string;
  endpoints: Array<{ interface: string; region_id?: string }>;
}

function catalogOf(data: unknown): CatalogEntry[] {
  const token = (data as { token?: { catalog?: CatalogEntry[] } }).token;
  return token?.catalog ?? [];
}

export const loginScenario: Scenario = {
  name: 'login and catalog',
  async run({ backend, rec }) {
    // Signed in first so that the service roots are known when values are normalised.
    const client = await signIn(backend);
    const answer = await axios.post(`${backend.authUrl}/auth/tokens`, passwordBody(demoUser.password), { validateStatus: () => true });
    rec.status('POST /v3/auth/tokens (password, project scope)', [answer.status]);
    rec.value('X-Subject-Token header present', typeof answer.headers['x-subject-token'] === 'string' && answer.headers['x-subject-token'] !== '');
    rec.shape('token body', answer.data, { dynamic: [] });
    const body = answer.data as { token: { roles: Array<{ name: string }>; methods: string[]; user: { name: string; domain: { name: string } }; project: { name: string } } };
    rec.value('token roles', body.token.roles.map((role) => role.name).sort());
    rec.value('token methods, user, project', { methods: body.token.methods, user: body.token.user.name, domain: body.token.user.domain.name, project: body.token.project.name });
    const catalog = catalogOf(answer.data);
    rec.value('catalog service types', catalog.map((entry) => entry.type).sort());
    rec.value(
      'catalog interfaces and regions per service the client uses',
      Object.fromEntries(
        catalog
          .filter((entry) => ['identity', 'compute', 'image', 'volumev3', 'block-storage', 'network'].includes(entry.type))
          .map((entry) => [entry.type, entry.endpoints.map((e) => `${e.interface}@${e.region_id ?? ''}`).sort()]),
      ),
    );

    const wrong = await axios.post(`${backend.authUrl}/auth/tokens`, passwordBody('not-the-password'), { validateStatus: () => true });
    rec.status('POST /v3/auth/tokens with a wrong password', [wrong.status]);
    rec.value('wrong password: body', wrong.data);
    rec.value('wrong password: WWW-Authenticate', wrong.headers['www-authenticate'] ?? null);

    rec.value('session after buildSession', {
      microversions: client.session.microversions,
      region: client.session.region,
      regions: client.session.regions,
      roles: [...client.session.roles].sort(),
      user: client.session.user.name,
      project: client.session.project.name,
    });

    // The version documents the client negotiates with: Keystone, Glance and Cinder answer 300.
    // Redirects are not followed: a 300 is the answer (Node's axios would follow its Location).
    const roots = [
      ['identity', backend.authUrl.replace(/\/v3\/?$/, '/')],
      ...(['compute', 'volume', 'image', 'network'] as const).map((service) => [service, serviceRoot(client.api.endpoint(service))]),
    ] as const;
    for (const [service, root] of roots) {
      const versions = await axios.get(root, { validateStatus: () => true, maxRedirects: 0, headers: { Accept: 'application/json' } });
      rec.status(`GET ${service} version list`, [versions.status]);
      rec.shape(`${service} version list shape`, versions.data);
      rec.value(`${service} version list Location header`, versions.headers['location'] ?? null);
    }

    await rec.call(client, 'GET /v3/auth/projects', () => listAuthProjects(client.api));

    // Sign-out revokes the token; it then answers 401 everywhere.
    const other = await signIn(backend);
    // A socket of its own: the local cloud's uwsgi router ends a 204 with a stray chunk
    // terminator, which breaks the next answer on a kept-alive socket (reported; not a contract matter).
    const revoked = await raw(other, 'identity', 'DELETE', '/auth/tokens', {
      headers: { 'X-Subject-Token': other.session.token },
      httpAgent: new Agent({ keepAlive: false }),
    });
    rec.status('DELETE /v3/auth/tokens (sign out)', [revoked.status]);
    await rec.call(other, 'GET /v3/auth/projects with the revoked token', () => listAuthProjects(other.api));
  },
};

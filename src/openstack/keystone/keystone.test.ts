import { QueryClient } from '@tanstack/react-query';
import { http, HttpResponse } from 'msw';
import { authenticateWithPassword, rescopeToken } from './auth';
import { keystoneKeys, keystoneQueries } from './queries';
import { authRequestSchema } from './schemas';
import type { OpenStackError } from '../errors';
import { sampleRecord } from '../test-samples';
import { startMockServer } from '../test-server';
import { openStackFailure, TEST_ENDPOINTS, TEST_TOKEN, testApi } from '../test-support';

const KEYSTONE = TEST_ENDPOINTS.identity;
const server = startMockServer();

describe('keystone', () => {
  it('authProjects lists the scopable projects with the session token', async () => {
    server.use(
      http.get(`${KEYSTONE}/auth/projects`, ({ request }) => {
        expect(request.headers.get('X-Auth-Token')).toBe(TEST_TOKEN);
        return HttpResponse.json(sampleRecord('keystone/admin/get-available-project-scopes-response.json'));
      }),
    );
    const api = testApi();
    const options = keystoneQueries.authProjects(api);
    expect(options.queryKey).toEqual(['identity', api.scope, 'auth-projects']);
    expect(options.queryKey).toEqual(keystoneKeys.authProjects(api));
    const projects = await new QueryClient().fetchQuery(options);
    expect(projects.map((project) => project.name)).toEqual(['Test Group', 'Build Group']);
  });

  it('a Keystone {"error"} body becomes an OpenStackError with its message and title', async () => {
    server.use(
      http.get(`${KEYSTONE}/auth/projects`, () =>
        HttpResponse.json(
          { error: { code: 401, title: 'Unauthorized', message: 'The request you have made requires authentication.' } },
          { status: 401, headers: { 'WWW-Authenticate': `Keystone uri="${KEYSTONE}"` } },
        ),
      ),
    );
    const expired = vi.fn<(error: OpenStackError) => void>();
    const api = testApi({}, { onUnauthorized: expired });
    const error = await openStackFailure(new QueryClient({ defaultOptions: { queries: { retry: false } } }).fetchQuery(keystoneQueries.authProjects(api)));
    expect(error).toMatchObject({ service: 'identity', status: 401, faultName: 'Unauthorized', message: 'The request you have made requires authentication.' });
    // A 401 here means the session is over: the app is told, so it can ask the user to log in again.
    expect(expired).toHaveBeenCalledTimes(1);
  });

  it('the sign-in and re-scope bodies auth.ts sends match the request schema', async () => {
    const bodies: unknown[] = [];
    server.use(
      http.post(`${KEYSTONE}/auth/tokens`, async ({ request }) => {
        bodies.push(await request.json());
        return HttpResponse.json(sampleRecord('keystone/admin/auth-password-project-scoped-response.json'), {
          status: 201,
          headers: { 'X-Subject-Token': 'issued' },
        });
      }),
    );
    await authenticateWithPassword(KEYSTONE, { username: 'u', password: 'p', userDomainName: 'Default', project: { name: 'demo', domainName: 'Default' } });
    await rescopeToken(KEYSTONE, 'issued', 'p2');
    for (const body of bodies) expect(authRequestSchema.safeParse(body).error?.issues ?? []).toEqual([]);
  });
});

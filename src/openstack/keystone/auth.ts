import { createServiceHttp, toOpenStackError, type CloudApi } from '../http';
import { OpenStackError } from '../errors';
import { readAuthProjects, readTokenBody } from './answers';
import type { AuthProject, TokenBody } from './schemas';

export interface PasswordCredentials {
  username: string;
  password: string;
  userDomainName: string;
  /** Scope by project id, or by name within a domain. */
  project: { id: string } | { name: string; domainName: string };
}

export interface IssuedToken {
  token: string;
  body: TokenBody;
}

function projectScope(project: PasswordCredentials['project']) {
  return 'id' in project ? { project: { id: project.id } } : { project: { name: project.name, domain: { name: project.domainName } } };
}

async function issueToken(authUrl: string, payload: unknown): Promise<IssuedToken> {
  const http = createServiceHttp('identity', { baseURL: authUrl });
  try {
    const response = await http.post('/auth/tokens', payload, { headers: { 'Content-Type': 'application/json' } });
    const token = response.headers['x-subject-token'];
    if (typeof token !== 'string' || !token) {
      throw new OpenStackError({
        service: 'identity',
        kind: 'parse',
        status: response.status,
        field: 'X-Subject-Token',
        message: 'Identity (Keystone) answered the sign-in without a token (the X-Subject-Token header is missing).',
      });
    }
    return { token, body: readTokenBody(response.data) };
  } catch (error) {
    throw toOpenStackError('identity', error);
  }
}

/** POST /v3/auth/tokens with the password method, scoped to one project. */
export function authenticateWithPassword(authUrl: string, credentials: PasswordCredentials): Promise<IssuedToken> {
  return issueToken(authUrl, {
    auth: {
      identity: {
        methods: ['password'],
        password: {
          user: { name: credentials.username, domain: { name: credentials.userDomainName }, password: credentials.password },
        },
      },
      scope: projectScope(credentials.project),
    },
  });
}

/** Re-scopes an existing token to another project (the token method), to switch project. */
export function rescopeToken(authUrl: string, token: string, projectId: string): Promise<IssuedToken> {
  return issueToken(authUrl, {
    auth: { identity: { methods: ['token'], token: { id: token } }, scope: { project: { id: projectId } } },
  });
}

/** GET /v3/auth/projects: the projects the signed-in user may scope to. */
export async function listAuthProjects(api: CloudApi): Promise<AuthProject[]> {
  const response = await api.http('identity').get('/auth/projects');
  return readAuthProjects(response.data);
}

/** DELETE /v3/auth/tokens: revokes the token on sign-out. */
export async function revokeToken(authUrl: string, token: string): Promise<void> {
  const http = createServiceHttp('identity', { baseURL: authUrl, token });
  await http.delete('/auth/tokens', { headers: { 'X-Subject-Token': token } });
}

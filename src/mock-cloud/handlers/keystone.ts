import type { CloudCore } from '../core';
import type { Ctx } from '../http/context';
import { effectiveRoles, isTokenValid } from '../http/auth';
import { ApiError } from '../http/errors';
import { empty, json } from '../http/respond';
import { route, type Route } from '../http/router';
import { catalogFor, projectView, tokenBody } from '../views/keystone';
import { callerToken, issueToken, unauthorized } from './keystone-auth';

function versionEntry(core: CloudCore): Record<string, unknown> {
  return {
    id: 'v3.14',
    status: 'stable',
    updated: '2020-04-07T00:00:00Z',
    links: [{ rel: 'self', href: `${core.baseUrl}/identity/v3/` }],
    'media-types': [{ base: 'application/json', type: 'application/vnd.openstack.identity-v3+json' }],
  };
}

/** The token named by X-Subject-Token (validate / revoke). */
function subjectToken(ctx: Ctx) {
  const id = ctx.request.headers.get('X-Subject-Token') ?? '';
  const token = ctx.db.identity.tokens[id];
  if (!isTokenValid(ctx.db, token, ctx.now)) throw new ApiError(404, `Could not find token: ${id}.`);
  return token;
}

function projectsOf(ctx: Ctx, userId: string): Response {
  const projects = Object.values(ctx.db.identity.projects).filter(
    (p) => p.enabled && effectiveRoles(ctx.db, userId, p.id).length > 0,
  );
  return json({
    projects: projects.map((p) => projectView(ctx.core, p)),
    links: { self: ctx.url.href, previous: null, next: null },
  });
}

export function keystoneRoutes(): Route[] {
  return [
    // Keystone answers its version list with 300 Multiple Choices and a Location of its v3 root.
    route('GET', '', (ctx) => json({ versions: { values: [versionEntry(ctx.core)] } }, 300, { Location: `${ctx.core.baseUrl}/identity/v3/` }), {
      public: true,
    }),
    route('GET', '/v3', (ctx) => json({ version: versionEntry(ctx.core) }), { public: true }),
    route(
      'POST',
      '/v3/auth/tokens',
      async (ctx) => {
        const token = await issueToken(ctx);
        const withCatalog = !ctx.query.has('nocatalog');
        return json(tokenBody(ctx.core, ctx.db, token, withCatalog), 201, { 'X-Subject-Token': token.id, Vary: 'X-Auth-Token' });
      },
      { public: true },
    ),
    route(
      'GET',
      '/v3/auth/tokens',
      (ctx) => {
        callerToken(ctx);
        const token = subjectToken(ctx);
        const withCatalog = !ctx.query.has('nocatalog');
        return json(tokenBody(ctx.core, ctx.db, token, withCatalog), 200, { 'X-Subject-Token': token.id, Vary: 'X-Auth-Token' });
      },
      { public: true },
    ),
    route(
      'DELETE',
      '/v3/auth/tokens',
      (ctx) => {
        callerToken(ctx);
        subjectToken(ctx).revoked = true;
        return empty(204);
      },
      { public: true },
    ),
    route('GET', '/v3/auth/projects', (ctx) => projectsOf(ctx, callerToken(ctx).user.id), { public: true }),
    route(
      'GET',
      '/v3/users/:user_id/projects',
      (ctx) => {
        const { user } = callerToken(ctx);
        if (ctx.param('user_id') !== user.id) {
          throw new ApiError(403, 'You are not authorized to perform the requested action: identity:list_user_projects.');
        }
        return projectsOf(ctx, user.id);
      },
      { public: true },
    ),
    route(
      'GET',
      '/v3/auth/catalog',
      (ctx) => {
        const { token } = callerToken(ctx);
        if (!token.project_id) throw unauthorized(ctx, 'The service catalog is empty.');
        return json({ catalog: catalogFor(ctx.core, token.project_id), links: { self: ctx.url.href, previous: null, next: null } });
      },
      { public: true },
    ),
  ];
}

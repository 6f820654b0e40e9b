import type { Ctx } from '../http/context';
import type { MockDb, Project, Token, User } from '../db';
import { effectiveRoles, isTokenValid } from '../http/auth';
import { ApiError } from '../http/errors';
import { isRecord, optString, type Json } from '../http/input';
import { hexFrom, nextTokenId } from '../ids';

const authFailed = 'The request you have made requires authentication.';
const tokenLifetimeMs = 3600 * 1000;

export function unauthorized(ctx: Ctx, message = authFailed): ApiError {
  // Keystone names its own v3 root; the other services name the configured Keystone root.
  return new ApiError(401, message, { headers: { 'WWW-Authenticate': `Keystone uri="${ctx.core.baseUrl}/identity/v3"` } });
}

/** The caller's own token (X-Auth-Token), scoped or not. */
export function callerToken(ctx: Ctx): { token: Token; user: User } {
  const token = ctx.db.identity.tokens[ctx.request.headers.get('X-Auth-Token') ?? ''];
  if (!isTokenValid(ctx.db, token, ctx.now)) throw unauthorized(ctx);
  const user = ctx.db.identity.users[token.user_id];
  if (!user) throw unauthorized(ctx);
  return { token, user };
}

function findDomainId(db: MockDb, ref: unknown): string | undefined {
  if (!isRecord(ref)) return undefined;
  const id = optString(ref['id']);
  if (id) return db.identity.domains[id] ? id : undefined;
  const name = optString(ref['name']);
  return Object.values(db.identity.domains).find((d) => d.name === name)?.id;
}

function passwordUser(ctx: Ctx, identity: Json): User {
  const password = identity['password'];
  const userRef = isRecord(password) ? password['user'] : undefined;
  if (!isRecord(userRef)) throw new ApiError(400, "Invalid input for field 'identity/password/user': 'user' is a required property");
  const users = Object.values(ctx.db.identity.users);
  const id = optString(userRef['id']);
  const user = id
    ? ctx.db.identity.users[id]
    : users.find((u) => u.name === optString(userRef['name']) && u.domain_id === findDomainId(ctx.db, userRef['domain']));
  if (!user || !user.enabled || user.password !== optString(userRef['password'])) throw unauthorized(ctx);
  return user;
}

function scopedProject(ctx: Ctx, scope: unknown, user: User): Project | null {
  if (scope === undefined || scope === 'unscoped') {
    return scope === undefined && user.default_project_id ? (ctx.db.identity.projects[user.default_project_id] ?? null) : null;
  }
  if (!isRecord(scope) || !isRecord(scope['project'])) throw unauthorized(ctx);
  const ref = scope['project'];
  const id = optString(ref['id']);
  const project = id
    ? ctx.db.identity.projects[id]
    : Object.values(ctx.db.identity.projects).find(
        (p) => p.name === optString(ref['name']) && p.domain_id === findDomainId(ctx.db, ref['domain']),
      );
  if (!project || !project.enabled) throw unauthorized(ctx, authFailed);
  if (effectiveRoles(ctx.db, user.id, project.id).length === 0) {
    throw unauthorized(ctx, `User ${user.id} has no access to project ${project.id}`);
  }
  return project;
}

/** POST /v3/auth/tokens: password (user by id, or name + domain) or token (re-scope); scope by project id or name. */
export async function issueToken(ctx: Ctx): Promise<Token> {
  const body = await ctx.json();
  const auth = isRecord(body) ? body['auth'] : undefined;
  const identity = isRecord(auth) ? auth['identity'] : undefined;
  if (!isRecord(auth) || !isRecord(identity)) {
    throw new ApiError(400, "Invalid input for field 'identity': 'identity' is a required property");
  }
  const methods = Array.isArray(identity['methods']) ? identity['methods'].filter((m) => typeof m === 'string') : [];
  let user: User;
  let inherited: Token | undefined;
  if (methods.includes('password')) {
    user = passwordUser(ctx, identity);
  } else if (methods.includes('token')) {
    const ref = identity['token'];
    const original = ctx.db.identity.tokens[isRecord(ref) ? (optString(ref['id']) ?? '') : ''];
    if (!isTokenValid(ctx.db, original, ctx.now)) throw unauthorized(ctx);
    inherited = original;
    const found = ctx.db.identity.users[original.user_id];
    if (!found) throw unauthorized(ctx);
    user = found;
  } else {
    throw unauthorized(ctx);
  }
  const project = scopedProject(ctx, auth['scope'], user);
  const id = nextTokenId(ctx.db);
  const token: Token = {
    id,
    user_id: user.id,
    project_id: project?.id ?? null,
    methods: inherited ? [...new Set(['token', ...inherited.methods])] : ['password'],
    issued_at: ctx.now,
    expires_at: inherited ? inherited.expires_at : ctx.now + tokenLifetimeMs,
    audit_ids: [auditId(id), ...(inherited?.audit_ids.slice(0, 1) ?? [])],
    revoked: false,
  };
  ctx.db.identity.tokens[id] = token;
  return token;
}

function auditId(tokenId: string): string {
  const bytes = hexFrom(`audit:${tokenId}`, 32).match(/../g) ?? [];
  const binary = bytes.map((h) => String.fromCharCode(Number.parseInt(h, 16))).join('');
  return btoa(binary).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '').slice(0, 22);
}

import type { MockDb, Role, Token } from '../db';
import type { AuthInfo } from './context';

/** The user's roles on a project, implied roles expanded (admin → member → reader). */
export function effectiveRoles(db: MockDb, userId: string, projectId: string): Role[] {
  const seen = new Set<string>();
  const queue = db.identity.assignments
    .filter((a) => a.user_id === userId && a.project_id === projectId)
    .map((a) => a.role_id);
  while (queue.length > 0) {
    const id = queue.shift();
    if (id === undefined || seen.has(id)) continue;
    seen.add(id);
    queue.push(...(db.identity.roles[id]?.implies ?? []));
  }
  return [...seen].flatMap((id) => {
    const role = db.identity.roles[id];
    return role ? [role] : [];
  });
}

export function isTokenValid(db: MockDb, token: Token | undefined, now: number): token is Token {
  return (
    token !== undefined &&
    !token.revoked &&
    token.expires_at > now &&
    db.identity.users[token.user_id]?.enabled === true
  );
}

/** What keystonemiddleware hands the services for a valid, project-scoped token. */
export function authFromToken(db: MockDb, tokenId: string | null, now: number): AuthInfo | null {
  if (!tokenId) return null;
  const token = db.identity.tokens[tokenId];
  if (!isTokenValid(db, token, now) || token.project_id === null) return null;
  const user = db.identity.users[token.user_id];
  const project = db.identity.projects[token.project_id];
  if (!user || !project) return null;
  const roles = effectiveRoles(db, user.id, project.id);
  if (roles.length === 0) return null;
  return { token, user, project, roles, isAdmin: roles.some((r) => r.name === 'admin') };
}

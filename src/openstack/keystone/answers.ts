/**
 * Reads Keystone's answers at the boundary. auth.ts imports this lazily, so zod and the schemas
 * stay out of the entry chunk (the login page and the shell render without them); they arrive
 * alongside the first Keystone request, and the panels share them.
 */
import { parseAnswer } from '../parse';
import { authProjectsSchema, tokenBodySchema, type AuthProject, type TokenBody } from './schemas';

export function readTokenBody(data: unknown): TokenBody {
  return parseAnswer(tokenBodySchema, data, 'identity', 'POST /auth/tokens');
}

export function readAuthProjects(data: unknown): AuthProject[] {
  return parseAnswer(authProjectsSchema, data, 'identity', 'GET /auth/projects').projects;
}

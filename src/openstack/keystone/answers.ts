/** Reads Keystone's answers at the boundary. */
import { parseAnswer } from '../parse';
import { authProjectsSchema, tokenBodySchema, type AuthProject, type TokenBody } from './schemas';

export function readTokenBody(data: unknown): TokenBody {
  return parseAnswer(tokenBodySchema, data, 'identity', 'POST /auth/tokens');
}

export function readAuthProjects(data: unknown): AuthProject[] {
  return parseAnswer(authProjectsSchema, data, 'identity', 'GET /auth/projects').projects;
}

/** Keystone's state: who may log in, where, with which roles, and the tokens handed out. */
export interface Domain {
  id: string;
  name: string;
  description: string;
  enabled: boolean;
}

export interface User {
  id: string;
  name: string;
  domain_id: string;
  password: string;
  enabled: boolean;
  default_project_id: string | null;
}

export interface Project {
  id: string;
  name: string;
  domain_id: string;
  description: string;
  enabled: boolean;
}

export interface Role {
  id: string;
  name: string;
  /** Ids of the roles this one implies (admin → member → reader), as Keystone's bootstrap makes them. */
  implies: string[];
}

export interface RoleAssignment {
  user_id: string;
  project_id: string;
  role_id: string;
}

export interface Token {
  id: string;
  user_id: string;
  project_id: string | null;
  methods: string[];
  /** Virtual epoch milliseconds. */
  issued_at: number;
  expires_at: number;
  audit_ids: string[];
  revoked: boolean;
}

export interface IdentityState {
  domains: Record<string, Domain>;
  users: Record<string, User>;
  projects: Record<string, Project>;
  roles: Record<string, Role>;
  assignments: RoleAssignment[];
  tokens: Record<string, Token>;
}

export function emptyIdentity(): IdentityState {
  return { domains: {}, users: {}, projects: {}, roles: {}, assignments: [], tokens: {} };
}

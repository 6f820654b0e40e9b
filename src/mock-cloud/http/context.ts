import type { CloudCore } from '../core';
import type { MockDb, Project, Role, Token, User } from '../db';
import type { Service } from '../faults';
import { ApiError } from './errors';

export interface AuthInfo {
  token: Token;
  user: User;
  project: Project;
  /** Effective roles, implied ones included. */
  roles: Role[];
  isAdmin: boolean;
}

/** One request as a handler sees it. */
export interface Ctx {
  readonly core: CloudCore;
  readonly db: MockDb;
  /** Virtual time of this request. */
  readonly now: number;
  readonly service: Service;
  readonly request: Request;
  readonly url: URL;
  /** Path relative to the service root, without a trailing slash. */
  readonly path: string;
  readonly params: Record<string, string>;
  readonly query: URLSearchParams;
  /** This request's `X-Openstack-Request-Id` (`req-…`). */
  readonly requestId: string;
  /** Minor microversion (compute 2.x / volume 3.x); 0 where the service has none. */
  readonly mv: number;
  /** The token's identity; throws 401 on routes that did not authenticate. */
  readonly auth: AuthInfo;
  json(): Promise<unknown>;
  param(name: string): string;
}

export function createCtx(init: Omit<Ctx, 'auth' | 'json' | 'param'> & { auth: AuthInfo | null }): Ctx {
  let bodyRead: Promise<unknown> | undefined;
  const { auth, ...rest } = init;
  return {
    ...rest,
    get auth(): AuthInfo {
      if (!auth) throw new ApiError(401, 'The request you have made requires authentication.');
      return auth;
    },
    json(): Promise<unknown> {
      bodyRead ??= init.request.clone().text().then((text) => {
        if (text.trim() === '') return undefined;
        try {
          return JSON.parse(text) as unknown;
        } catch {
          throw new ApiError(400, 'Malformed request body');
        }
      });
      return bodyRead;
    },
    param(name: string): string {
      return init.params[name] ?? '';
    },
  };
}

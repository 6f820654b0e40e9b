import type { Ctx } from './context';

export type Handler = (ctx: Ctx) => Response | Promise<Response>;

export interface Route {
  method: string;
  pattern: string;
  regex: RegExp;
  keys: string[];
  handler: Handler;
  /** No X-Auth-Token needed (version documents, POST /auth/tokens). */
  public: boolean;
}

/** `/v2.1/servers/:id` → a route; paths are relative to the service root, without a trailing slash. */
export function route(method: string, pattern: string, handler: Handler, options: { public?: boolean } = {}): Route {
  const keys: string[] = [];
  const source = pattern
    .split('/')
    .map((part) => {
      if (part.startsWith(':')) {
        keys.push(part.slice(1));
        return '([^/]+)';
      }
      return part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    })
    .join('/');
  return { method, pattern, regex: new RegExp(`^${source}$`), keys, handler, public: options.public ?? false };
}

export type RouteMatch = { route: Route; params: Record<string, string> } | { status: 404 | 405 };

export function matchRoute(routes: readonly Route[], method: string, path: string): RouteMatch {
  let pathMatched = false;
  const wanted = method === 'HEAD' ? ['HEAD', 'GET'] : [method];
  for (const candidate of wanted) {
    for (const r of routes) {
      const m = r.regex.exec(path);
      if (!m) continue;
      pathMatched = true;
      if (r.method !== candidate) continue;
      const params: Record<string, string> = {};
      r.keys.forEach((key, i) => {
        params[key] = decodeURIComponent(m[i + 1] ?? '');
      });
      return { route: r, params };
    }
  }
  return { status: pathMatched ? 405 : 404 };
}

import { afterAll, afterEach, beforeAll } from 'vitest';
import { createMockCloud, type MockCloud, type MockCloudOptions } from '../index';
import { startMockCloudServer } from '../node';

/** A fixed virtual "now" (just after the seed's newest dates), so answers are deterministic. */
export const T0 = Date.parse('2026-03-01T12:10:00Z');

export interface Answer {
  status: number;
  headers: Headers;
  text: string;
  /** The parsed JSON body, or undefined when it is not JSON. */
  body: unknown;
}

export interface CallOptions {
  token?: string;
  body?: unknown;
  headers?: Record<string, string>;
}

export async function call(method: string, url: string, options: CallOptions = {}): Promise<Answer> {
  const headers: Record<string, string> = { Accept: 'application/json', ...options.headers };
  if (options.token) headers['X-Auth-Token'] = options.token;
  if (options.body !== undefined && !headers['Content-Type']) headers['Content-Type'] = 'application/json';
  const response = await fetch(url, {
    method,
    headers,
    body: options.body === undefined ? undefined : JSON.stringify(options.body),
  });
  const text = await response.text();
  let body: unknown;
  try {
    body = text ? JSON.parse(text) : undefined;
  } catch {
    body = undefined;
  }
  return { status: response.status, headers: response.headers, text, body };
}

/** Reads a nested value for assertions without `any`: get(body, 'servers', 0, 'id'). */
export function get(value: unknown, ...path: Array<string | number>): unknown {
  let current = value;
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string | number, unknown>)[key];
  }
  return current;
}

export function list(value: unknown, ...path: Array<string | number>): Array<Record<string, unknown>> {
  const found = get(value, ...path);
  return Array.isArray(found) ? (found as Array<Record<string, unknown>>) : [];
}

export interface TestCloud {
  readonly cloud: MockCloud;
  login(user?: string, password?: string, project?: string): Promise<string>;
  /** Service roots. */
  readonly compute: string;
  readonly image: string;
  readonly volume: (projectId: string) => string;
  readonly network: string;
  readonly identity: string;
}

/** One cloud per test file, served by msw/node with onUnhandledRequest 'error', reset after each test. */
export function serveMockCloud(options: MockCloudOptions = {}): TestCloud {
  const cloud = createMockCloud({ now: () => T0, ...options });
  const server = startMockCloudServer(cloud);
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
  afterEach(() => cloud.reset());
  afterAll(() => server.close());
  return {
    cloud,
    compute: `${cloud.baseUrl}/compute/v2.1`,
    image: `${cloud.baseUrl}/image`,
    volume: (projectId) => `${cloud.baseUrl}/volume/v3/${projectId}`,
    network: `${cloud.baseUrl}/network/v2.0`,
    identity: cloud.authUrl,
    async login(user = 'demo', password = 'demo', project = 'demo') {
      const answer = await call('POST', `${cloud.authUrl}/auth/tokens`, {
        body: {
          auth: {
            identity: { methods: ['password'], password: { user: { name: user, domain: { id: 'default' }, password } } },
            scope: { project: { name: project, domain: { id: 'default' } } },
          },
        },
      });
      const token = answer.headers.get('X-Subject-Token');
      if (answer.status !== 201 || !token) throw new Error(`login failed: ${answer.status} ${answer.text}`);
      return token;
    },
  };
}

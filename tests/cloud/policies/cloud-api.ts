// Plain calls to the real local cloud (no dashboard code) for the policy cloud test.
export const AUTH_URL = (process.env['OS_AUTH_URL'] ?? 'http://127.0.0.1:5000/v3').replace(/\/+$/, '');

export interface Session {
  token: string;
  userId: string;
  projectId: string;
  compute: string;
  image: string;
}

interface CatalogEntry {
  type: string;
  endpoints: { interface: string; url: string }[];
}

export async function signIn(username = 'demo', password = 'demo', project = 'demo'): Promise<Session> {
  const answer = await fetch(`${AUTH_URL}/auth/tokens`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({
      auth: {
        identity: { methods: ['password'], password: { user: { name: username, password, domain: { name: 'Default' } } } },
        scope: { project: { name: project, domain: { name: 'Default' } } },
      },
    }),
  });
  if (answer.status !== 201) throw new Error(`sign-in answered ${answer.status}`);
  const body = (await answer.json()) as { token: { user: { id: string }; project: { id: string }; catalog: CatalogEntry[] } };
  const url = (type: string) =>
    (body.token.catalog.find((entry) => entry.type === type)?.endpoints.find((endpoint) => endpoint.interface === 'public')?.url ?? '').replace(/\/+$/, '');
  return {
    token: answer.headers.get('x-subject-token') ?? '',
    userId: body.token.user.id,
    projectId: body.token.project.id,
    compute: url('compute'),
    image: url('image'),
  };
}

export async function call(
  session: Session,
  base: string,
  method: string,
  path: string,
  body?: unknown,
): Promise<{ status: number; json: Record<string, unknown> }> {
  const answer = await fetch(`${base}${path}`, {
    method,
    headers: {
      'X-Auth-Token': session.token,
      'OpenStack-API-Version': 'compute 2.45',
      ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const text = await answer.text();
  let json: Record<string, unknown> = {};
  try {
    json = text ? (JSON.parse(text) as Record<string, unknown>) : {};
  } catch {
    json = { text };
  }
  return { status: answer.status, json };
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Reads until `done` holds, every second, for at most `ms`. */
export async function until<T>(what: string, read: () => Promise<T>, done: (value: T) => boolean, ms: number): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const value = await read();
    if (done(value)) return value;
    if (Date.now() > end) throw new Error(`${what}: timed out; last: ${JSON.stringify(value).slice(0, 600)}`);
    await sleep(1000);
  }
}

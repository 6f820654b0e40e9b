import { z } from 'zod';

const defaultsSchema = z.looseObject({
  region: z.string().optional(),
  interface: z.enum(['public', 'internal', 'admin']).optional(),
  userDomain: z.string().optional(),
  projectDomain: z.string().optional(),
  projectName: z.string().optional(),
  username: z.string().optional(),
});

const configSchema = z.discriminatedUnion('mode', [
  z.looseObject({ mode: z.literal('demo') }),
  z.looseObject({ mode: z.literal('gateway'), authUrl: z.string().min(1), defaults: defaultsSchema.optional() }),
  z.looseObject({ mode: z.literal('direct'), authUrl: z.string().min(1), defaults: defaultsSchema.optional() }),
]);

export type LoginDefaults = z.infer<typeof defaultsSchema>;

/** Where the dashboard's cloud is and how to fill in the login form. */
export interface RuntimeConfig {
  mode: 'demo' | 'gateway' | 'direct';
  authUrl: string;
  defaults: LoginDefaults;
}

export const demoLoginDefaults: LoginDefaults = {
  username: 'demo',
  userDomain: 'Default',
  projectDomain: 'Default',
  projectName: 'demo',
};

export const demoPassword = 'demo';

export function demoAuthUrl(origin: string): string {
  return `${origin}/mock-cloud/identity/v3`;
}

/** Reads /os/config.json from the dashboard's own server; a static host without one means the demo. */
export async function loadRuntimeConfig(origin: string = window.location.origin): Promise<RuntimeConfig> {
  let response: Response;
  try {
    response = await fetch('/os/config.json', { headers: { Accept: 'application/json' }, cache: 'no-store' });
  } catch {
    return { mode: 'demo', authUrl: demoAuthUrl(origin), defaults: demoLoginDefaults };
  }
  const type = response.headers.get('content-type') ?? '';
  if (response.status === 404 || !type.includes('json')) {
    return { mode: 'demo', authUrl: demoAuthUrl(origin), defaults: demoLoginDefaults };
  }
  const parsed = configSchema.parse(await response.json());
  if (parsed.mode === 'demo') return { mode: 'demo', authUrl: demoAuthUrl(origin), defaults: demoLoginDefaults };
  const authUrl = new URL(parsed.authUrl, origin).toString().replace(/\/+$/, '');
  return { mode: parsed.mode, authUrl, defaults: parsed.defaults ?? {} };
}

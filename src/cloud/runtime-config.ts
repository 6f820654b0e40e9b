const interfaces = ['public', 'internal', 'admin'] as const;
const defaultTexts = ['region', 'userDomain', 'projectDomain', 'projectName', 'username'] as const;

export interface LoginDefaults {
  region?: string;
  interface?: (typeof interfaces)[number];
  userDomain?: string;
  projectDomain?: string;
  projectName?: string;
  username?: string;
}

type ConfigFile = { mode: 'demo' } | { mode: 'gateway' | 'direct'; authUrl: string; defaults?: LoginDefaults };

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function invalid(field: string, expected: string): never {
  throw new Error(`/os/config.json: field "${field}": expected ${expected}`);
}

/**
 * Checks /os/config.json, the dashboard's own small document, by hand: a zod schema here would
 * put zod into the login page's first chunk, which otherwise loads it after (with the typed client).
 */
function readConfigFile(data: unknown): ConfigFile {
  if (!isRecord(data)) return invalid('(body)', 'an object');
  const { mode, authUrl, defaults } = data;
  if (mode === 'demo') return { mode };
  if (mode !== 'gateway' && mode !== 'direct') return invalid('mode', '"demo", "gateway" or "direct"');
  if (typeof authUrl !== 'string' || authUrl.length === 0) return invalid('authUrl', 'a non-empty string');
  if (defaults === undefined) return { mode, authUrl };
  if (!isRecord(defaults)) return invalid('defaults', 'an object');
  const read: LoginDefaults = {};
  for (const key of defaultTexts) {
    const value = defaults[key];
    if (value === undefined) continue;
    if (typeof value !== 'string') return invalid(`defaults.${key}`, 'a string');
    read[key] = value;
  }
  const endpointInterface = defaults['interface'];
  if (endpointInterface !== undefined) {
    const known = interfaces.find((name) => name === endpointInterface);
    if (!known) return invalid('defaults.interface', '"public", "internal" or "admin"');
    read.interface = known;
  }
  return { mode, authUrl, defaults: read };
}

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

function demoAuthUrl(origin: string): string {
  return `${origin}/mock-cloud/identity/v3`;
}

/** The data block the dashboard's server writes into index.html (server/static.mjs, same id). */
const INLINE_CONFIG_ID = 'os-config';

function fromConfigFile(data: unknown, origin: string): RuntimeConfig {
  const parsed = readConfigFile(data);
  if (parsed.mode === 'demo') return { mode: 'demo', authUrl: demoAuthUrl(origin), defaults: demoLoginDefaults };
  const authUrl = new URL(parsed.authUrl, origin).toString().replace(/\/+$/, '');
  return { mode: parsed.mode, authUrl, defaults: parsed.defaults ?? {} };
}

/** The settings written into the page, so a reload makes no request before the first list request. */
function inlineConfigText(): string | null {
  if (typeof document === 'undefined') return null;
  return document.getElementById(INLINE_CONFIG_ID)?.textContent ?? null;
}

/**
 * The settings from the page itself when the server wrote them in, else from /os/config.json on
 * the dashboard's own server; a static host without one means the demo.
 */
export async function loadRuntimeConfig(origin: string = window.location.origin): Promise<RuntimeConfig> {
  const inline = inlineConfigText();
  if (inline !== null) {
    let data: unknown;
    try {
      data = JSON.parse(inline);
    } catch {
      return invalid('(body)', 'JSON');
    }
    return fromConfigFile(data, origin);
  }
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
  return fromConfigFile(await response.json(), origin);
}

/**
 * The two backends a scenario runs against, and a signed-in typed client whose every HTTP answer
 * is logged (status, body, headers) by wrapping the axios adapter of each service instance.
 */
import axios, { isAxiosError, type AxiosInstance, type AxiosResponse } from 'axios';
import { createCloudApi, type CloudApi } from '@/openstack/http';
import { authenticateWithPassword } from '@/openstack/keystone/auth';
import { serviceRoot } from '@/openstack/keystone/catalog';
import { buildSession, type SessionData } from '@/openstack/session';
import type { ServiceKind } from '@/openstack/service-kind';
import type { MockCloud } from '@/mock-cloud';

export type BackendKind = 'mock' | 'real';

export interface Backend {
  readonly kind: BackendKind;
  readonly authUrl: string;
  /** Unique per scenario and run: `contract-<timestamp>-<scenario>`. */
  readonly prefix: string;
  /** Lets time pass: the mock's virtual clock moves, the real cloud is waited for. */
  wait(ms: number): Promise<void>;
  /** Poll interval for lifecycles. */
  readonly pollMs: number;
  /** Longest a lifecycle may take before a scenario gives up. */
  readonly patienceMs: number;
  /** Service roots → `<identity>`, `<compute>`, …: filled from the catalog at the first sign-in. */
  readonly replacements: Array<[string, string]>;
  readonly mock?: MockCloud;
  /** Root of the dashboard server's policy API (`…/api/v1`): the mock's, or the policy server started for the suite. */
  readonly policyRoot: string;
}

export const REAL_AUTH_URL = process.env['OS_AUTH_URL'] ?? 'http://127.0.0.1:5000/v3';

/**
 * Seed state, not behaviour, that the real cloud does not share: the demo seed gives project demo
 * a 200 GB Cinder quota (to show a quota bar filling up); the real demo project has the defaults.
 */
export function arrangeLikeRealCloud(cloud: MockCloud): MockCloud {
  cloud.db.volume.quotas = {};
  cloud.db.compute.quotas = {};
  return cloud;
}

export function mockBackend(cloud: MockCloud, prefix: string): Backend {
  return {
    kind: 'mock',
    authUrl: cloud.authUrl,
    prefix,
    pollMs: 250,
    patienceMs: 120_000,
    mock: cloud,
    policyRoot: new URL('/api/v1', cloud.authUrl).href,
    replacements: [],
    wait(ms) {
      cloud.advance(ms);
      return Promise.resolve();
    },
  };
}

/** `policyRoot`: the policy server the suite started (see policy-server.ts); none for the sweep. */
export function realBackend(prefix: string, policyRoot = 'http://127.0.0.1:9/api/v1'): Backend {
  return {
    kind: 'real',
    authUrl: REAL_AUTH_URL,
    prefix,
    policyRoot,
    pollMs: 250,
    patienceMs: 180_000,
    replacements: [],
    wait: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
  };
}

export interface HttpRecord {
  service: ServiceKind;
  method: string;
  url: string;
  status: number;
  data: unknown;
  headers: Record<string, string>;
}

export interface Client {
  readonly backend: Backend;
  readonly api: CloudApi;
  readonly session: SessionData;
  readonly log: HttpRecord[];
}

const services: readonly ServiceKind[] = ['identity', 'compute', 'image', 'volume', 'network'];

function headerRecord(headers: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  if (typeof headers !== 'object' || headers === null) return out;
  for (const [key, value] of Object.entries(headers as Record<string, unknown>)) {
    if (typeof value === 'string') out[key.toLowerCase()] = value;
    else if (Array.isArray(value)) out[key.toLowerCase()] = value.join(', ');
  }
  return out;
}

/** The adapter hands over the body as text (axios parses it later): parse JSON for the log. */
function parsed(data: unknown): unknown {
  if (typeof data !== 'string') return data;
  const text = data.trim();
  if (!text.startsWith('{') && !text.startsWith('[')) return data;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return data;
  }
}

/** Logs every answer of an instance (errors included, before the client turns them into OpenStackError). */
function instrument(service: ServiceKind, instance: AxiosInstance, log: HttpRecord[]): void {
  const original = instance.defaults.adapter;
  const push = (response: AxiosResponse) =>
    log.push({
      service,
      method: (response.config.method ?? 'get').toUpperCase(),
      url: `${response.config.baseURL ?? ''}${response.config.url ?? ''}`,
      status: response.status,
      data: parsed(response.data),
      headers: headerRecord(response.headers),
    });
  instance.defaults.adapter = async (config) => {
    const adapter = axios.getAdapter(original);
    try {
      const response = await adapter(config);
      push(response);
      return response;
    } catch (error) {
      if (isAxiosError(error) && error.response) push(error.response);
      throw error;
    }
  };
}

/** A typed client for a session (possibly altered, e.g. with a bad token), logging every answer. */
export function clientFor(backend: Backend, session: SessionData): Client {
  const api = createCloudApi(session);
  const log: HttpRecord[] = [];
  for (const service of services) {
    try {
      instrument(service, api.http(service), log);
    } catch {
      // The catalog has no such service: calls to it fail in the client, as they should.
    }
  }
  // The app reaches the policy API on its own origin; here each backend names where it is served.
  const policies = api.http('policies');
  policies.defaults.baseURL = backend.policyRoot;
  instrument('policies', policies, log);
  // Download links come from the same server (scenarios/download.ts starts one on the real side).
  const downloads = api.http('downloads');
  downloads.defaults.baseURL = backend.policyRoot;
  instrument('downloads', downloads, log);
  return { backend, api, session, log };
}

export interface Credentials {
  username: string;
  password: string;
  project: string;
}

export const demoUser: Credentials = { username: 'demo', password: 'demo', project: 'demo' };

/** Signs in the way the app does: password, project by name, then microversion negotiation. */
export async function signIn(backend: Backend, credentials: Credentials = demoUser): Promise<Client> {
  const issued = await authenticateWithPassword(backend.authUrl, {
    username: credentials.username,
    password: credentials.password,
    userDomainName: 'Default',
    project: { name: credentials.project, domainName: 'Default' },
  });
  const session = await buildSession(issued, { authUrl: backend.authUrl });
  const client = clientFor(backend, session);
  if (backend.replacements.length === 0) {
    const roots = services.map((service): [string, string] => [serviceRoot(client.api.endpoint(service)).replace(/\/+$/, ''), `<${service}>`]);
    backend.replacements.push(...roots.sort(([a], [b]) => b.length - a.length));
  }
  return client;
}

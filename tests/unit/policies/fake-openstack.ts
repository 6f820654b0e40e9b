// A small stateful OpenStack on 127.0.0.1 for the policy server's tests: Keystone (user tokens,
// application credentials with their access rules, tokens from them), Nova (servers, createImage,
// os-stop/os-start) and Glance (images with properties, protected ones, the image quota).
import type http from 'node:http';
import { json, startServer, type FakeServer } from '../gateway/fake-cloud';

export interface FakeUser {
  token: string;
  userId: string;
  projectId: string;
}
export const ALICE: FakeUser = { token: 'token-alice', userId: 'u-alice', projectId: 'p-one' };
export const BOB: FakeUser = { token: 'token-bob', userId: 'u-bob', projectId: 'p-one' };
export const CAROL: FakeUser = { token: 'token-carol', userId: 'u-carol', projectId: 'p-two' };

export interface FakeCredential {
  id: string;
  userId: string;
  projectId: string;
  secret: string;
  unrestricted: boolean;
  accessRules: { service: string; method: string; path: string }[] | undefined;
  expiresAt: string | null;
  name: string;
}
export interface FakeServerRecord {
  id: string;
  name: string;
  status: string;
  'OS-EXT-STS:task_state': string | null;
  metadata: Record<string, string>;
  project: string;
}
export interface FakeImage {
  id: string;
  name: string;
  status: string;
  protected: boolean;
  created_at: string;
  instance_uuid?: string;
  project: string;
  [property: string]: unknown;
}

export interface FakeOpenStack {
  keystone: FakeServer;
  compute: FakeServer;
  image: FakeServer;
  credentials: Map<string, FakeCredential>;
  servers: FakeServerRecord[];
  images: FakeImage[];
  /** Every call made with a token from an application credential: `METHOD /path`. */
  credentialCalls: string[];
  /** The clock image creation dates come from. */
  clock: { now: Date };
  /** While true, new snapshots stay queued (a run waits for them). */
  hold: { images: boolean };
  /** How long (real time) a new snapshot stays queued before a look finds it active. */
  snapshotDelay: { ms: number };
  /** How often Nova was asked for a snapshot, per `<server id> <dashboard_policy_run>`. */
  createImageCalls: Map<string, number>;
  close(): Promise<void>;
}

function readJson(body: string): Record<string, unknown> {
  try {
    return JSON.parse(body) as Record<string, unknown>;
  } catch {
    return {};
  }
}

export async function startFakeOpenStack(): Promise<FakeOpenStack> {
  const credentials = new Map<string, FakeCredential>();
  const appTokens = new Map<string, FakeCredential>();
  const servers: FakeServerRecord[] = [];
  const images: FakeImage[] = [];
  const credentialCalls: string[] = [];
  const clock = { now: new Date() };
  const hold = { images: false };
  const snapshotDelay = { ms: 0 };
  const createImageCalls = new Map<string, number>();
  const madeAt = new Map<string, number>();
  let counter = 0;
  const users = [ALICE, BOB, CAROL];
  const endpoints: { compute: string; image: string } = { compute: '', image: '' };

  const catalog = () => [
    { type: 'compute', endpoints: [{ interface: 'public', region_id: 'RegionOne', url: `${endpoints.compute}/v2.1` }] },
    { type: 'image', endpoints: [{ interface: 'public', region_id: 'RegionOne', url: endpoints.image }] },
  ];
  const tokenBody = (userId: string, projectId: string) => ({
    token: {
      user: { id: userId },
      project: { id: projectId },
      expires_at: new Date(Date.now() + 3600_000).toISOString(),
      catalog: catalog(),
    },
  });

  /** Who a service request acts for, or null (401). Records calls made with credential tokens. */
  const caller = (req: http.IncomingMessage, service: string): string | null => {
    const token = String(req.headers['x-auth-token'] ?? '');
    const user = users.find((candidate) => candidate.token === token);
    if (user) return user.projectId;
    const credential = appTokens.get(token);
    if (!credential || !credentials.has(credential.id)) return null;
    const path = (req.url ?? '').split('?')[0] ?? '';
    credentialCalls.push(`${req.method} ${service} ${path}`);
    const allowed = credential.accessRules?.some((rule) => {
      if (rule.service !== service || rule.method !== req.method) return false;
      const pattern = new RegExp(`^${rule.path.replace(/\*/g, '[^/]+')}$`);
      return pattern.test(path);
    });
    return allowed === false ? null : credential.projectId;
  };

  const keystone = await startServer((req, res, body) => {
    const url = new URL(req.url ?? '/', 'http://x');
    if (url.pathname === '/v3/auth/tokens' && req.method === 'GET') {
      const token = String(req.headers['x-subject-token'] ?? '');
      const user = users.find((candidate) => candidate.token === token);
      if (!user || req.headers['x-auth-token'] !== token) return json(res, 404, { error: { message: 'Could not find token.' } });
      return json(res, 200, tokenBody(user.userId, user.projectId));
    }
    if (url.pathname === '/v3/auth/tokens' && req.method === 'POST') {
      const auth = readJson(body)['auth'] as { identity?: { application_credential?: { id?: string; secret?: string } } } | undefined;
      const asked = auth?.identity?.application_credential;
      const credential = asked?.id ? credentials.get(asked.id) : undefined;
      if (!credential || credential.secret !== asked?.secret) {
        return json(res, 401, { error: { message: 'The request you have made requires authentication.' } });
      }
      counter += 1;
      const token = `app-token-${counter}`;
      appTokens.set(token, credential);
      return json(res, 201, tokenBody(credential.userId, credential.projectId), { 'X-Subject-Token': token });
    }
    const create = /^\/v3\/users\/([^/]+)\/application_credentials$/.exec(url.pathname);
    if (create && req.method === 'POST') {
      const user = users.find((candidate) => candidate.token === req.headers['x-auth-token']);
      if (!user || user.userId !== create[1]) return json(res, 403, { error: { message: 'You are not authorized.' } });
      const spec = readJson(body)['application_credential'] as Record<string, unknown>;
      // Keystone's duplicate_app_cred_constraint: a name is unique per user.
      if ([...credentials.values()].some((existing) => existing.userId === user.userId && existing.name === String(spec['name']))) {
        return json(res, 409, { error: { code: 409, title: 'Conflict', message: 'Conflict occurred attempting to store application_credential - Duplicate entry found with name.' } });
      }
      counter += 1;
      const credential: FakeCredential = {
        id: `cred-${counter}`,
        userId: user.userId,
        projectId: user.projectId,
        secret: `s3cret-${counter}-do-not-leak`,
        unrestricted: spec['unrestricted'] === true,
        accessRules: spec['access_rules'] as FakeCredential['accessRules'],
        expiresAt: (spec['expires_at'] as string | null) ?? null,
        name: String(spec['name']),
      };
      credentials.set(credential.id, credential);
      return json(res, 201, { application_credential: { id: credential.id, secret: credential.secret, name: credential.name } });
    }
    const remove = /^\/v3\/users\/([^/]+)\/application_credentials\/([^/]+)$/.exec(url.pathname);
    if (remove && req.method === 'DELETE') {
      const user = users.find((candidate) => candidate.token === req.headers['x-auth-token']);
      if (!user || user.userId !== remove[1]) return json(res, 403, { error: { message: 'You are not authorized to perform the requested action.' } });
      if (!credentials.delete(remove[2] ?? '')) return json(res, 404, { error: { message: 'Could not find application credential.' } });
      res.writeHead(204).end();
      return;
    }
    json(res, 404, { error: { message: 'Not found' } });
  });

  const compute = await startServer((req, res, body) => {
    const project = caller(req, 'compute');
    if (!project) return json(res, 401, { error: { message: 'The request you have made requires authentication.' } });
    const url = new URL(req.url ?? '/', 'http://x');
    const mine = servers.filter((server) => server.project === project);
    const show = (server: FakeServerRecord) => {
      const { project: _project, ...wire } = server;
      return wire;
    };
    if (url.pathname === '/v2.1/servers/detail') return json(res, 200, { servers: mine.map(show), servers_links: [] });
    const one = /^\/v2\.1\/servers\/([^/]+)(\/action)?$/.exec(url.pathname);
    const server = mine.find((candidate) => candidate.id === one?.[1]);
    if (!one || !server) return json(res, 404, { itemNotFound: { code: 404, message: 'Instance could not be found.' } });
    if (!one[2]) return json(res, 200, { server: show(server) });
    const action = readJson(body);
    if ('createImage' in action) {
      if (server.status === 'ERROR') return json(res, 409, { conflictingRequest: { code: 409, message: "Cannot 'createImage' instance while it is in vm_state error" } });
      const spec = action['createImage'] as { name: string; metadata: Record<string, string> };
      counter += 1;
      const image: FakeImage = {
        id: `img-${counter}`,
        name: spec.name,
        status: 'queued',
        protected: false,
        created_at: new Date(clock.now.getTime() + counter).toISOString(),
        instance_uuid: server.id,
        project,
        ...spec.metadata,
      };
      images.push(image);
      madeAt.set(image.id, Date.now());
      const asked = `${server.id} ${spec.metadata['dashboard_policy_run'] ?? ''}`;
      createImageCalls.set(asked, (createImageCalls.get(asked) ?? 0) + 1);
      return json(res, 202, { image_id: image.id });
    }
    if ('os-stop' in action) server.status = 'SHUTOFF';
    if ('os-start' in action) server.status = 'ACTIVE';
    res.writeHead(202).end();
  });

  const image = await startServer((req, res) => {
    const project = caller(req, 'image');
    if (!project) return json(res, 401, { message: 'The request you have made requires authentication.' });
    const url = new URL(req.url ?? '/', 'http://x');
    const mine = images.filter((candidate) => candidate.project === project);
    const show = (one: FakeImage) => {
      const { project: _project, ...wire } = one;
      return wire;
    };
    if (url.pathname === '/v2/info/usage') return json(res, 200, { usage: { image_count_total: { limit: 100, usage: mine.length } } });
    if (url.pathname === '/v2/images') {
      const policy = url.searchParams.get('dashboard_policy_id');
      return json(res, 200, { images: mine.filter((one) => !policy || one['dashboard_policy_id'] === policy).map(show) });
    }
    const id = /^\/v2\/images\/([^/]+)$/.exec(url.pathname)?.[1];
    const found = mine.find((candidate) => candidate.id === id);
    if (!found) return json(res, 404, { message: 'No image found' });
    if (req.method === 'DELETE') {
      if (found.protected) {
        res.writeHead(403, { 'Content-Type': 'text/html' }).end(`<html><head><title>403 Forbidden</title></head><body><h1>403 Forbidden</h1>Image ${found.id} is protected and cannot be deleted.</body></html>`);
        return;
      }
      images.splice(images.indexOf(found), 1);
      res.writeHead(204).end();
      return;
    }
    // A snapshot becomes active on the first look after it was made (and its delay has passed).
    const answer = show(found);
    const ready = Date.now() - (madeAt.get(found.id) ?? 0) >= snapshotDelay.ms;
    if (found.status === 'queued' && !hold.images && ready) found.status = 'active';
    return json(res, 200, answer);
  });

  endpoints.compute = compute.url;
  endpoints.image = image.url;
  return {
    keystone,
    compute,
    image,
    credentials,
    servers,
    images,
    credentialCalls,
    clock,
    hold,
    snapshotDelay,
    createImageCalls,
    close: async () => {
      await Promise.all([keystone.close(), compute.close(), image.close()]);
    },
  };
}

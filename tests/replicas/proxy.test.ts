// The README's reverse-proxy example, run for real: the project's PostgreSQL, two replicas against
// the fake OpenStack, Debian's nginx with deploy/nginx/dashboard.conf in front. Through the proxy:
// both replicas serve, either one forwards to OpenStack, big uploads pass, one database behind
// them, a replica that lost its database is skipped, and a replica killed in the middle of a run
// loses neither requests nor the run.
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { ALICE, startFakeOpenStack, type FakeOpenStack } from '../unit/policies/fake-openstack';
import { freshDatabase } from './fresh-database';
import { startNginx, type Nginx } from './nginx';
import { startRelay, type Relay } from './tcp-relay';
import { startReplica, stopReplica, type Health, type Replica } from './replica-processes';

interface Policy {
  id: string;
  name: string;
}
interface Run {
  id: string;
  state: string;
  endedAt: string | null;
  items: { instanceId: string; outcome: string | null }[];
}

let cloud: FakeOpenStack;
const replicas: Replica[] = [];
let proxy: Nginx;
/** proxy-b reaches PostgreSQL through this, so that it alone can lose its database. */
let relay: Relay;

async function getJson<T>(url: string): Promise<{ status: number; body: T }> {
  const answer = await fetch(url, { signal: AbortSignal.timeout(10_000) });
  const text = await answer.text();
  return { status: answer.status, body: (text ? JSON.parse(text) : {}) as T };
}

const portOf = (replica: Replica) => Number(new URL(replica.url).port);

async function call<T>(base: string, method: string, where: string, body?: unknown): Promise<{ status: number; body: T }> {
  const answer = await fetch(`${base}${where}`, {
    method,
    headers: { 'X-Auth-Token': ALICE.token, ...(body === undefined ? {} : { 'Content-Type': 'application/json' }) },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    signal: AbortSignal.timeout(10_000),
  });
  const text = await answer.text();
  return { status: answer.status, body: (text ? JSON.parse(text) : {}) as T };
}

/** Snapshots Nova was asked for by run `runId`, per instance. */
function snapshotsAsked(runId: string): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const image of cloud.images) {
    if (image['dashboard_policy_run'] !== runId || !image.instance_uuid) continue;
    counts[image.instance_uuid] = (counts[image.instance_uuid] ?? 0) + 1;
  }
  return counts;
}

beforeAll(async () => {
  const databaseUrl = await freshDatabase();
  cloud = await startFakeOpenStack();
  for (const [id, name] of [
    ['srv-1', 'web-1'],
    ['srv-2', 'web-2'],
  ] as const) {
    cloud.servers.push({ id, name, status: 'ACTIVE', 'OS-EXT-STS:task_state': null, metadata: {}, project: ALICE.projectId });
  }
  const env = {
    OS_AUTH_URL: `${cloud.keystone.url}/v3`,
    OS_REGION_NAME: 'RegionOne',
    DATABASE_URL: databaseUrl,
    DASHBOARD_SECRET_KEY: randomBytes(32).toString('base64'),
    DASHBOARD_POLICY_LEASE_SECONDS: '5',
    DASHBOARD_POLICY_TICK_MS: '500',
    POLICY_TEST_STEP_MS: '500',
  };
  const database = new URL(databaseUrl);
  relay = await startRelay({ host: database.hostname, port: Number(database.port || 5432) });
  database.port = String(relay.port);
  // One after the other: both running the migrations at once is the kill test's business.
  replicas.push(await startReplica('proxy-a', env));
  replicas.push(await startReplica('proxy-b', { ...env, DATABASE_URL: database.toString() }));
  proxy = await startNginx([portOf(replicas[0]!), portOf(replicas[1]!)]);
});

afterAll(async () => {
  await proxy?.stop();
  await Promise.all(replicas.map((replica) => stopReplica(replica)));
  await relay?.close();
  await cloud?.close();
});

describe('two replicas behind nginx (deploy/nginx/dashboard.conf)', () => {
  let policy: Policy;

  it('serves /healthz from both replicas through the proxy, each on PostgreSQL with its scheduler running', async () => {
    const seen = new Set<string>();
    for (let request = 0; request < 8; request += 1) {
      const health = await getJson<Health>(`${proxy.url}/healthz`);
      expect(health.status).toBe(200);
      expect(health.body).toMatchObject({ status: 'ok', database: 'postgres', scheduler: 'running' });
      seen.add(health.body.replica);
    }
    expect([...seen].sort()).toEqual(['proxy-a', 'proxy-b']);
  });

  it('forwards to OpenStack on one replica with the catalog read through the other: no sticky sessions', async () => {
    const [first, second] = replicas as [Replica, Replica];
    const token = await fetch(`${first.url}/os/identity/v3/auth/tokens`, {
      headers: { 'X-Auth-Token': ALICE.token, 'X-Subject-Token': ALICE.token },
    });
    expect(token.status).toBe(200);
    const { catalog } = ((await token.json()) as { token: { catalog: { type: string; endpoints: { url: string }[] }[] } }).token;
    const compute = catalog.find((entry) => entry.type === 'compute')?.endpoints[0]?.url ?? '';
    expect(compute).toContain('/os/');
    const servers = await fetch(`${second.url}${new URL(compute).pathname}/servers/detail`, { headers: { 'X-Auth-Token': ALICE.token } });
    expect(servers.status).toBe(200);
    const names = ((await servers.json()) as { servers: { name: string }[] }).servers.map((server) => server.name);
    expect(names).toEqual(['web-1', 'web-2']);
  });

  it('passes an image upload larger than the default nginx body limit (1 MiB) through to the cloud', async () => {
    const token = await fetch(`${proxy.url}/os/identity/v3/auth/tokens`, {
      headers: { 'X-Auth-Token': ALICE.token, 'X-Subject-Token': ALICE.token },
    });
    const { catalog } = ((await token.json()) as { token: { catalog: { type: string; endpoints: { url: string }[] }[] } }).token;
    const image = new URL(catalog.find((entry) => entry.type === 'image')?.endpoints[0]?.url ?? '');
    const upload = await fetch(`${proxy.url}${image.pathname}/v2/images/no-such-image/file`, {
      method: 'PUT',
      headers: { 'X-Auth-Token': ALICE.token, 'Content-Type': 'application/octet-stream' },
      body: new Uint8Array(8 * 1024 * 1024),
    });
    // Glance's own answer (the fake has no such image), not nginx's 413.
    expect(upload.status).toBe(404);
    expect(await upload.json()).toEqual({ message: 'No image found' });
  });

  it('lists a policy created through the proxy on both replicas', async () => {
    const created = await call<{ policy: Policy }>(proxy.url, 'POST', '/api/v1/policies', {
      name: 'proxied',
      enabled: true,
      targets: { instanceIds: ['srv-1', 'srv-2'], metadata: null },
      // Due only on 1 January: the runs in this file are the ones it asks for.
      schedule: { kind: 'cron', expression: '0 0 1 1 *' },
      timeZone: 'UTC',
      retention: { keepLast: 2, maxAgeDays: null },
      consistency: 'live',
    });
    expect(created.status).toBe(201);
    policy = created.body.policy;
    for (const replica of replicas) {
      const listed = await call<{ policies: Policy[] }>(replica.url, 'GET', '/api/v1/policies');
      expect(listed.body.policies.map((one) => one.name)).toEqual(['proxied']);
    }
  });

  it('sends the requests to the other replica while one cannot reach the database (its /healthz says 503)', async () => {
    const [healthy, cutOff] = replicas as [Replica, Replica];
    await relay.cut();
    await vi.waitFor(async () => expect((await cutOff.health())?.status).toBe('unavailable'), { timeout: 30_000, interval: 200 });
    for (let request = 0; request < 6; request += 1) {
      const health = await getJson<Health>(`${proxy.url}/healthz`);
      expect(health.status).toBe(200);
      expect(health.body.replica).toBe(healthy.id);
    }
    await relay.restore();
    await vi.waitFor(async () => expect((await cutOff.health())?.status).toBe('ok'), { timeout: 30_000, interval: 200 });
    // nginx tries it again once its fail_timeout (10 s) has passed.
    await vi.waitFor(async () => expect((await getJson<Health>(`${proxy.url}/healthz`)).body.replica).toBe(cutOff.id), {
      timeout: 30_000,
      interval: 250,
    });
  });

  it('keeps answering when the replica holding a run is killed, and the other replica finishes that run', async () => {
    // Snapshots stay queued until released: the run is still going when its replica dies.
    cloud.hold.images = true;
    const started = await call<{ run: Run }>(proxy.url, 'POST', `/api/v1/policies/${policy.id}/run`);
    expect(started.status).toBe(202);
    const runId = started.body.run.id;

    const holder = await vi.waitFor(
      async () => {
        const healths = await Promise.all(replicas.map((replica) => replica.health()));
        const index = healths.findIndex((health) => health?.heldRuns.includes(runId));
        if (index < 0) throw new Error(`no replica holds run ${runId}`);
        return replicas[index]!;
      },
      { timeout: 30_000, interval: 200 },
    );
    await vi.waitFor(() => expect(snapshotsAsked(runId)).toEqual({ 'srv-1': 1, 'srv-2': 1 }), { timeout: 30_000, interval: 200 });
    const survivor = replicas.find((replica) => replica !== holder)!;

    await stopReplica(holder, 'SIGKILL');
    const killedAt = Date.now();

    for (let request = 0; request < 6; request += 1) {
      const health = await getJson<Health>(`${proxy.url}/healthz`);
      expect(health.status).toBe(200);
      expect(health.body.replica).toBe(survivor.id);
      const listed = await call<{ policies: Policy[] }>(proxy.url, 'GET', '/api/v1/policies');
      expect(listed.status).toBe(200);
      expect(listed.body.policies.map((one) => one.id)).toEqual([policy.id]);
    }

    await vi.waitFor(
      async () => expect((await survivor.health())?.heldRuns).toContain(runId),
      { timeout: 60_000, interval: 200 },
    );
    console.log(`[proxy test] run ${runId}: ${holder.id} killed, ${survivor.id} took it over after ${Date.now() - killedAt} ms`);

    cloud.hold.images = false;
    const finished = await vi.waitFor(
      async () => {
        const runs = await call<{ runs: Run[] }>(proxy.url, 'GET', `/api/v1/policies/${policy.id}/runs`);
        const run = runs.body.runs.find((one) => one.id === runId);
        if (!run?.endedAt) throw new Error(`run ${runId} has not ended: ${JSON.stringify(run)}`);
        return run;
      },
      { timeout: 60_000, interval: 250 },
    );
    expect(finished.state).toBe('succeeded');
    expect(finished.items.map((item) => item.outcome)).toEqual(['succeeded', 'succeeded']);
    // The snapshots asked for before the kill were adopted, not asked for again.
    expect(snapshotsAsked(runId)).toEqual({ 'srv-1': 1, 'srv-2': 1 });
    expect(holder.log.join('\n')).toContain(`replica=${holder.id} run=${runId}`);
    expect(survivor.log.join('\n')).toContain(`replica=${survivor.id} run=${runId}`);
  });
});

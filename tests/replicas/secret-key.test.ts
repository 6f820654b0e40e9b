// The README's warning, checked: replicas must share DASHBOARD_SECRET_KEY. A replica with another key
// cannot open the credential secret a policy was saved with, so the run it takes fails and says why
// (a missed backup, not an error at start).
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, expect, it, vi } from 'vitest';
import { ALICE, startFakeOpenStack, type FakeOpenStack } from '../unit/policies/fake-openstack';
import { freshDatabase } from './fresh-database';
import { startReplica, stopReplica, type Replica } from './replica-processes';

interface Run {
  id: string;
  state: string;
  endedAt: string | null;
  message: string | null;
}

let cloud: FakeOpenStack;
let env: Record<string, string>;
const started: Replica[] = [];

async function call<T>(replica: Replica, method: string, where: string, body?: unknown): Promise<{ status: number; body: T }> {
  const answer = await fetch(`${replica.url}${where}`, {
    method,
    headers: { 'X-Auth-Token': ALICE.token, ...(body === undefined ? {} : { 'Content-Type': 'application/json' }) },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    signal: AbortSignal.timeout(10_000),
  });
  return { status: answer.status, body: (await answer.json()) as T };
}

async function startWithKey(id: string, secretKey: string): Promise<Replica> {
  const one = await startReplica(id, { ...env, DASHBOARD_SECRET_KEY: secretKey });
  started.push(one);
  return one;
}

beforeAll(async () => {
  cloud = await startFakeOpenStack();
  cloud.servers.push({ id: 'srv-1', name: 'web-1', status: 'ACTIVE', 'OS-EXT-STS:task_state': null, metadata: {}, project: ALICE.projectId });
  env = {
    OS_AUTH_URL: `${cloud.keystone.url}/v3`,
    OS_REGION_NAME: 'RegionOne',
    DATABASE_URL: await freshDatabase(),
    DASHBOARD_POLICY_LEASE_SECONDS: '5',
    DASHBOARD_POLICY_TICK_MS: '500',
    POLICY_TEST_STEP_MS: '500',
  };
});

afterAll(async () => {
  await Promise.all(started.map((one) => stopReplica(one)));
  await cloud?.close();
});

it('fails the runs a replica with another DASHBOARD_SECRET_KEY takes, and says why', async () => {
  const saver = await startWithKey('key-one', randomBytes(32).toString('base64'));
  const created = await call<{ policy: { id: string } }>(saver, 'POST', '/api/v1/policies', {
    name: 'other-key',
    enabled: true,
    targets: { instanceIds: ['srv-1'], metadata: null },
    schedule: { kind: 'cron', expression: '0 0 1 1 *' },
    timeZone: 'UTC',
    retention: { keepLast: 2, maxAgeDays: null },
    consistency: 'live',
  });
  expect(created.status).toBe(201);
  const policyId = created.body.policy.id;
  await stopReplica(saver);

  const other = await startWithKey('key-two', randomBytes(32).toString('base64'));
  const asked = await call<{ run: Run }>(other, 'POST', `/api/v1/policies/${policyId}/run`);
  expect(asked.status).toBe(202);
  const run = await vi.waitFor(
    async () => {
      const { body } = await call<{ runs: Run[] }>(other, 'GET', `/api/v1/policies/${policyId}/runs`);
      const found = body.runs.find((one) => one.id === asked.body.run.id);
      if (!found?.endedAt) throw new Error(`run ${asked.body.run.id} has not ended`);
      return found;
    },
    { timeout: 60_000, interval: 250 },
  );
  expect(run.state).toBe('failed');
  expect(run.message).toMatch(/does not open with this key \(was DASHBOARD_SECRET_KEY changed\?\)/);
  expect(cloud.images).toEqual([]);
});

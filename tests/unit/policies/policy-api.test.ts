// @vitest-environment node
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ALICE, BOB, CAROL, startFakeOpenStack, type FakeOpenStack } from './fake-openstack';
import { policyBody, startPolicyServer, type PolicyServer } from './harness';

let cloud: FakeOpenStack;
let server: PolicyServer;

// PGlite's first start (initdb in WebAssembly) takes 10–60 s on a busy 2-core machine.
beforeAll(async () => {
  cloud = await startFakeOpenStack();
  server = await startPolicyServer(cloud);
}, 180_000);

afterAll(async () => {
  await server.close();
  await cloud.close();
});

type Policy = { id: string; name: string; credential: { id: string; expiresAt: string | null }; nextRunAt: string | null; lastRun: unknown };

async function create(overrides: Record<string, unknown> = {}, user = ALICE): Promise<Policy> {
  const answer = await server.call(user, 'POST', '/api/v1/policies', policyBody(overrides));
  if (answer.status !== 201) throw new Error(`POST answered ${answer.status}: ${answer.text}`);
  return answer.json['policy'] as Policy;
}

describe('who may use the policy API', () => {
  it('refuses a request without a token, or with one Keystone does not know, with 401', async () => {
    const none = await server.call(null, 'GET', '/api/v1/policies');
    expect(none.status).toBe(401);
    expect(none.json).toEqual({ error: { message: 'Sign in: the policy API needs a token (X-Auth-Token).' } });
    const bogus = await server.call({ ...ALICE, token: 'made-up' }, 'GET', '/api/v1/policies');
    expect(bogus.status).toBe(401);
    expect(bogus.json).toEqual({ error: { message: 'The token has expired or is not valid: sign in again.' } });
  });

  it('shows each user only the policies of their token’s project', async () => {
    const mine = await create({ name: 'project one' });
    const theirs = await create({ name: 'project two' }, CAROL);
    const list = await server.call(ALICE, 'GET', '/api/v1/policies');
    const names = (list.json['policies'] as Policy[]).map((policy) => policy.name);
    expect(names).toContain('project one');
    expect(names).not.toContain('project two');
    // A colleague in the same project sees it too; another project's user cannot reach it by id.
    expect((await server.call(BOB, 'GET', `/api/v1/policies/${mine.id}`)).status).toBe(200);
    const foreign = await server.call(ALICE, 'GET', `/api/v1/policies/${theirs.id}`);
    expect(foreign.status).toBe(404);
    expect((await server.call(ALICE, 'DELETE', `/api/v1/policies/${theirs.id}`)).status).toBe(404);
    expect((await server.call(ALICE, 'POST', `/api/v1/policies/${theirs.id}/run`)).status).toBe(404);
  });

  it('checks a token with Keystone once a minute at most', async () => {
    const before = cloud.keystone.seen.filter((request) => request.method === 'GET').length;
    await server.call(ALICE, 'GET', '/api/v1/policies');
    await server.call(ALICE, 'GET', '/api/v1/policies');
    const after = cloud.keystone.seen.filter((request) => request.method === 'GET').length;
    expect(after - before).toBe(0);
  });
});

describe('saving a policy', () => {
  it('creates a restricted application credential limited to the calls a run makes', async () => {
    const policy = await create({ credentialExpiresAt: '2030-01-01T00:00:00.000Z' });
    const credential = cloud.credentials.get(policy.credential.id);
    expect(credential).toMatchObject({ userId: ALICE.userId, unrestricted: false, expiresAt: '2030-01-01T00:00:00.000Z' });
    expect(credential?.accessRules).toEqual([
      { service: 'compute', method: 'GET', path: '/v2.1/servers/detail' },
      { service: 'compute', method: 'GET', path: '/v2.1/servers/*' },
      { service: 'compute', method: 'POST', path: '/v2.1/servers/*/action' },
      { service: 'image', method: 'GET', path: '/v2/info/usage' },
      { service: 'image', method: 'GET', path: '/v2/images' },
      { service: 'image', method: 'GET', path: '/v2/images/*' },
      { service: 'image', method: 'DELETE', path: '/v2/images/*' },
    ]);
    expect(policy.credential).toEqual({ id: credential?.id, expiresAt: '2030-01-01T00:00:00.000Z' });
  });

  it('never sends the credential’s secret back, nor stores it in the clear', async () => {
    const policy = await create();
    const secret = cloud.credentials.get(policy.credential.id)?.secret ?? 'missing';
    const answers = [
      await server.call(ALICE, 'GET', '/api/v1/policies'),
      await server.call(ALICE, 'GET', `/api/v1/policies/${policy.id}`),
    ];
    for (const answer of answers) expect(answer.text).not.toContain(secret);
  });

  it('answers the whole policy with its next run', async () => {
    const policy = await create({ name: '  weekly backup ', schedule: { kind: 'weekly', days: [1, 3], time: '02:30' } });
    expect(policy).toMatchObject({
      name: 'weekly backup',
      enabled: true,
      namePattern: '{instance}-{policy}-{YYYYMMDD-HHmm}',
      projectId: ALICE.projectId,
      lastRun: null,
    });
    expect(Date.parse(policy.nextRunAt ?? '')).toBeGreaterThan(Date.now());
  });

  it('refuses an invalid policy with 400 naming each problem', async () => {
    const answer = await server.call(
      ALICE,
      'POST',
      '/api/v1/policies',
      policyBody({ retention: { keepLast: null, maxAgeDays: null }, schedule: { kind: 'daily', time: '25:00' } }),
    );
    expect(answer.status).toBe(400);
    const message = (answer.json['error'] as { message: string }).message;
    expect(message).toContain('schedule.time: Use the 24-hour HH:MM form.');
    expect(message).toContain('retention: Keep the last N snapshots, those younger than D days, or both.');
  });

  it('refuses a body that is not JSON with 415', async () => {
    const answer = await fetch(`${server.url}/api/v1/policies`, { method: 'POST', headers: { 'X-Auth-Token': ALICE.token }, body: 'name=x' });
    expect(answer.status).toBe(415);
  });

  it('edits a policy; a new expiry replaces the credential and deletes the old one', async () => {
    const policy = await create();
    const edited = await server.call(ALICE, 'PUT', `/api/v1/policies/${policy.id}`, policyBody({ name: 'renamed', enabled: false }));
    expect(edited.status).toBe(200);
    expect(edited.json['policy']).toMatchObject({ name: 'renamed', enabled: false, nextRunAt: null, credential: policy.credential });
    const renewed = await server.call(ALICE, 'PUT', `/api/v1/policies/${policy.id}`, policyBody({ credentialExpiresAt: '2031-06-01T00:00:00.000Z' }));
    const credential = (renewed.json['policy'] as Policy).credential;
    expect(credential.id).not.toBe(policy.credential.id);
    expect(cloud.credentials.has(policy.credential.id)).toBe(false);
    expect(cloud.credentials.get(credential.id)?.expiresAt).toBe('2031-06-01T00:00:00.000Z');
  });
});

describe('deleting a policy', () => {
  it('deletes its application credential in Keystone', async () => {
    const policy = await create();
    expect(cloud.credentials.has(policy.credential.id)).toBe(true);
    const answer = await server.call(ALICE, 'DELETE', `/api/v1/policies/${policy.id}`);
    expect(answer.status).toBe(204);
    expect(cloud.credentials.has(policy.credential.id)).toBe(false);
    expect((await server.call(ALICE, 'GET', `/api/v1/policies/${policy.id}`)).status).toBe(404);
  });

  it('keeps the policy when Keystone will not delete the credential (it is another user’s)', async () => {
    const policy = await create();
    const answer = await server.call(BOB, 'DELETE', `/api/v1/policies/${policy.id}`);
    expect(answer.status).toBe(409);
    expect((answer.json['error'] as { message: string }).message).toContain('You are not authorized to perform the requested action.');
    expect((await server.call(ALICE, 'GET', `/api/v1/policies/${policy.id}`)).status).toBe(200);
    expect(cloud.credentials.has(policy.credential.id)).toBe(true);
  });
});

describe('runs', () => {
  it('starts a run on demand (202) and lists it', async () => {
    const policy = await create();
    const started = await server.call(ALICE, 'POST', `/api/v1/policies/${policy.id}/run`);
    expect(started.status).toBe(202);
    expect(started.json['run']).toMatchObject({ policyId: policy.id, trigger: 'manual', state: 'running', endedAt: null });
    const again = await server.call(ALICE, 'POST', `/api/v1/policies/${policy.id}/run`);
    expect(again.status).toBe(409);
    const runs = await server.call(ALICE, 'GET', `/api/v1/policies/${policy.id}/runs?limit=5`);
    expect(runs.status).toBe(200);
    expect(runs.json['runs']).toEqual([started.json['run']]);
    expect((await server.call(ALICE, 'GET', `/api/v1/policies/${policy.id}/runs?limit=x`)).status).toBe(400);
  });
});

// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { seedIds } from '../index';
import { call, get, list, serveMockCloud, type TestCloud } from './helpers';

const t = serveMockCloud();
const policiesUrl = `${t.cloud.baseUrl}/api/v1/policies`;
const v245 = { 'OpenStack-API-Version': 'compute 2.45' };
const { web1, db1 } = seedIds.servers;

const everyTwoMinutes = {
  name: 'nightly',
  enabled: true,
  targets: { instanceIds: [], metadata: { key: 'backup', value: 'daily' } },
  schedule: { kind: 'interval', minutes: 2 },
  timeZone: 'UTC',
  retention: { keepLast: 2, maxAgeDays: null },
  consistency: 'live',
};

async function tag(cloud: TestCloud, token: string, serverId: string) {
  const answer = await call('POST', `${cloud.compute}/servers/${serverId}/metadata`, { token, body: { metadata: { backup: 'daily' } } });
  expect(answer.status).toBe(200);
}

/** Lets virtual time pass in steps, asking the policy API each time (the mock moves runs when asked). */
async function pass(token: string, ms: number, step = 5_000) {
  for (let passed = 0; passed < ms; passed += step) {
    t.cloud.advance(Math.min(step, ms - passed));
    await call('GET', policiesUrl, { token });
  }
}

async function policyImages(token: string, policyId: string) {
  const answer = await call('GET', `${t.image}/v2/images?dashboard_policy_id=${policyId}&sort_key=created_at&sort_dir=desc`, { token });
  return list(answer.body, 'images');
}

describe('snapshot policies in the mock cloud', () => {
  it('keeps exactly the 2 newest policy snapshots per tagged instance after three runs, and nothing else is touched', async () => {
    const token = await t.login();
    await tag(t, token, web1);
    await tag(t, token, db1);
    const handMade = await call('POST', `${t.compute}/servers/${web1}/action`, { token, headers: v245, body: { createImage: { name: 'web-1-by-hand' } } });
    const handMadeId = String(get(handMade.body, 'image_id'));

    const created = await call('POST', policiesUrl, { token, body: everyTwoMinutes });
    expect(created.status).toBe(201);
    const policyId = String(get(created.body, 'policy', 'id'));
    expect(get(created.body, 'policy', 'nextRunAt')).toBe('2026-03-01T12:12:00.000Z');

    await pass(token, 6 * 60_000 + 30_000);

    const runs = await call('GET', `${policiesUrl}/${policyId}/runs`, { token });
    const history = list(runs.body, 'runs');
    expect(history.map((run) => [run['slot'], run['state'], run['trigger']])).toEqual([
      ['2026-03-01T12:16:00.000Z', 'succeeded', 'schedule'],
      ['2026-03-01T12:14:00.000Z', 'succeeded', 'schedule'],
      ['2026-03-01T12:12:00.000Z', 'succeeded', 'schedule'],
    ]);
    const made = history.flatMap((run) => list(run, 'items').map((item) => [item['instanceId'], item['snapshotId']]));
    expect(made).toHaveLength(6);

    const kept = await policyImages(token, policyId);
    for (const serverId of [web1, db1]) {
      const newestTwo = history.slice(0, 2).flatMap((run) => list(run, 'items').filter((i) => i['instanceId'] === serverId).map((i) => i['snapshotId']));
      expect(kept.filter((image) => image['instance_uuid'] === serverId).map((image) => image['id'])).toEqual(newestTwo);
    }
    expect(kept.every((image) => image['status'] === 'active' && image['dashboard_policy_name'] === 'nightly')).toBe(true);
    expect(list(history[0], 'deleted')).toHaveLength(2);
    for (const untouched of [handMadeId, seedIds.images.web1SnapGolden]) {
      expect((await call('GET', `${t.image}/v2/images/${untouched}`, { token })).status).toBe(200);
    }
    const policy = await call('GET', `${policiesUrl}/${policyId}`, { token });
    expect(get(policy.body, 'policy', 'lastRun')).toMatchObject({ state: 'succeeded', succeeded: 2, failed: 0, skipped: 0 });
  });

  it('runs once when asked, refuses a second run while the first is going, and catches up one missed slot only', async () => {
    const token = await t.login();
    const created = await call('POST', policiesUrl, { token, body: { ...everyTwoMinutes, targets: { instanceIds: [web1], metadata: null } } });
    const policyId = String(get(created.body, 'policy', 'id'));
    const manual = await call('POST', `${policiesUrl}/${policyId}/run`, { token });
    expect(manual.status).toBe(202);
    expect(get(manual.body, 'run', 'trigger')).toBe('manual');
    const again = await call('POST', `${policiesUrl}/${policyId}/run`, { token });
    expect(again.status).toBe(409);
    expect(get(again.body, 'error', 'message')).toBe('A run of this policy is still going: wait until it ends.');

    // Nobody asks for 11 minutes: five slots pass, one catch-up run follows.
    t.cloud.advance(11 * 60_000);
    await pass(token, 30_000);
    const runs = list((await call('GET', `${policiesUrl}/${policyId}/runs`, { token })).body, 'runs');
    expect(runs.map((run) => [run['trigger'], run['slot']])).toEqual([
      ['schedule', '2026-03-01T12:20:00.000Z'],
      ['manual', '2026-03-01T12:10:00.000Z'],
    ]);
  });

  it('answers in its own error format: no token, bad input in words, another project’s policy', async () => {
    expect((await call('GET', policiesUrl)).status).toBe(401);
    const token = await t.login();
    const bad = await call('POST', policiesUrl, { token, body: { ...everyTwoMinutes, retention: { keepLast: null, maxAgeDays: null } } });
    expect(bad.status).toBe(400);
    expect(get(bad.body, 'error', 'message')).toContain('retention: Keep the last N snapshots, those younger than D days, or both.');
    const created = await call('POST', policiesUrl, { token, body: everyTwoMinutes });
    const policyId = String(get(created.body, 'policy', 'id'));
    const other = await t.login('demo', 'demo', 'demo-alt');
    expect((await call('GET', `${policiesUrl}/${policyId}`, { token: other })).status).toBe(404);
    expect(list((await call('GET', policiesUrl, { token: other })).body, 'policies')).toEqual([]);
    expect((await call('DELETE', `${policiesUrl}/${policyId}`, { token })).status).toBe(204);
    expect((await call('GET', `${policiesUrl}/${policyId}`, { token })).status).toBe(404);
  });
});

describe('server metadata', () => {
  it('merges with POST, removes one key with DELETE, and answers 404 for a key it does not have', async () => {
    const token = await t.login();
    const url = `${t.compute}/servers/${web1}/metadata`;
    const merged = await call('POST', url, { token, body: { metadata: { backup: 'daily' } } });
    expect(get(merged.body, 'metadata')).toEqual({ role: 'web', backup: 'daily' });
    expect((await call('DELETE', `${url}/role`, { token })).status).toBe(204);
    expect(get((await call('GET', url, { token })).body, 'metadata')).toEqual({ backup: 'daily' });
    const missing = await call('DELETE', `${url}/role`, { token });
    expect(missing.status).toBe(404);
    expect(get(missing.body, 'itemNotFound', 'message')).toBe('Metadata item was not found');
  });
});

// @vitest-environment node
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ALICE, startFakeOpenStack, type FakeImage, type FakeOpenStack } from './fake-openstack';
import { policyBody, startPolicyServer, tempDataDir, type PolicyServer } from './harness';

interface Run {
  id: string;
  slot: string;
  trigger: string;
  state: string;
  message: string | null;
  endedAt: string | null;
  items: { instanceName: string; outcome: string | null; snapshotName: string | null }[];
}

let cloud: FakeOpenStack;
const MINUTE = 60_000;

beforeAll(async () => {
  cloud = await startFakeOpenStack();
  for (const [id, name, metadata] of [
    ['srv-1', 'web-1', { backup: 'daily' }],
    ['srv-2', 'web-2', { backup: 'daily' }],
    ['srv-3', 'db-1', {}],
  ] as const) {
    cloud.servers.push({ id, name, status: 'ACTIVE', 'OS-EXT-STS:task_state': null, metadata: { ...metadata }, project: ALICE.projectId });
  }
  cloud.images.push({
    id: 'img-by-hand',
    name: 'web-1-before-upgrade',
    status: 'active',
    protected: false,
    created_at: '2026-03-01T10:00:00Z',
    instance_uuid: 'srv-1',
    project: ALICE.projectId,
  });
});

afterAll(async () => {
  await cloud.close();
});

async function finishRuns(server: PolicyServer, policyId: string): Promise<Run[]> {
  for (let attempt = 0; attempt < 400; attempt += 1) {
    await server.feature.scheduler?.wake();
    const runs = (await server.call(ALICE, 'GET', `/api/v1/policies/${policyId}/runs`)).json['runs'] as Run[];
    if (runs.every((run) => run.endedAt !== null) && server.feature.scheduler?.activeRuns() === 0) return runs;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error('the runs did not end');
}

function policySnapshots(policyId: string, instance: string): FakeImage[] {
  return cloud.images.filter((image) => image['dashboard_policy_id'] === policyId && image.instance_uuid === instance);
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? filesUnder(full) : [full];
  });
}

describe('the scheduler', () => {
  it('every minute keeps exactly the 2 newest policy snapshots per tagged instance, nobody signed in', async () => {
    cloud.clock.now = new Date('2026-03-29T00:00:30Z');
    const clock = () => new Date(cloud.clock.now);
    const server = await startPolicyServer(cloud, { scheduler: true, now: clock, tickMs: 3_600_000, stepMs: 5 });
    try {
      const created = await server.call(ALICE, 'POST', '/api/v1/policies', policyBody({ name: 'every-minute' }));
      const policyId = (created.json['policy'] as { id: string }).id;
      cloud.images.push({
        id: 'img-protected',
        name: 'web-2-keep-forever',
        status: 'active',
        protected: true,
        created_at: '2026-03-02T10:00:00Z',
        instance_uuid: 'srv-2',
        project: ALICE.projectId,
        dashboard_policy_id: policyId,
      });
      let runs: Run[] = [];
      for (let minute = 1; minute <= 3; minute += 1) {
        cloud.clock.now = new Date(cloud.clock.now.getTime() + MINUTE);
        runs = await finishRuns(server, policyId);
        expect(runs).toHaveLength(minute);
      }
      expect(runs.map((run) => [run.trigger, run.state, run.slot, run.message])).toEqual([
        ['schedule', 'succeeded', '2026-03-29T00:03:00.000Z', null],
        ['schedule', 'succeeded', '2026-03-29T00:02:00.000Z', null],
        ['schedule', 'succeeded', '2026-03-29T00:01:00.000Z', null],
      ]);
      expect(runs[0]?.items.map((item) => [item.instanceName, item.outcome, item.snapshotName])).toEqual([
        ['web-1', 'succeeded', 'web-1-every-minute-20260329-0103'],
        ['web-2', 'succeeded', 'web-2-every-minute-20260329-0103'],
      ]);
      for (const instance of ['srv-1', 'srv-2']) {
        const kept = policySnapshots(policyId, instance).filter((image) => !image.protected);
        expect(kept.map((image) => image.name).sort()).toEqual([
          `web-${instance.slice(-1)}-every-minute-20260329-0102`,
          `web-${instance.slice(-1)}-every-minute-20260329-0103`,
        ]);
      }
      expect(cloud.images.map((image) => image.id)).toContain('img-protected');
      expect(cloud.images.map((image) => image.id)).toContain('img-by-hand');
      expect(policySnapshots(policyId, 'srv-3')).toEqual([]);
      // The runs acted with the policy's credential, and only through the calls its rules allow.
      expect(cloud.credentialCalls.length).toBeGreaterThan(0);
    } finally {
      await server.close();
    }
  }, 180_000);

  it('a restart mid-run resumes it, and a server down across due times catches up once', async () => {
    cloud.clock.now = new Date('2026-10-25T00:03:30Z');
    const dataDir = tempDataDir();
    const clock = () => new Date(cloud.clock.now);
    const options = { dataDir, inMemory: false, scheduler: true, now: clock, tickMs: 3_600_000, stepMs: 5 };
    let server = await startPolicyServer(cloud, options);
    const created = await server.call(ALICE, 'POST', '/api/v1/policies', policyBody({ name: 'restart', retention: { keepLast: 5, maxAgeDays: null } }));
    const policyId = (created.json['policy'] as { id: string }).id;
    const secret = cloud.credentials.get((created.json['policy'] as { credential: { id: string } }).credential.id)?.secret ?? '';

    cloud.hold.images = true;
    cloud.clock.now = new Date(cloud.clock.now.getTime() + MINUTE);
    await server.feature.scheduler?.wake();
    for (let attempt = 0; attempt < 400 && policySnapshots(policyId, 'srv-2').length === 0; attempt += 1) {
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
    await server.close();

    // Down for three more minutes; then back, with the snapshots done meanwhile.
    cloud.clock.now = new Date(cloud.clock.now.getTime() + 3 * MINUTE);
    cloud.hold.images = false;
    server = await startPolicyServer(cloud, options);
    try {
      const runs = await finishRuns(server, policyId);
      expect(runs.map((run) => [run.slot, run.state])).toEqual([
        ['2026-10-25T00:07:00.000Z', 'succeeded'],
        ['2026-10-25T00:04:00.000Z', 'succeeded'],
      ]);
      // One snapshot per instance and run: the resumed run did not take its snapshots again.
      expect(policySnapshots(policyId, 'srv-1')).toHaveLength(2);
      expect(policySnapshots(policyId, 'srv-2')).toHaveLength(2);
      // The credential's secret is nowhere in the data directory in the clear.
      for (const file of filesUnder(dataDir)) expect(readFileSync(file).includes(secret)).toBe(false);
    } finally {
      await server.close();
    }
  }, 300_000);
});

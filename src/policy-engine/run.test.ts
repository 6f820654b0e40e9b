import { advanceRun, advanceRunWhileMoving, startRun, summarizeRun, type RunPolicy } from './run.mjs';
import { runSchema, type Run } from './schema.mjs';
import type { RunPort } from './port.mjs';
import { FakeCloud } from './test-fake-cloud';

const start = new Date('2026-03-02T10:00:00Z');

function policy(overrides: Partial<RunPolicy> = {}): RunPolicy {
  return {
    id: 'pol-1',
    name: 'nightly',
    targets: { instanceIds: [], metadata: { key: 'backup', value: 'daily' } },
    timeZone: 'Europe/Warsaw',
    retention: { keepLast: 2, maxAgeDays: null },
    consistency: 'live',
    namePattern: '{instance}-{policy}-{YYYYMMDD-HHmm}',
    ...overrides,
  };
}

/** Calls advanceRun the way the scheduler does: store (here: re-parse) after every step, let time pass. */
async function runToEnd(cloud: FakeCloud, target: RunPolicy, run: Run, port: RunPort = cloud.port()): Promise<Run> {
  let current = run;
  for (let step = 0; step < 100 && !current.endedAt; step += 1) {
    current = runSchema.parse(JSON.parse(JSON.stringify(await advanceRun(port, target, current))));
    cloud.tick();
  }
  return current;
}

async function scheduledRun(cloud: FakeCloud, target: RunPolicy): Promise<Run> {
  return runToEnd(cloud, target, startRun(target, cloud.now, 'schedule', cloud.now));
}

function taggedCloud(): FakeCloud {
  const cloud = new FakeCloud(start);
  cloud.addServer('web', 'web-1', { metadata: { backup: 'daily' } });
  cloud.addServer('db', 'db-1', { metadata: { backup: 'daily' } });
  cloud.addServer('cache', 'cache-1', { metadata: { backup: 'weekly' } });
  return cloud;
}

describe('advanceRun', () => {
  it('snapshots every tagged instance, names and marks the snapshots, and records each instance', async () => {
    const cloud = taggedCloud();
    const run = await scheduledRun(cloud, policy());

    expect(run.state).toBe('succeeded');
    expect(run.items.map((item) => [item.instanceName, item.outcome])).toEqual([
      ['web-1', 'succeeded'],
      ['db-1', 'succeeded'],
    ]);
    const images = cloud.policyImages('pol-1');
    expect(images.map((image) => image.name).sort()).toEqual(['db-1-nightly-20260302-1100', 'web-1-nightly-20260302-1100']);
    expect(images.every((image) => image.dashboard_policy_name === 'nightly' && image.dashboard_policy_run === run.id)).toBe(true);
    for (const item of run.items) {
      expect(item.snapshotId).toBe(images.find((image) => image.instance_uuid === item.instanceId)?.id);
      expect(item.startedAt).not.toBeNull();
      expect(item.endedAt).not.toBeNull();
      expect(item.message).toBeNull();
    }
    expect(summarizeRun(run)).toMatchObject({ state: 'succeeded', succeeded: 2, failed: 0, skipped: 0 });
  });

  it('after three runs keeps each instance’s two newest policy snapshots and leaves hand-made and protected ones alone', async () => {
    const cloud = taggedCloud();
    cloud.addImage({ id: 'by-hand', instance_uuid: 'web' });
    cloud.addImage({ id: 'kept-forever', instance_uuid: 'web', dashboard_policy_id: 'pol-1', protected: true, created_at: '2026-01-01T00:00:00Z' });
    const target = policy();
    const runs = [];
    for (let index = 0; index < 3; index += 1) {
      runs.push(await scheduledRun(cloud, target));
      cloud.tick(120);
    }

    const third = runs[2];
    for (const instance of ['web', 'db']) {
      const mine = cloud.policyImages('pol-1').filter((image) => image.instance_uuid === instance && !image.protected);
      expect(mine.map((image) => image.dashboard_policy_run)).toEqual([runs[1]?.id, runs[2]?.id]);
    }
    expect(cloud.images.has('by-hand')).toBe(true);
    expect(cloud.images.has('kept-forever')).toBe(true);
    expect(runs[0]?.deleted).toEqual([]);
    expect(runs[1]?.deleted).toEqual([]);
    expect(third?.deleted.map((entry) => entry.instanceId).sort()).toEqual(['db', 'web']);
    expect(third?.deleted.map((entry) => entry.name)).toEqual(
      runs[0]?.items.map((item) => item.snapshotName),
    );
  });

  it('prunes a volume-backed instance’s snapshots with the Cinder snapshots they hold', async () => {
    const cloud = new FakeCloud(start);
    cloud.addServer('vol', 'vol-1', { metadata: { backup: 'daily' }, volumes: ['root', 'data'] });
    const target = policy();
    const runs = [];
    for (let index = 0; index < 3; index += 1) {
      runs.push(await scheduledRun(cloud, target));
      cloud.tick(120);
    }

    expect(runs.map((run) => run.state)).toEqual(['succeeded', 'succeeded', 'succeeded']);
    expect(cloud.policyImages('pol-1').map((image) => image.id)).toEqual(['img-2', 'img-3']);
    expect([...cloud.volumeSnapshots].sort()).toEqual(['snap-data-img-2', 'snap-data-img-3', 'snap-root-img-2', 'snap-root-img-3']);
    expect(runs[2]?.deleted).toEqual([{ imageId: 'img-1', name: 'vol-1-nightly-20260302-1100', instanceId: 'vol' }]);
  });

  it('keeps a snapshot whose Cinder snapshot cannot go, and says why', async () => {
    const cloud = new FakeCloud(start);
    cloud.addServer('vol', 'vol-1', { metadata: { backup: 'daily' }, volumes: ['root'] });
    const target = policy({ retention: { keepLast: 1, maxAgeDays: null } });
    await scheduledRun(cloud, target);
    cloud.tick(120);
    cloud.failNext('deleteVolumeSnapshot', 'Invalid snapshot: Snapshot status must be available or error and must not be part of a group.');
    const run = await scheduledRun(cloud, target);

    expect(run.items[0]).toMatchObject({
      outcome: 'succeeded',
      reason: 'retention-failed',
      message: 'Invalid snapshot: Snapshot status must be available or error and must not be part of a group.',
    });
    expect(run.deleted).toEqual([]);
    expect(cloud.policyImages('pol-1')).toHaveLength(2);
    cloud.tick(120);
    const next = await scheduledRun(cloud, target);
    expect(next.deleted.map((entry) => entry.imageId)).toEqual(['img-1', 'img-2']);
  });

  it('shuts an instance off for its snapshot and starts it again', async () => {
    const cloud = taggedCloud();
    const run = await scheduledRun(cloud, policy({ consistency: 'shutoff' }));

    expect(run.state).toBe('succeeded');
    const web = cloud.calls.filter((call) => call.endsWith(' web') && !call.startsWith('getServer'));
    expect(web).toEqual(['stopServer web', 'createSnapshot web', 'startServer web']);
    expect(cloud.servers.get('web')?.status).toBe('ACTIVE');
  });

  it('starts a shut-off instance again when its snapshot fails half-way, and keeps its older snapshots', async () => {
    const cloud = taggedCloud();
    const target = policy({ consistency: 'shutoff', retention: { keepLast: 1, maxAgeDays: null } });
    await scheduledRun(cloud, target);
    cloud.tick(60);
    cloud.snapshotsOfServerFail('web');
    const run = await scheduledRun(cloud, target);

    expect(run.state).toBe('partial');
    const web = run.items.find((item) => item.instanceId === 'web');
    expect(web).toMatchObject({ outcome: 'failed', reason: 'snapshot-failed', phase: 'done' });
    expect(cloud.servers.get('web')?.status).toBe('ACTIVE');
    const webImages = cloud.policyImages('pol-1').filter((image) => image.instance_uuid === 'web');
    expect(webImages.map((image) => image.status).sort()).toEqual(['active', 'killed']);
    expect(run.deleted.map((entry) => entry.instanceId)).toEqual(['db']);
  });

  it('records the service’s own words when Nova refuses a snapshot, and still starts the instance', async () => {
    const cloud = taggedCloud();
    cloud.failNext('createSnapshot', 'Quota exceeded for resources: images.');
    const run = await scheduledRun(cloud, policy({ consistency: 'shutoff' }));

    expect(run.items[0]).toMatchObject({
      instanceId: 'web',
      outcome: 'failed',
      reason: 'snapshot-failed',
      message: 'Quota exceeded for resources: images.',
    });
    expect(run.items[1]?.outcome).toBe('succeeded');
    expect(cloud.servers.get('web')?.status).toBe('ACTIVE');
    expect(cloud.calls).toContain('startServer web');
  });

  it('skips busy, failed, deleted and over-quota instances with the reason', async () => {
    const cloud = new FakeCloud(start);
    cloud.addServer('busy', 'busy-1', { task: 'resize_migrating' });
    cloud.addServer('broken', 'broken-1', { status: 'ERROR' });
    cloud.addServer('first', 'first-1');
    cloud.addServer('second', 'second-1');
    cloud.quotaLeft = 1;
    const target = policy({ targets: { instanceIds: ['busy', 'broken', 'first', 'second', 'gone'], metadata: null } });
    const run = await scheduledRun(cloud, target);

    expect(run.items.map((item) => [item.instanceId, item.outcome, item.reason, item.message])).toEqual([
      ['busy', 'skipped', 'instance-busy', 'resize_migrating'],
      ['broken', 'skipped', 'instance-error', null],
      ['first', 'succeeded', null, null],
      ['second', 'skipped', 'over-quota', null],
      ['gone', 'skipped', 'instance-not-found', null],
    ]);
    expect(run.state).toBe('partial');
    expect(cloud.calls.filter((call) => call.startsWith('createSnapshot'))).toEqual(['createSnapshot first']);
  });

  it('snapshots anyway when the cloud does not report the image quota', async () => {
    const cloud = taggedCloud();
    cloud.failNext('snapshotQuota', 'The resource could not be found.');
    const run = await scheduledRun(cloud, policy());

    expect(run.state).toBe('succeeded');
    expect(cloud.policyImages('pol-1')).toHaveLength(2);
  });

  it('fails the run with the service’s words when the targets cannot be listed', async () => {
    const cloud = taggedCloud();
    cloud.failNext('listServers', 'The server is currently unavailable.');
    const run = await scheduledRun(cloud, policy());

    expect(run).toMatchObject({ state: 'failed', message: 'The server is currently unavailable.', items: [] });
    expect(run.endedAt).not.toBeNull();
  });

  it('resumed after a restart that lost a step, snapshots no instance twice and finishes', async () => {
    const cloud = taggedCloud();
    const target = policy({ consistency: 'shutoff' });
    let stored = startRun(target, cloud.now, 'schedule', cloud.now);
    // Steps up to the snapshot requests, storing each result.
    while (!stored.items.some((item) => item.phase === 'snapshotting')) {
      stored = await advanceRun(cloud.port(), target, stored);
      cloud.tick();
    }
    // The snapshots are requested, then the server dies before storing the step.
    await advanceRun(cloud.port(), target, stored);
    expect(cloud.policyImages('pol-1')).toHaveLength(2);

    // The restarted server reads the stored run and carries on with a new connection to the cloud.
    const run = await runToEnd(cloud, target, runSchema.parse(JSON.parse(JSON.stringify(stored))), cloud.port());

    expect(run.state).toBe('succeeded');
    expect(cloud.policyImages('pol-1')).toHaveLength(2);
    expect(cloud.calls.filter((call) => call.startsWith('createSnapshot'))).toEqual(['createSnapshot web', 'createSnapshot db']);
    expect(run.items.map((item) => item.snapshotId).sort()).toEqual(cloud.policyImages('pol-1').map((image) => image.id).sort());
    expect([...cloud.servers.values()].map((server) => server.status)).toEqual(['ACTIVE', 'ACTIVE', 'ACTIVE']);
  });

  it('works on at most three instances at once', async () => {
    const cloud = new FakeCloud(start);
    for (let index = 1; index <= 7; index += 1) cloud.addServer(`vm${index}`, `vm-${index}`, { metadata: { backup: 'daily' } });
    const target = policy();
    let run = startRun(target, cloud.now, 'schedule', cloud.now);
    let busiest = 0;
    while (!run.endedAt) {
      run = await advanceRun(cloud.port(), target, run);
      busiest = Math.max(busiest, run.items.filter((item) => item.phase !== 'pending' && item.phase !== 'done').length);
      cloud.tick();
    }

    expect(busiest).toBe(3);
    expect(run.items.every((item) => item.outcome === 'succeeded')).toBe(true);
  });

  it('gives up on a snapshot that never becomes active', async () => {
    const cloud = taggedCloud();
    cloud.snapshotsOfServerHang('db');
    const run = await runToEnd(cloud, policy(), startRun(policy(), cloud.now, 'schedule', cloud.now), cloud.port());

    expect(run.items.find((item) => item.instanceId === 'db')).toMatchObject({ outcome: 'failed', reason: 'snapshot-failed' });
    expect(run.state).toBe('partial');
  });

  it('returns a finished run unchanged', async () => {
    const cloud = taggedCloud();
    const run = await scheduledRun(cloud, policy());
    const calls = cloud.calls.length;

    expect(await advanceRun(cloud.port(), policy(), run)).toBe(run);
    expect(cloud.calls).toHaveLength(calls);
  });

  it('moves a run on while the cloud keeps up, storing every step, and stops where it must wait', async () => {
    const cloud = taggedCloud();
    const stored: Run[] = [];
    const persist = (run: Run) => {
      stored.push(run);
    };
    let run = await advanceRunWhileMoving(cloud.port(), policy(), startRun(policy(), cloud.now, 'schedule', cloud.now), { persist });

    // Listed, checked, asked for the snapshots: now the uploads take time.
    expect(run.items.map((item) => item.phase)).toEqual(['waiting', 'waiting']);
    expect(stored.at(-1)).toBe(run);
    expect(stored).toHaveLength(3);
    cloud.tick();
    run = await advanceRunWhileMoving(cloud.port(), policy(), run, { persist });
    expect(run.state).toBe('succeeded');
    expect(stored.at(-1)).toBe(run);
  });
});

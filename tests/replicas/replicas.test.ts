// The three-replica kill test: three dashboard servers share one PostgreSQL (DATABASE_URL) and run
// an every-minute policy on a clock ten times faster than real time (a slot every 6 s) against the
// fake OpenStack, whose snapshots take a second to become active. The replica holding a run is
// killed (SIGKILL) right after it asked Nova for a snapshot, at least twice, and replaced. Then:
// every due slot ran exactly once, no snapshot was asked for twice, every run finished and the
// policy kept exactly its 2 newest snapshots per instance.
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nextRuns } from '../../src/policy-engine/index.mjs';
import { ALICE, startFakeOpenStack, type FakeOpenStack } from '../unit/policies/fake-openstack';
import { startReplica, stopReplica, type Replica } from './replica-processes';

const DATABASE_URL = process.env['DATABASE_URL'] ?? '';
const CLOCK_SPEED = 10;
const LEASE_SECONDS = 4;
const RUN_FOR_MS = 150_000;
const KILLS = 3;
const KEEP = 2;
const SERVERS = ['srv-1', 'srv-2', 'srv-3'];
const SCHEDULE = { kind: 'interval', minutes: 1 } as const;

interface RunRow {
  id: string;
  slot: Date;
  state: string;
  ended_at: Date | null;
  lease_owner: string | null;
}

interface Kill {
  replica: string;
  runId: string;
  at: number;
  takenOverAfterMs: number | null;
  takenOverBy: string | null;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

let db: pg.Client;
let cloud: FakeOpenStack;
const replicas: Replica[] = [];
const epoch = new Date().toISOString();
let replicaEnv: Record<string, string>;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

async function api(replica: Replica, method: string, where: string, body?: unknown) {
  const answer = await fetch(`${replica.url}${where}`, {
    method,
    headers: { 'X-Auth-Token': ALICE.token, ...(body === undefined ? {} : { 'Content-Type': 'application/json' }) },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  return { status: answer.status, json: (await answer.json().catch(() => ({}))) as Record<string, unknown> };
}

async function runRows(): Promise<RunRow[]> {
  return (await db.query<RunRow>('SELECT id, slot, state, ended_at, lease_owner FROM policy_runs ORDER BY slot')).rows;
}

beforeAll(async () => {
  if (!DATABASE_URL.startsWith('postgres')) {
    throw new Error('DATABASE_URL must name a PostgreSQL the test may wipe (npm run db:up prints one).');
  }
  db = new pg.Client({ connectionString: DATABASE_URL });
  await db.connect();
  // A fresh database: the replicas migrate it themselves, all three at once.
  await db.query('DROP SCHEMA IF EXISTS public CASCADE');
  await db.query('CREATE SCHEMA public');
  cloud = await startFakeOpenStack();
  cloud.snapshotDelay.ms = 1000;
  for (const [index, id] of SERVERS.entries()) {
    cloud.servers.push({ id, name: `web-${index + 1}`, status: 'ACTIVE', 'OS-EXT-STS:task_state': null, metadata: { backup: 'daily' }, project: ALICE.projectId });
  }
  replicaEnv = {
    OS_AUTH_URL: `${cloud.keystone.url}/v3`,
    OS_REGION_NAME: 'RegionOne',
    DATABASE_URL,
    DASHBOARD_SECRET_KEY: randomBytes(32).toString('base64'),
    DASHBOARD_POLICY_LEASE_SECONDS: String(LEASE_SECONDS),
    DASHBOARD_POLICY_TICK_MS: '500',
    POLICY_TEST_STEP_MS: '250',
    POLICY_TEST_CLOCK_SPEED: String(CLOCK_SPEED),
    POLICY_TEST_CLOCK_EPOCH: epoch,
  };
  replicas.push(...(await Promise.all(['replica-a', 'replica-b', 'replica-c'].map((id) => startReplica(id, replicaEnv)))));
}, 120_000);

afterAll(async () => {
  await Promise.all(replicas.map((replica) => stopReplica(replica, 'SIGKILL')));
  await cloud?.close();
  await db?.end();
});

describe('three replicas on one PostgreSQL', () => {
  it('run every due slot exactly once while the replica holding a run is killed', async () => {
    const [first] = replicas;
    if (!first) throw new Error('no replica started');
    const health = await first.health();
    expect(health).toMatchObject({ status: 'ok', database: 'postgres', scheduler: 'running', heldRuns: [] });

    const body = {
      name: 'replicated',
      enabled: true,
      targets: { instanceIds: [], metadata: { key: 'backup', value: 'daily' } },
      schedule: SCHEDULE,
      timeZone: 'UTC',
      retention: { keepLast: KEEP, maxAgeDays: null },
      consistency: 'live',
    };
    const created = await api(first, 'POST', '/api/v1/policies', body);
    expect(created.status).toBe(201);
    const policy = created.json['policy'] as { id: string; createdAt: string };

    // Another replica lists the policy the first one stored.
    const listed = await api(replicas[1] ?? first, 'GET', '/api/v1/policies');
    expect((listed.json['policies'] as { id: string }[]).map((one) => one.id)).toEqual([policy.id]);

    const kills: Kill[] = [];
    const started = Date.now();
    let lastKillAt = started;
    let spare = 0;
    while (Date.now() - started < RUN_FOR_MS) {
      await sleep(150);
      const pending = kills.find((kill) => kill.takenOverAfterMs === null);
      if (pending) {
        const owner = (await db.query<{ lease_owner: string | null }>('SELECT lease_owner FROM policy_runs WHERE id = $1', [pending.runId])).rows[0]
          ?.lease_owner;
        if (owner && owner !== pending.replica) {
          pending.takenOverAfterMs = Date.now() - pending.at;
          pending.takenOverBy = owner;
        }
        continue;
      }
      if (kills.length >= KILLS || Date.now() - lastKillAt < 25_000) continue;
      // The replica holding a run that has asked Nova for a snapshot and not finished: kill it now.
      const asked = new Set([...cloud.createImageCalls.keys()].map((key) => key.split(' ')[1]));
      const unfinished = new Set((await runRows()).filter((row) => !row.ended_at).map((row) => row.id));
      const live = replicas.filter((replica) => replica.alive);
      const healths = await Promise.all(live.map(async (replica) => ({ replica, health: await replica.health() })));
      const victim = healths.find(({ health: seen }) => seen?.heldRuns.some((id) => asked.has(id) && unfinished.has(id)));
      const runId = victim?.health?.heldRuns.find((id) => asked.has(id) && unfinished.has(id));
      if (!victim || !runId) continue;
      const kill: Kill = { replica: victim.replica.id, runId, at: Date.now(), takenOverAfterMs: null, takenOverBy: null };
      await stopReplica(victim.replica, 'SIGKILL');
      kill.at = Date.now();
      kills.push(kill);
      lastKillAt = kill.at;
      spare += 1;
      replicas.push(await startReplica(`replica-spare-${spare}`, replicaEnv));
    }

    // Pause the policy (through the API, as a user would) and let the runs in flight end.
    const living = replicas.find((replica) => replica.alive) ?? first;
    const unfinishedAtPause = (await runRows()).filter((row) => !row.ended_at).length;
    const pausedAt = new Date(Date.parse(epoch) + (Date.now() - Date.parse(epoch)) * CLOCK_SPEED);
    expect((await api(living, 'PUT', `/api/v1/policies/${policy.id}`, { ...body, enabled: false })).status).toBe(200);
    for (let attempt = 0; attempt < 300 && (await runRows()).some((row) => !row.ended_at); attempt += 1) await sleep(200);
    await Promise.all(replicas.map((replica) => stopReplica(replica)));

    const runs = await runRows();
    const slots = runs.map((row) => row.slot.toISOString());
    const firstSlot = runs[0]?.slot ?? new Date(0);
    const lastSlot = runs.at(-1)?.slot ?? new Date(0);
    const due = [firstSlot, ...nextRuns(SCHEDULE, 'UTC', firstSlot, 1000)]
      .filter((slot) => slot.getTime() <= lastSlot.getTime())
      .map((slot) => slot.toISOString());
    const lost = due.filter((slot) => !slots.includes(slot));
    const duplicateSlots = slots.length - new Set(slots).size;
    const requests = [...cloud.createImageCalls.entries()];
    const doubledSnapshots = requests.filter(([, count]) => count > 1);
    const takeovers = kills.flatMap((kill) => (kill.takenOverAfterMs === null ? [] : [kill.takenOverAfterMs]));
    const kept = SERVERS.map(
      (server) => cloud.images.filter((image) => image['dashboard_policy_id'] === policy.id && image.instance_uuid === server).length,
    );
    const figures = {
      'runs due': due.length,
      'runs done': runs.filter((row) => row.ended_at !== null).length,
      'runs succeeded': runs.filter((row) => row.state === 'succeeded').length,
      duplicates: duplicateSlots + doubledSnapshots.length,
      lost: lost.length,
      kills: kills.length,
      'takeover ms (median)': takeovers.length ? Math.round(median(takeovers)) : null,
      'takeover ms (max)': takeovers.length ? Math.max(...takeovers) : null,
      'snapshots kept per instance': kept.join('/'),
    };
    console.log(`three-replica kill test:\n${JSON.stringify(figures, null, 2)}\nkills: ${JSON.stringify(kills)}`);
    const logs = replicas.flatMap((replica) => replica.log.filter((line) => line.startsWith('[policies]')));
    if (lost.length || duplicateSlots || doubledSnapshots.length) console.log(logs.join('\n'));

    // The first slot is the first one due after the policy was made; none missing or doubled up to
    // the last; and a slot left between the last run and the pause only waited on a run in flight.
    expect(firstSlot.toISOString()).toBe(nextRuns(SCHEDULE, 'UTC', new Date(policy.createdAt), 1)[0]?.toISOString());
    expect(lost).toEqual([]);
    expect(duplicateSlots).toBe(0);
    const dueBeforePause = nextRuns(SCHEDULE, 'UTC', lastSlot, 1)[0];
    const slotLeftBeforePause = dueBeforePause !== undefined && dueBeforePause.getTime() <= pausedAt.getTime() - 1000;
    expect({ slotLeftBeforePause, waitedOnARun: unfinishedAtPause > 0 }).not.toEqual({ slotLeftBeforePause: true, waitedOnARun: false });
    expect(due.length).toBeGreaterThanOrEqual(15);
    // Every run finished, each instance snapshotted once per run.
    expect(runs.filter((row) => row.ended_at === null)).toEqual([]);
    expect(runs.filter((row) => row.state !== 'succeeded').map((row) => [row.slot, row.state])).toEqual([]);
    expect(doubledSnapshots).toEqual([]);
    expect(requests).toHaveLength(runs.length * SERVERS.length);
    // The killed replicas' runs were taken over by another replica and finished.
    expect(kills.length).toBeGreaterThanOrEqual(2);
    expect(kills.filter((kill) => kill.takenOverBy === null)).toEqual([]);
    expect(logs.some((line) => line.includes('took over from replica-'))).toBe(true);
    // The three replicas that started together on the empty database migrated it once.
    const migrations = await db.query<{ version: number }>('SELECT version FROM schema_migrations ORDER BY version');
    expect(migrations.rows.map((row) => row.version)).toEqual([1, 2]);
    // The logs name replicas and runs, never a token or a credential's secret.
    const secrets = [ALICE.token, ...[...cloud.credentials.values()].map((credential) => credential.secret)];
    const allLogs = replicas.flatMap((replica) => replica.log);
    expect(allLogs.filter((line) => secrets.some((secret) => line.includes(secret)))).toEqual([]);
    // Retention held: exactly the newest KEEP policy snapshots per instance.
    expect(kept).toEqual(SERVERS.map(() => KEEP));
  }, 240_000);
});

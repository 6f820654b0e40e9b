// @vitest-environment node
// Run leases in the store (the same SQL runs on PostgreSQL for several replicas; here on PGlite):
// a slot is claimed once, a held run is not taken, an expired or given-back one is, and the old
// holder's late writes do not land.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrate, openDatabase, type Sql } from '../../../server/policies/database.mjs';
import { createPolicyStore, type PolicyStore } from '../../../server/policies/store.mjs';
import { startRun } from '../../../src/policy-engine/index.mjs';

let sql: Sql;
let store: PolicyStore;
const at = new Date('2026-11-30T10:00:00Z');

let policies = 0;

beforeAll(async () => {
  sql = (await openDatabase({ databaseUrl: null, dataDir: null })).sql;
  store = createPolicyStore(sql);
}, 120_000);

afterAll(async () => {
  await sql.close();
});

/** A policy of its own for each test (they share the database). */
async function newPolicy(): Promise<string> {
  policies += 1;
  const id = `pol-${policies}`;
  await store.insertPolicy({
    id,
    project_id: 'p-one',
    user_id: 'u-alice',
    body: { name: 'nightly', enabled: true },
    credential_id: 'cred-1',
    credential_secret: 'v1.sealed',
    credential_expires_at: null,
    created_at: at,
    updated_at: at,
    schedule_since: at,
  });
  return id;
}

function scheduled(policyId: string, slot: string) {
  return startRun({ id: policyId }, new Date(slot), 'schedule', at);
}

describe('run leases', () => {
  it('give a slot to the first replica only, which holds the run until its lease runs out', async () => {
    const policy = await newPolicy();
    const run = scheduled(policy, '2026-11-30T10:01:00Z');
    expect(await store.claimSlot(policy, run, { owner: 'replica-a', seconds: 60 })).toBe(true);
    const again = scheduled(policy, '2026-11-30T10:01:00Z');
    expect(await store.claimSlot(policy, again, { owner: 'replica-b', seconds: 60 })).toBe(false);

    expect((await store.takeOverRuns('replica-b', 60, [], 10)).map((taken) => taken.id)).not.toContain(run.id);
    expect(await store.renewLease(run.id, { owner: 'replica-a', token: 1 }, 60)).toBe(true);
    expect(await store.saveRun({ ...run, state: 'succeeded', endedAt: at.toISOString() }, { owner: 'replica-a', token: 1 })).toBe(true);
    expect(await store.policiesWithUnfinishedRuns()).not.toContain(policy);
  });

  it('let another replica take over an expired run; the old holder can neither save nor renew', async () => {
    const policy = await newPolicy();
    const run = scheduled(policy, '2026-11-30T10:02:00Z');
    // A lease of no time: as if replica-a died and its lease ran out.
    await store.claimSlot(policy, run, { owner: 'replica-a', seconds: 0 });

    const taken = await store.takeOverRuns('replica-b', 60, [], 10);
    expect(taken).toEqual([{ id: run.id, policy_id: policy, lease_token: 2, previous_owner: 'replica-a' }]);
    expect(await store.takeOverRuns('replica-c', 60, [], 10)).toEqual([]);

    const late = { ...run, state: 'failed' };
    expect(await store.saveRun(late, { owner: 'replica-a', token: 1 })).toBe(false);
    expect(await store.renewLease(run.id, { owner: 'replica-a', token: 1 }, 60)).toBe(false);
    expect(await store.getRun(run.id)).toMatchObject({ state: 'running' });
    expect(await store.saveRun({ ...run, state: 'partial' }, { owner: 'replica-b', token: 2 })).toBe(true);
    expect(await store.getRun(run.id)).toMatchObject({ state: 'partial' });
    expect(await store.policiesWithUnfinishedRuns()).toContain(policy);
  });

  it('hand a run given back by a stopping replica to the next one at once, and never one it drives already', async () => {
    const policy = await newPolicy();
    const run = scheduled(policy, '2026-11-30T10:03:00Z');
    await store.claimSlot(policy, run, { owner: 'replica-a', seconds: 60 });
    await store.releaseLease(run.id, { owner: 'replica-a', token: 1 });

    expect(await store.takeOverRuns('replica-b', 60, [run.id], 10)).toEqual([]);
    expect(await store.takeOverRuns('replica-b', 60, [], 10)).toEqual([
      { id: run.id, policy_id: policy, lease_token: 2, previous_owner: 'replica-a' },
    ]);
  });

  it('leave a manual run (no lease yet) to the first scheduler that looks', async () => {
    const policy = await newPolicy();
    const run = startRun({ id: policy }, at, 'manual', at);
    expect(await store.claimSlot(policy, run)).toBe(true);
    expect(await store.takeOverRuns('replica-a', 60, [], 10)).toEqual([
      { id: run.id, policy_id: policy, lease_token: 1, previous_owner: null },
    ]);
  });

  it('left by a crashed process are resumed at once by the only process on an embedded database', async () => {
    const policy = await newPolicy();
    const run = scheduled(policy, '2026-11-30T10:04:00Z');
    await store.claimSlot(policy, run, { owner: 'host-4242', seconds: 60 });

    expect((await store.takeOverRuns('host-4243', 60, [], 10)).map((taken) => taken.id)).not.toContain(run.id);
    // Every unfinished run of the earlier tests counts as left behind too: look at this one.
    const taken = await store.takeOverRuns('host-4243', 60, [], 10, true);
    expect(taken.filter((one) => one.id === run.id)).toEqual([
      { id: run.id, policy_id: policy, lease_token: 2, previous_owner: 'host-4242' },
    ]);
  });

  it('are added by a migration that runs once however often the replicas start', async () => {
    expect(await migrate(sql)).toEqual([]);
    const versions = await sql.query<{ version: number }>('SELECT version FROM schema_migrations ORDER BY version');
    expect(versions.rows.map((row) => row.version)).toEqual([1, 2]);
  });
});

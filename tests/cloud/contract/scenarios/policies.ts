/**
 * The snapshot policy API (issue 16) as a user of the typed client sees it: the mock cloud's
 * (`/api/v1/policies` answered in msw) against the dashboard server's (policy-server.ts) on the
 * real cloud. Bad bodies go through the same session instance as plain requests: the typed client
 * checks a policy before sending it, so it never sends one of them.
 */
import { listAllImages } from '@/openstack/glance/images';
import {
  createPolicy,
  deletePolicy,
  getPolicy,
  listPolicies,
  listPolicyRuns,
  runPolicyNow,
  updatePolicy,
  type Policy,
  type PolicyInput,
  type PolicyRun,
} from '@/openstack/policies/api';
import { clientFor, signIn, type Client } from '../backend';
import type { Recorder, Scenario } from '../scenario';
import { bootServer, cirros, deleteImageQuietly, nanoFlavorId, raw } from './common';

const unknownId = '00000000-0000-4000-8000-000000000000';
const admin = { username: 'admin', password: 'admin', project: 'admin' };
const minute = 60_000;

/** What a user reads of a policy: times as facts about each other, ids as facts about the session. */
function policyView(policy: Policy, client: Client, serverId: string) {
  const created = Date.parse(policy.createdAt);
  const next = policy.nextRunAt === null ? null : Date.parse(policy.nextRunAt);
  return {
    name: policy.name,
    enabled: policy.enabled,
    targets: { instanceIds: policy.targets.instanceIds.map((id) => (id === serverId ? '<the server>' : id)), metadata: policy.targets.metadata },
    schedule: policy.schedule,
    timeZone: policy.timeZone,
    retention: policy.retention,
    consistency: policy.consistency,
    namePattern: policy.namePattern,
    credentialExpiresAt: policy.credentialExpiresAt,
    projectIsTheSession: policy.projectId === client.session.project.id,
    updatedNotBeforeCreated: Date.parse(policy.updatedAt) >= created,
    nextRun: next === null ? null : next > created && next <= created + 24 * 60 * minute ? 'within the interval' : `${(next - created) / minute} min after creation`,
    credential: { hasId: policy.credential.id.length > 0, expiresAt: policy.credential.expiresAt },
    saysSecret: JSON.stringify(policy).toLowerCase().includes('secret'),
  };
}

/** A run with what differs by nature (ids, times, the snapshot's time stamp) left as facts. */
function runView(run: PolicyRun, serverId: string) {
  const started = Date.parse(run.startedAt);
  return {
    trigger: run.trigger,
    state: run.state,
    message: run.message ?? null,
    ended: run.endedAt === null ? null : Date.parse(run.endedAt) >= started,
    items: run.items.map((item) => ({
      instance: item.instanceId === serverId ? '<the server>' : item.instanceId,
      instanceName: item.instanceName,
      phase: item.phase,
      outcome: item.outcome,
      snapshot: item.snapshotId === null ? null : 'made',
      snapshotName: item.snapshotName?.replace(/\d{8}-\d{4}/, '<YYYYMMDD-HHmm>') ?? null,
      message: item.message,
    })),
    deleted: run.deleted.length,
  };
}

/** A message naming the policy's id (ids are normalised anyway; this keeps it readable). */
function normaliseIds(body: unknown, id: string): unknown {
  return JSON.parse(JSON.stringify(body).split(id).join('<policy>')) as unknown;
}

/** A refusal: its statuses, the body's shape and the words the client reads. */
async function refusal(rec: Recorder, client: Client, step: string, fn: () => Promise<unknown>): Promise<void> {
  const answer = await rec.call(client, step, fn);
  rec.value(`${step}: message`, answer.error ? answer.error.message : null);
}

/** A body the server must refuse with 400 and words, sent as it is. */
async function badBody(rec: Recorder, client: Client, step: string, body: unknown): Promise<void> {
  const answer = await rec.call(client, step, () => raw(client, 'policies', 'POST', '/policies', { data: body }));
  rec.value(`${step}: message`, answer.last?.data ?? null);
}

export const policiesScenario: Scenario = {
  name: 'snapshot policy API',
  usesPolicyServer: true,
  async run(ctx) {
    const { backend, rec } = ctx;
    const client = await signIn(backend);
    const name = backend.prefix.replace(/^contract-/, 'contract-pol-');
    const base = await cirros(client);
    const flavorRef = await nanoFlavorId(client);
    const { id: serverId } = await bootServer(ctx, client, { name: `${name}-vm`, imageRef: base.id, flavorRef, networks: 'auto' });

    const input: PolicyInput = {
      name,
      enabled: true,
      targets: { instanceIds: [serverId], metadata: null },
      schedule: { kind: 'interval', minutes: 24 * 60 },
      timeZone: 'UTC',
      retention: { keepLast: 2, maxAgeDays: null },
      consistency: 'live',
    };
    const created = await rec.call(client, 'create', () => createPolicy(client.api, input));
    const policy = created.result;
    if (!policy) throw new Error(`create failed: ${created.error?.message ?? ''}`);
    ctx.cleanup(async () => {
      const images = await listAllImages(client.api, { properties: { dashboard_policy_id: policy.id } });
      await Promise.all(images.map((image) => deleteImageQuietly(client, image.id)));
      await deletePolicy(client.api, policy.id);
    });
    rec.value('create: the policy', policyView(policy, client, serverId));

    // Only this run's policy is shaped: the real project may hold others (another test's, a user's).
    const onlyOurs = (body: unknown) => {
      const policies = (body as { policies?: Array<{ id?: unknown }> }).policies ?? [];
      return { policies: policies.filter((p) => p.id === policy.id) };
    };
    const mine = await rec.call(client, 'list', () => listPolicies(client.api), { select: onlyOurs });
    rec.value('list: holds it', (mine.result ?? []).filter((p) => p.id === policy.id).length);
    rec.value('get: the same policy', (await getPolicy(client.api, policy.id)).updatedAt === policy.updatedAt);
    const other = await signIn(backend, admin);
    const theirs = await rec.call(other, 'list in another project', () => listPolicies(other.api), { select: onlyOurs });
    rec.value('list in another project: holds it', (theirs.result ?? []).some((p) => p.id === policy.id));
    await refusal(rec, other, 'get from another project', () => getPolicy(other.api, policy.id));
    await refusal(rec, other, 'run from another project', () => runPolicyNow(other.api, policy.id));
    const stale = clientFor(backend, { ...client.session, token: 'gAAAAA-contract-not-a-token' });
    await refusal(rec, stale, 'list with a bad token', () => listPolicies(stale.api));

    await badBody(rec, client, '400 empty body', {});
    await badBody(rec, client, '400 no name', { ...input, name: '' });
    await badBody(rec, client, '400 interval of 0 minutes', { ...input, schedule: { kind: 'interval', minutes: 0 } });
    await badBody(rec, client, '400 daily at 25:00', { ...input, schedule: { kind: 'daily', time: '25:00' } });
    await badBody(rec, client, '400 weekly with no days', { ...input, schedule: { kind: 'weekly', days: [], time: '03:00' } });
    await badBody(rec, client, '400 bad cron', { ...input, schedule: { kind: 'cron', expression: '61 * * * *' } });
    await badBody(rec, client, '400 unknown time zone', { ...input, timeZone: 'Mars/Olympus_Mons' });
    await badBody(rec, client, '400 no retention', { ...input, retention: { keepLast: null, maxAgeDays: null } });
    await badBody(rec, client, '400 no targets', { ...input, targets: { instanceIds: [], metadata: null } });
    await badBody(rec, client, '400 unknown consistency', { ...input, consistency: 'frozen' });
    const notJson = await rec.call(client, '400 not JSON', () =>
      client.api.http('policies').request({
        method: 'POST',
        url: '/policies',
        data: '{"name": ',
        headers: { 'Content-Type': 'application/json' },
        transformRequest: [(data: unknown) => data],
        validateStatus: () => true,
      }),
    );
    rec.value('400 not JSON: message', notJson.last?.data ?? null);
    const notJsonType = await rec.call(client, '415 not sent as JSON', () =>
      raw(client, 'policies', 'POST', '/policies', { data: JSON.stringify(input), headers: { 'Content-Type': 'text/plain' } }),
    );
    rec.value('415 not sent as JSON: message', notJsonType.last?.data ?? null);
    const patch = await rec.call(client, '405 PATCH a policy', () => raw(client, 'policies', 'PATCH', `/policies/${policy.id}`, { data: { enabled: false } }));
    rec.value('405 PATCH a policy: message and Allow', { body: patch.last?.data ?? null, allow: patch.last?.headers['allow'] ?? null });
    const limit0 = await rec.call(client, '400 runs limit 0', () => raw(client, 'policies', 'GET', `/policies/${policy.id}/runs`, { params: { limit: '0' } }));
    rec.value('400 runs limit 0: message', limit0.last?.data ?? null);
    const nowhere = await rec.call(client, '404 unknown path', () => raw(client, 'policies', 'GET', `/policies/${policy.id}/history`));
    rec.value('404 unknown path: message', normaliseIds(nowhere.last?.data ?? null, policy.id));
    const update400 = await rec.call(client, '400 on update', () => raw(client, 'policies', 'PUT', `/policies/${policy.id}`, { data: { ...input, retention: { keepLast: 0, maxAgeDays: null } } }));
    rec.value('400 on update: message', update400.last?.data ?? null);

    await refusal(rec, client, '404 get', () => getPolicy(client.api, unknownId));
    await refusal(rec, client, '404 update', () => updatePolicy(client.api, unknownId, input));
    await refusal(rec, client, '404 delete', () => deletePolicy(client.api, unknownId));
    await refusal(rec, client, '404 run now', () => runPolicyNow(client.api, unknownId));
    await refusal(rec, client, '404 runs', () => listPolicyRuns(client.api, unknownId));

    const started = await rec.call(client, 'run now', () => runPolicyNow(client.api, policy.id));
    if (started.result) rec.value('run now: the run', runView(started.result, serverId));
    await refusal(rec, client, 'run now again while it runs', () => runPolicyNow(client.api, policy.id));
    const runs = await ctx.poll(
      'the manual run to end',
      () => listPolicyRuns(client.api, policy.id),
      (list) => list.length > 0 && list.every((run) => run.endedAt !== null),
    );
    rec.value('runs: after the run', runs.map((run) => runView(run, serverId)));
    await rec.call(client, 'runs', () => listPolicyRuns(client.api, policy.id, 5));
    const many = await rec.call(client, 'runs limit 500 (at most 100)', () => listPolicyRuns(client.api, policy.id, 500), { shape: false });
    rec.value('runs limit 500: count', many.result?.length ?? null);
    const afterRun = await rec.call(client, 'get after the run', () => getPolicy(client.api, policy.id));
    const last = afterRun.result?.lastRun;
    rec.value('get after the run: last run', last ? { ...last, id: last.id === runs[0]?.id, slot: null, startedAt: null, endedAt: null } : null);
    const snapshots = await listAllImages(client.api, { properties: { dashboard_policy_id: policy.id } });
    rec.value(
      'the policy snapshot in Glance',
      snapshots.map((image) => ({
        status: image.status,
        name: image.name?.replace(/\d{8}-\d{4}/, '<YYYYMMDD-HHmm>') ?? null,
        instance: image['instance_uuid'] === serverId,
        policyName: image['dashboard_policy_name'] ?? null,
        run: image['dashboard_policy_run'] === runs[0]?.id,
      })),
    );

    const paused = await rec.call(client, 'update (pause, rename, keep 3)', () =>
      updatePolicy(client.api, policy.id, { ...input, name: `${name}-renamed`, enabled: false, retention: { keepLast: 3, maxAgeDays: 30 } }),
    );
    if (paused.result) {
      rec.value('update: the policy', policyView(paused.result, client, serverId));
      rec.value('update: kept', {
        createdAt: paused.result.createdAt === policy.createdAt,
        credential: paused.result.credential.id === policy.credential.id,
        lastRun: paused.result.lastRun?.state ?? null,
      });
    }

    const expiring = await rec.call(client, 'update (a credential expiry)', () =>
      updatePolicy(client.api, policy.id, { ...input, enabled: false, credentialExpiresAt: '2030-01-01T00:00:00Z' }),
    );
    if (expiring.result) {
      rec.value('update (a credential expiry): the credential', {
        credentialExpiresAt: expiring.result.credentialExpiresAt,
        expiresAt: expiring.result.credential.expiresAt,
        replaced: expiring.result.credential.id !== policy.credential.id,
      });
    }

    await rec.call(client, 'delete', () => deletePolicy(client.api, policy.id));
    await refusal(rec, client, 'get after delete', () => getPolicy(client.api, policy.id));
    await refusal(rec, client, 'runs after delete', () => listPolicyRuns(client.api, policy.id));
    const gone = await rec.call(client, 'list after delete', () => listPolicies(client.api), { shape: false });
    rec.value('list after delete: holds it', (gone.result ?? []).some((p) => p.id === policy.id));
  },
};

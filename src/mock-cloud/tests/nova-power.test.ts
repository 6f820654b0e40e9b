// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { seedIds } from '../index';
import { call, get, list, serveMockCloud } from './helpers';

const t = serveMockCloud();
const v293 = { 'OpenStack-API-Version': 'compute 2.93' };
const action = (id: string) => `${t.compute}/servers/${id}/action`;
const { web1, db1, volApp1, worker1 } = seedIds.servers;

async function state(token: string, id: string): Promise<string> {
  const answer = await call('GET', `${t.compute}/servers/${id}`, { token, headers: v293 });
  if (answer.status === 404) return 'gone';
  return `${String(get(answer.body, 'server', 'status'))}/${String(get(answer.body, 'server', 'OS-EXT-STS:task_state'))}`;
}

async function walk(token: string, id: string, steps: number[]): Promise<string[]> {
  const seen = [await state(token, id)];
  for (const ms of steps) {
    t.cloud.advance(ms);
    seen.push(await state(token, id));
  }
  return seen;
}

describe('nova power actions', () => {
  it('stops and starts through powering-off / powering-on', async () => {
    const token = await t.login();
    expect((await call('POST', action(web1), { token, body: { 'os-stop': null } })).status).toBe(202);
    expect(await walk(token, web1, [2000])).toEqual(['ACTIVE/powering-off', 'SHUTOFF/null']);
    expect((await call('POST', action(web1), { token, body: { 'os-start': null } })).status).toBe(202);
    expect(await walk(token, web1, [2000])).toEqual(['SHUTOFF/powering-on', 'ACTIVE/null']);
  });

  it('soft-reboots an ACTIVE server (REBOOT) and hard-reboots a SHUTOFF one (HARD_REBOOT) into ACTIVE', async () => {
    const token = await t.login();
    expect((await call('POST', action(web1), { token, body: { reboot: { type: 'SOFT' } } })).status).toBe(202);
    expect(await walk(token, web1, [500, 500, 2000])).toEqual(['REBOOT/rebooting', 'REBOOT/reboot_pending', 'REBOOT/reboot_started', 'ACTIVE/null']);
    expect((await call('POST', action(db1), { token, body: { reboot: { type: 'HARD' } } })).status).toBe(202);
    expect(await walk(token, db1, [500, 500, 1000])).toEqual([
      'HARD_REBOOT/rebooting_hard',
      'HARD_REBOOT/reboot_pending_hard',
      'HARD_REBOOT/reboot_started_hard',
      'ACTIVE/null',
    ]);
  });

  it('refuses with 409 and Nova’s words in the wrong state, and 400 without a reboot type', async () => {
    const token = await t.login();
    const start = await call('POST', action(web1), { token, body: { 'os-start': null } });
    expect(start.status).toBe(409);
    expect(start.body).toEqual({ conflictingRequest: { code: 409, message: `Cannot 'start' instance ${web1} while it is in vm_state active` } });
    const soft = await call('POST', action(db1), { token, body: { reboot: { type: 'SOFT' } } });
    expect(get(soft.body, 'conflictingRequest', 'message')).toBe(`Cannot 'reboot' instance ${db1} while it is in vm_state stopped`);
    await call('POST', action(web1), { token, body: { 'os-stop': null } });
    const again = await call('POST', action(web1), { token, body: { 'os-stop': null } });
    expect(get(again.body, 'conflictingRequest', 'message')).toBe(`Cannot 'stop' instance ${web1} while it is in task_state powering-off`);
    const paused = await call('POST', action(worker1), { token, body: { 'os-stop': null } });
    expect(paused.status).toBe(409);
    const bad = await call('POST', action(web1), { token, body: { reboot: {} } });
    expect(bad.status).toBe(400);
  });

  it('records every accepted action in os-instance-actions, newest first, with the request id and a finishing event', async () => {
    const token = await t.login();
    const stop = await call('POST', action(web1), { token, headers: v293, body: { 'os-stop': null } });
    const requestId = stop.headers.get('X-Openstack-Request-Id');
    await call('POST', action(web1), { token, headers: v293, body: { 'os-start': null } });
    const actions = await call('GET', `${t.compute}/servers/${web1}/os-instance-actions`, { token, headers: v293 });
    // The refused start (still powering off) is not recorded.
    expect(list(actions.body, 'instanceActions').map((a) => a['action'])).toEqual(['stop', 'create']);
    t.cloud.advance(2000);
    await call('POST', action(web1), { token, headers: v293, body: { 'os-start': null } });
    const after = await call('GET', `${t.compute}/servers/${web1}/os-instance-actions`, { token, headers: v293 });
    const entries = list(after.body, 'instanceActions');
    expect(entries.map((a) => a['action'])).toEqual(['start', 'stop', 'create']);
    expect(entries[1]).toMatchObject({ request_id: requestId, user_id: seedIds.users.demo, project_id: seedIds.projects.demo, instance_uuid: web1, message: null });
    const running = await call('GET', `${t.compute}/servers/${web1}/os-instance-actions/${String(entries[0]?.['request_id'])}`, { token, headers: v293 });
    expect(list(running.body, 'instanceAction', 'events')[0]).toMatchObject({ event: 'compute_start_instance', finish_time: null, result: null });
    t.cloud.advance(2000);
    const done = await call('GET', `${t.compute}/servers/${web1}/os-instance-actions/${String(entries[0]?.['request_id'])}`, { token, headers: v293 });
    expect(list(done.body, 'instanceAction', 'events')[0]).toMatchObject({ event: 'compute_start_instance', result: 'Success' });
    const missing = await call('GET', `${t.compute}/servers/${web1}/os-instance-actions/req-nope`, { token, headers: v293 });
    expect(missing.status).toBe(404);
  });

  it('deletes: task deleting, then gone; frees the quota, detaches a root volume Cinder keeps for its snapshots, keeps the action log', async () => {
    const token = await t.login();
    const used = async () => get((await call('GET', `${t.compute}/limits`, { token })).body, 'limits', 'absolute', 'totalInstancesUsed');
    const before = Number(await used());
    expect((await call('DELETE', `${t.compute}/servers/${volApp1}`, { token })).status).toBe(204);
    expect(await walk(token, volApp1, [1500, 500])).toEqual(['ACTIVE/deleting', 'DELETED/null', 'gone']);
    expect(await used()).toBe(before - 1);
    const root = await call('GET', `${t.volume(seedIds.projects.demo)}/volumes/${seedIds.volumes.volApp1Root}`, { token });
    expect(root.body).toMatchObject({ volume: { status: 'available', attachments: [] } });
    const log = await call('GET', `${t.compute}/servers/${volApp1}/os-instance-actions`, { token, headers: v293 });
    expect(list(log.body, 'instanceActions').map((a) => a['action'])).toEqual(['delete', 'create']);
    const old = await call('GET', `${t.compute}/servers/${volApp1}/os-instance-actions`, { token });
    expect(old.status).toBe(404);
  });

  it('lists volume attachments with their device and delete flag', async () => {
    const token = await t.login();
    const answer = await call('GET', `${t.compute}/servers/${seedIds.servers.volDb1}/os-volume_attachments`, { token, headers: v293 });
    expect(list(answer.body, 'volumeAttachments').map((a) => [a['volumeId'], a['device'], a['delete_on_termination']])).toEqual([
      [seedIds.volumes.volDb1Root, '/dev/vda', false],
      [seedIds.volumes.volDb1Data, '/dev/vdb', false],
    ]);
  });
});

// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { seedIds } from '../index';
import { call, get, list, serveMockCloud } from './helpers';

const t = serveMockCloud();
const v293 = { 'OpenStack-API-Version': 'compute 2.93' };
const v290 = { 'OpenStack-API-Version': 'compute 2.90' };
const action = (id: string) => `${t.compute}/servers/${id}/action`;
const rebuild = (imageRef: string) => ({ rebuild: { imageRef } });

async function observe(token: string, id: string) {
  const answer = await call('GET', `${t.compute}/servers/${id}`, { token, headers: v293 });
  return [get(answer.body, 'server', 'status'), get(answer.body, 'server', 'OS-EXT-STS:task_state')];
}

describe('rebuild', () => {
  it('walks the rebuild task states and keeps ID, addresses and name while the image changes', async () => {
    const token = await t.login();
    const id = seedIds.servers.web1;
    const before = await call('GET', `${t.compute}/servers/${id}`, { token, headers: v293 });
    const answer = await call('POST', action(id), { token, headers: v293, body: rebuild(seedIds.images.web1SnapNightly) });
    expect(answer.status).toBe(202);
    expect(get(answer.body, 'server', 'id')).toBe(id);

    const seen = [await observe(token, id)];
    for (let step = 0; step < 3; step += 1) {
      t.cloud.advance(1000);
      seen.push(await observe(token, id));
    }
    t.cloud.advance(1000);
    seen.push(await observe(token, id));
    expect(seen).toEqual([
      ['REBUILD', 'rebuilding'],
      ['REBUILD', 'rebuild_block_device_mapping'],
      ['REBUILD', 'rebuild_spawning'],
      ['REBUILD', 'rebuild_spawning'],
      ['ACTIVE', null],
    ]);
    const after = await call('GET', `${t.compute}/servers/${id}`, { token, headers: v293 });
    expect(get(after.body, 'server', 'image', 'id')).toBe(seedIds.images.web1SnapNightly);
    expect(get(after.body, 'server', 'addresses')).toEqual(get(before.body, 'server', 'addresses'));
    expect(get(after.body, 'server', 'name')).toBe('web-1');
    expect(get(after.body, 'server', 'metadata')).toEqual({ role: 'web' });
  });

  it('brings a stopped server back to SHUTOFF', async () => {
    const token = await t.login();
    const id = seedIds.servers.db1;
    const answer = await call('POST', action(id), { token, headers: v293, body: rebuild(seedIds.images.ubuntu) });
    expect(answer.status).toBe(202);
    expect(await observe(token, id)).toEqual(['REBUILD', 'rebuilding']);
    t.cloud.advance(4000);
    // Nova's compute manager marks it ACTIVE, then stops it again (vm_state active, task powering-off).
    expect(await observe(token, id)).toEqual(['ACTIVE', 'powering-off']);
    t.cloud.advance(1000);
    expect(await observe(token, id)).toEqual(['SHUTOFF', null]);
  });

  it('answers 409 in the wrong state, as Nova words it', async () => {
    const token = await t.login();
    const paused = await call('POST', action(seedIds.servers.worker1), { token, headers: v293, body: rebuild(seedIds.images.cirros) });
    expect(paused.status).toBe(409);
    expect(paused.body).toEqual({
      conflictingRequest: {
        code: 409,
        message: `Cannot 'rebuild' instance ${seedIds.servers.worker1} while it is in vm_state paused`,
      },
    });
    await call('POST', action(seedIds.servers.web1), { token, headers: v293, body: rebuild(seedIds.images.cirros) });
    const busy = await call('POST', action(seedIds.servers.web1), { token, headers: v293, body: rebuild(seedIds.images.cirros) });
    expect(busy.status).toBe(409);
    expect(get(busy.body, 'conflictingRequest', 'message')).toContain('task_state rebuilding');
  });

  it('refuses an image whose min_disk or min_ram does not fit the flavor', async () => {
    const token = await t.login();
    // web-1 has flavor m1.small (20 GB); db-1-snap-old needs 40 GB.
    const disk = await call('POST', action(seedIds.servers.web1), { token, headers: v293, body: rebuild(seedIds.images.db1SnapOld) });
    expect(disk.status).toBe(400);
    expect(get(disk.body, 'badRequest', 'message')).toMatch(/^Flavor's disk is smaller than the minimum size specified in image metadata/);
    // worker-1 (m1.tiny, 512 MB) cannot take ubuntu's 1024 MB min_ram once it runs.
    await call('POST', action(seedIds.servers.worker1), { token, headers: v293, body: { unpause: null } });
    t.cloud.advance(2000);
    const ram = await call('POST', action(seedIds.servers.worker1), { token, headers: v293, body: rebuild(seedIds.images.ubuntu) });
    expect(ram.status).toBe(400);
    expect(get(ram.body, 'badRequest', 'message')).toBe("Flavor's memory is too small for requested image.");
    const missing = await call('POST', action(seedIds.servers.web1), { token, headers: v293, body: rebuild('no-such-image') });
    expect(get(missing.body, 'badRequest', 'message')).toBe('Cannot find image for rebuild');
  });

  it('rebuilds a volume-backed server with a new image only from 2.93', async () => {
    const token = await t.login();
    const id = seedIds.servers.volApp1;
    const old = await call('POST', action(id), { token, headers: v290, body: rebuild(seedIds.images.cirros) });
    expect(old.status).toBe(400);
    expect(old.body).toEqual({
      badRequest: {
        code: 400,
        message: `Image ${seedIds.images.cirros} is unacceptable: Unable to rebuild with a different image for a volume-backed server.`,
      },
    });
    const recent = await call('POST', action(id), { token, headers: v293, body: rebuild(seedIds.images.cirros) });
    expect(recent.status).toBe(202);
    expect(await observe(token, id)).toEqual(['REBUILD', 'rebuilding']);
    const server = await call('GET', `${t.compute}/servers/${id}`, { token, headers: v293 });
    expect(get(server.body, 'server', 'image')).toBe('');
  });
});

describe('the instance_uuid image filter', () => {
  it('lists only the snapshots of that instance', async () => {
    const token = await t.login();
    const found = await call('GET', `${t.image}/v2/images?instance_uuid=${seedIds.servers.web1}`, { token });
    expect(list(found.body, 'images').map((image) => image['name']).sort()).toEqual([
      'web-1-snap-golden',
      'web-1-snap-inflight',
      'web-1-snap-nightly',
    ]);
  });
});

// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { seedIds } from '../index';
import { call, get, list, serveMockCloud } from './helpers';

const t = serveMockCloud();
const v = (minor: number) => ({ 'OpenStack-API-Version': `compute 2.${minor}` });

async function boot(token: string, server: Record<string, unknown>, minor = 67) {
  return call('POST', `${t.compute}/servers`, { token, headers: v(minor), body: { server } });
}

const base = { name: 'new-1', flavorRef: seedIds.flavors.small, imageRef: seedIds.images.cirros, networks: 'auto' };

describe('POST /servers validation', () => {
  it.each([
    [{ ...base, networks: undefined }, "'networks' is a required property"],
    [{ ...base, name: undefined }, "'name' is a required property"],
    [{ ...base, flavorRef: '999' }, 'Flavor 999 could not be found.'],
    [{ ...base, imageRef: 'missing' }, 'Image missing could not be found.'],
    [{ ...base, imageRef: seedIds.images.brokenUpload }, `Image ${seedIds.images.brokenUpload} is not active.`],
    [{ ...base, imageRef: seedIds.images.ubuntu, flavorRef: seedIds.flavors.tiny }, "Flavor's disk is too small for requested image."],
    [{ ...base, imageRef: seedIds.images.ubuntu, flavorRef: seedIds.flavors.nano }, "Flavor's disk is too small for requested image. Flavor disk is 1073741824 bytes, minimum requested disk is 10737418240 bytes."],
    [{ ...base, imageRef: undefined }, 'Boot sequence for the instance and image/block device mapping combination is not valid.'],
    [{ ...base, imageRef: undefined, block_device_mapping_v2: [{ source_type: 'image', uuid: seedIds.images.ubuntu, destination_type: 'volume', boot_index: 0 }] }, "Images with destination_type 'volume' need to have a non-zero size specified"],
    [{ ...base, imageRef: undefined, block_device_mapping_v2: [{ source_type: 'image', uuid: seedIds.images.ubuntu, destination_type: 'volume', boot_index: 0, volume_size: 5 }] }, 'Volume is smaller than the minimum size specified in image metadata.'],
    [{ ...base, imageRef: undefined, block_device_mapping_v2: [{ source_type: 'disk', uuid: 'x', boot_index: 0 }] }, "'disk' is not one of ['volume', 'image', 'snapshot', 'blank']"],
    [{ ...base, imageRef: undefined, block_device_mapping_v2: [{ source_type: 'snapshot', uuid: seedIds.volumeSnapshots.dataSnap2, destination_type: 'local', boot_index: 0 }] }, 'Mapping snapshot to local is not supported.'],
    [{ ...base, imageRef: undefined, block_device_mapping_v2: [{ source_type: 'volume', uuid: seedIds.volumes.volDb1Data, boot_index: 0 }] }, "status must be 'available'. Currently in 'in-use'"],
    [{ ...base, imageRef: undefined, max_count: 2, block_device_mapping_v2: [{ source_type: 'volume', uuid: seedIds.volumes.spareBoot, boot_index: 0 }] }, 'Cannot attach one or more volumes to multiple instances'],
    [{ ...base, key_name: 'nope' }, 'Invalid key_name provided.'],
    [{ ...base, networks: [{ uuid: 'nope' }] }, 'Network nope could not be found.'],
    [{ ...base, networks: 'everywhere' }, 'is not valid under any of the given schemas'],
  ])('400 %#', async (server, message) => {
    const token = await t.login();
    const answer = await boot(token, server);
    expect(answer.status).toBe(400);
    expect(String(get(answer.body, 'badRequest', 'message'))).toContain(message);
  });

  it('networks are optional before 2.37', async () => {
    const token = await t.login();
    expect((await boot(token, { ...base, networks: undefined }, 36)).status).toBe(202);
  });

  it('checks min_ram', async () => {
    const token = await t.login();
    const answer = await boot(token, { ...base, imageRef: seedIds.images.ubuntu, flavorRef: seedIds.flavors.medium, networks: 'none' });
    expect(answer.status).toBe(202);
    const low = await boot(token, {
      ...base,
      imageRef: undefined,
      flavorRef: seedIds.flavors.tiny,
      block_device_mapping_v2: [{ source_type: 'image', uuid: seedIds.images.ubuntu, destination_type: 'volume', boot_index: 0, volume_size: 10 }],
    });
    expect(get(low.body, 'badRequest', 'message')).toBe("Flavor's memory is too small for requested image.");
  });

  it('refuses over-quota launches with Nova’s 403 message', async () => {
    const token = await t.login();
    t.cloud.scenarios.setQuota('compute', 'cores', 13);
    const answer = await boot(token, { ...base, flavorRef: seedIds.flavors.medium });
    expect(answer.status).toBe(403);
    expect(answer.body).toEqual({ forbidden: { code: 403, message: 'Quota exceeded for cores: Requested 2, but already used 12 of 13 cores' } });
  });
});

describe('server lifecycle', () => {
  it('boots BUILD → ACTIVE in 5 s with an address and answers like the create sample', async () => {
    const token = await t.login();
    const answer = await boot(token, { ...base, key_name: 'demo-key', security_groups: [{ name: 'web' }] });
    expect(answer.status).toBe(202);
    expect(Object.keys(get(answer.body, 'server') as object).sort()).toEqual(['OS-DCF:diskConfig', 'adminPass', 'id', 'links', 'security_groups']);
    const id = String(get(answer.body, 'server', 'id'));
    const url = `${t.compute}/servers/${id}`;
    expect(get((await call('GET', url, { token })).body, 'server', 'status')).toBe('BUILD');
    t.cloud.advance(5000);
    const active = await call('GET', url, { token });
    expect(get(active.body, 'server', 'status')).toBe('ACTIVE');
    expect(get(active.body, 'server', 'addresses', 'private-net', 0, 'addr')).toBe('10.0.0.2');
    const ports = await call('GET', `${t.network}/ports?device_id=${id}`, { token });
    expect(list(ports.body, 'ports')).toHaveLength(1);
  });

  it('boots from a volume snapshot: Cinder gets a bootable volume made from it', async () => {
    const token = await t.login();
    const answer = await boot(token, {
      ...base,
      imageRef: undefined,
      block_device_mapping_v2: [
        { source_type: 'snapshot', uuid: seedIds.volumeSnapshots.volApp1RootSnap, destination_type: 'volume', boot_index: 0, delete_on_termination: true },
      ],
    });
    expect(answer.status).toBe(202);
    const id = String(get(answer.body, 'server', 'id'));
    t.cloud.advance(5000);
    const server = await call('GET', `${t.compute}/servers/${id}`, { token });
    expect(get(server.body, 'server', 'image')).toBe('');
    const volumes = await call('GET', `${t.volume(seedIds.projects.demo)}/volumes/detail?snapshot_id=${seedIds.volumeSnapshots.volApp1RootSnap}`, { token });
    const made = list(volumes.body, 'volumes');
    expect(made).toHaveLength(1);
    expect(made[0]).toMatchObject({ status: 'in-use', bootable: 'true', size: 20 });
    expect(get(made[0], 'attachments', 0, 'server_id')).toBe(id);
    // Deleting the server removes the delete_on_termination volume.
    expect((await call('DELETE', `${t.compute}/servers/${id}`, { token })).status).toBe(204);
    expect(get((await call('GET', `${t.compute}/servers/${id}`, { token })).body, 'server', 'OS-EXT-STS:task_state')).toBe('deleting');
    t.cloud.advance(2000);
    expect((await call('GET', `${t.compute}/servers/${id}`, { token })).status).toBe(404);
    const gone = await call('GET', `${t.volume(seedIds.projects.demo)}/volumes/detail?snapshot_id=${seedIds.volumeSnapshots.volApp1RootSnap}`, { token });
    expect(list(gone.body, 'volumes')).toHaveLength(0);
  });

  it('boots from a volume-backed snapshot image (its BDMs become volumes)', async () => {
    const token = await t.login();
    const answer = await boot(token, { ...base, imageRef: seedIds.images.volApp1Snap, flavorRef: seedIds.flavors.small });
    expect(answer.status).toBe(202);
    const id = String(get(answer.body, 'server', 'id'));
    expect(t.cloud.db.compute.servers[id]?.volumes_attached.map((a) => t.cloud.db.volume.volumes[a.id]?.snapshot_id)).toEqual([
      seedIds.volumeSnapshots.volApp1SnapBacking,
    ]);
  });

  it('ends in ERROR with a fault when the build is made to fail, or when Cinder has no room', async () => {
    const token = await t.login();
    t.cloud.scenarios.failNextServerBuild();
    const failed = String(get((await boot(token, base)).body, 'server', 'id'));
    t.cloud.scenarios.setQuota('volume', 'gigabytes', 150);
    const noRoom = String(get((await boot(token, { ...base, imageRef: undefined, block_device_mapping_v2: [{ source_type: 'image', uuid: seedIds.images.cirros, destination_type: 'volume', boot_index: 0, volume_size: 10 }] })).body, 'server', 'id'));
    t.cloud.advance(5000);
    const a = await call('GET', `${t.compute}/servers/${failed}`, { token });
    expect(get(a.body, 'server', 'status')).toBe('ERROR');
    expect(get(a.body, 'server', 'fault', 'message')).toBe('No valid host was found. There are not enough hosts available.');
    const b = await call('GET', `${t.compute}/servers/${noRoom}`, { token });
    expect(get(b.body, 'server', 'status')).toBe('ERROR');
    expect(String(get(b.body, 'server', 'fault', 'message'))).toContain('VolumeSizeExceedsAvailableQuota');
  });

  it('stops, starts, pauses and unpauses through task states', async () => {
    const token = await t.login();
    const act = (id: string, body: unknown) => call('POST', `${t.compute}/servers/${id}/action`, { token, body });
    const state = async (id: string) => {
      const s = await call('GET', `${t.compute}/servers/${id}`, { token });
      return [get(s.body, 'server', 'status'), get(s.body, 'server', 'OS-EXT-STS:task_state')];
    };
    expect((await act(seedIds.servers.web1, { 'os-stop': null })).status).toBe(202);
    expect(await state(seedIds.servers.web1)).toEqual(['ACTIVE', 'powering-off']);
    expect((await act(seedIds.servers.web1, { 'os-stop': null })).status).toBe(409);
    t.cloud.advance(2000);
    expect(await state(seedIds.servers.web1)).toEqual(['SHUTOFF', null]);
    expect((await act(seedIds.servers.db1, { 'os-start': null })).status).toBe(202);
    t.cloud.advance(2000);
    expect(await state(seedIds.servers.db1)).toEqual(['ACTIVE', null]);
    expect((await act(seedIds.servers.worker1, { unpause: null })).status).toBe(202);
    t.cloud.advance(2000);
    expect(await state(seedIds.servers.worker1)).toEqual(['ACTIVE', null]);
    expect((await act(seedIds.servers.worker1, { reboot: {} })).status).toBe(400);
  });
});

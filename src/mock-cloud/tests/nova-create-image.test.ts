// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { seedIds } from '../index';
import { call, get, list, serveMockCloud } from './helpers';

const t = serveMockCloud();
const v245 = { 'OpenStack-API-Version': 'compute 2.45' };
const action = (id: string) => `${t.compute}/servers/${id}/action`;

describe('createImage of an image-backed server', () => {
  it('walks the task states while the image goes queued → saving → active', async () => {
    const token = await t.login();
    const answer = await call('POST', action(seedIds.servers.web1), {
      token,
      headers: v245,
      body: { createImage: { name: 'web-1-manual', metadata: { purpose: 'test' } } },
    });
    expect(answer.status).toBe(202);
    const imageId = String(get(answer.body, 'image_id'));
    expect(answer.headers.get('Location')).toBeNull();

    const observe = async () => {
      const server = await call('GET', `${t.compute}/servers/${seedIds.servers.web1}`, { token });
      const image = await call('GET', `${t.image}/v2/images/${imageId}`, { token });
      return [get(server.body, 'server', 'status'), get(server.body, 'server', 'OS-EXT-STS:task_state'), get(image.body, 'status')];
    };
    const seen = [await observe()];
    for (const step of [1000, 2000, 2000, 5000]) {
      t.cloud.advance(step);
      seen.push(await observe());
    }
    expect(seen).toEqual([
      ['ACTIVE', 'image_snapshot_pending', 'queued'],
      ['ACTIVE', 'image_snapshot', 'queued'],
      ['ACTIVE', 'image_pending_upload', 'saving'],
      ['ACTIVE', 'image_uploading', 'saving'],
      ['ACTIVE', null, 'active'],
    ]);
    const image = await call('GET', `${t.image}/v2/images/${imageId}`, { token });
    expect(image.body).toMatchObject({
      name: 'web-1-manual',
      visibility: 'private',
      owner: seedIds.projects.demo,
      min_disk: 20,
      image_type: 'snapshot',
      instance_uuid: seedIds.servers.web1,
      base_image_ref: seedIds.images.cirros,
      user_id: seedIds.users.demo,
      owner_user_name: 'demo',
      owner_project_name: 'demo',
      boot_roles: 'member,reader',
      image_location: 'snapshot',
      image_state: 'available',
      owner_id: seedIds.projects.demo,
      os_distro: 'cirros',
      purpose: 'test',
    });
    expect(get(image.body, 'size')).toBeGreaterThan(0);
    const found = await call('GET', `${t.image}/v2/images?image_type=snapshot&instance_uuid=${seedIds.servers.web1}`, { token });
    expect(list(found.body, 'images').map((i) => i['id'])).toContain(imageId);
  });

  it('answers 409 while a snapshot is running, and for a BUILD server', async () => {
    const token = await t.login();
    const body = { createImage: { name: 'one' } };
    expect((await call('POST', action(seedIds.servers.web1), { token, headers: v245, body })).status).toBe(202);
    const busy = await call('POST', action(seedIds.servers.web1), { token, headers: v245, body });
    expect(busy.status).toBe(409);
    expect(busy.body).toEqual({
      conflictingRequest: {
        code: 409,
        message: `Cannot 'createImage' instance ${seedIds.servers.web1} while it is in task_state image_snapshot_pending`,
      },
    });
    const building = await call('POST', action(seedIds.servers.builder1), { token, body });
    expect(get(building.body, 'conflictingRequest', 'message')).toBe(
      `Cannot 'createImage' instance ${seedIds.servers.builder1} while it is in vm_state building`,
    );
    t.cloud.advance(10_000);
    expect((await call('POST', action(seedIds.servers.web1), { token, headers: v245, body })).status).toBe(202);
  });

  it('returns the image in a Location header below 2.45, and snapshots SHUTOFF and PAUSED servers', async () => {
    const token = await t.login();
    const old = await call('POST', action(seedIds.servers.db1), { token, body: { createImage: { name: 'db-1-now' } } });
    expect(old.status).toBe(202);
    expect(old.text).toBe('');
    expect(old.headers.get('Location')).toMatch(/^http:\/\/cloud\.test\/image\/v2\/images\/[0-9a-f-]{36}$/);
    const paused = await call('POST', action(seedIds.servers.worker1), { token, headers: v245, body: { createImage: { name: 'w' } } });
    expect(paused.status).toBe(202);
    const noName = await call('POST', action(seedIds.servers.worker1), { token, headers: v245, body: { createImage: {} } });
    expect(noName.status).toBe(400);
  });
});

describe('createImage of a volume-backed server', () => {
  it('makes a 0-byte active image whose block_device_mapping names new Cinder snapshots', async () => {
    const token = await t.login();
    const answer = await call('POST', action(seedIds.servers.volDb1), { token, headers: v245, body: { createImage: { name: 'vol-db-1-snap' } } });
    expect(answer.status).toBe(202);
    const imageId = String(get(answer.body, 'image_id'));
    const image = await call('GET', `${t.image}/v2/images/${imageId}`, { token });
    expect(image.body).toMatchObject({ status: 'active', size: 0, bdm_v2: 'True', root_device_name: '/dev/vda', base_image_ref: '' });
    expect(get(image.body, 'image_type')).toBeUndefined();
    expect(get(image.body, 'instance_uuid')).toBeUndefined();
    const bdmText = get(image.body, 'block_device_mapping');
    expect(typeof bdmText).toBe('string');
    const bdms = JSON.parse(String(bdmText)) as Array<Record<string, unknown>>;
    expect(bdms.map((b) => [b['source_type'], b['destination_type'], b['boot_index'], b['volume_size']])).toEqual([
      ['snapshot', 'volume', 0, 40],
      ['snapshot', 'volume', null, 10],
    ]);
    const server = await call('GET', `${t.compute}/servers/${seedIds.servers.volDb1}`, { token });
    expect(get(server.body, 'server', 'OS-EXT-STS:task_state')).toBeNull();
    const snapshots = await call('GET', `${t.volume(seedIds.projects.demo)}/snapshots/detail?name=snapshot for vol-db-1-snap`, { token });
    const rows = list(snapshots.body, 'snapshots');
    expect(rows.map((s) => s['id']).sort()).toEqual(bdms.map((b) => b['snapshot_id']).sort());
    expect(rows.every((s) => s['status'] === 'creating')).toBe(true);
    t.cloud.advance(2000);
    const later = await call('GET', `${t.volume(seedIds.projects.demo)}/snapshots/detail?name=snapshot for vol-db-1-snap`, { token });
    expect(list(later.body, 'snapshots').every((s) => s['status'] === 'available')).toBe(true);
  });

  it('refuses PAUSED volume-backed servers and a full Cinder snapshot quota with Nova’s 403', async () => {
    const token = await t.login();
    expect((await call('POST', action(seedIds.servers.volApp1), { token, body: { pause: null } })).status).toBe(202);
    t.cloud.advance(2000);
    const paused = await call('POST', action(seedIds.servers.volApp1), { token, headers: v245, body: { createImage: { name: 'p' } } });
    expect(get(paused.body, 'conflictingRequest', 'message')).toBe(
      `Cannot 'createImage' instance ${seedIds.servers.volApp1} while it is in vm_state paused`,
    );
    const over = async () => call('POST', action(seedIds.servers.volDb1), { token, headers: v245, body: { createImage: { name: 'x' } } });
    t.cloud.scenarios.setQuota('volume', 'snapshots', 7);
    const count = await over();
    expect(count.status).toBe(403);
    expect(count.body).toEqual({ forbidden: { code: 403, message: 'Quota exceeded for resources: snapshots' } });
    t.cloud.scenarios.setQuota('volume', 'snapshots', 10);
    t.cloud.scenarios.setQuota('volume', 'gigabytes', 160);
    const gigabytes = await over();
    expect(gigabytes.status).toBe(403);
    expect(String(get(gigabytes.body, 'forbidden', 'message'))).toContain(
      'VolumeSizeExceedsAvailableQuota: Requested volume or snapshot exceeds allowed gigabytes quota. Requested 50G, quota is 160G and 145G has been consumed.',
    );
  });
});

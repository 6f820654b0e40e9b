// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { seedIds } from '../index';
import { call, get, list, serveMockCloud } from './helpers';

const t = serveMockCloud();
const demo = seedIds.projects.demo;
const snaps = seedIds.volumeSnapshots;
const v = (minor: number) => ({ 'OpenStack-API-Version': `volume 3.${minor}` });

describe('cinder: versions, microversions and the project in the URL', () => {
  it('lists versions with 300 (3.0 … 3.70) and negotiates', async () => {
    const root = await call('GET', `${t.cloud.baseUrl}/volume/`);
    expect(root.status).toBe(300);
    expect(get(root.body, 'versions', 0)).toMatchObject({ id: 'v3.0', version: '3.70', min_version: '3.0' });
    const token = await t.login();
    const url = `${t.volume(demo)}/snapshots/detail`;
    const plain = await call('GET', url, { token });
    expect(plain.headers.get('OpenStack-API-Version')).toBe('volume 3.0');
    expect(get(plain.body, 'snapshots', 0, 'group_snapshot_id')).toBeUndefined();
    const newer = await call('GET', url, { token, headers: v(65) });
    expect(newer.headers.get('OpenStack-API-Version')).toBe('volume 3.65');
    expect(get(newer.body, 'snapshots', 0)).toMatchObject({ consumes_quota: true, user_id: seedIds.users.demo });
    expect(get(newer.body, 'snapshots', 0)).toHaveProperty('group_snapshot_id');
    const tooNew = await call('GET', url, { token, headers: v(71) });
    expect(tooNew.status).toBe(406);
    expect(get(tooNew.body, 'computeFault', 'code')).toBe(406);
  });

  it('refuses another project’s id in the URL', async () => {
    const token = await t.login();
    const answer = await call('GET', `${t.volume(seedIds.projects.admin)}/volumes/detail`, { token });
    expect(answer.status).toBe(400);
    expect(answer.body).toEqual({ badRequest: { code: 400, message: 'Malformed request url' } });
  });
});

describe('cinder: snapshots', () => {
  it('pages with snapshots_links and filters by status, name and volume', async () => {
    t.cloud.scenarios.withVolumeSnapshots(25);
    const token = await t.login();
    let url: string | undefined = `${t.volume(demo)}/snapshots/detail?limit=10`;
    const ids: string[] = [];
    let pages = 0;
    while (url) {
      const page = await call('GET', url, { token });
      pages += 1;
      ids.push(...list(page.body, 'snapshots').map((s) => String(s['id'])));
      const next = get(page.body, 'snapshots_links', 0, 'href');
      url = typeof next === 'string' ? next : undefined;
    }
    expect(pages).toBe(4);
    expect(new Set(ids).size).toBe(31);
    const errors = await call('GET', `${t.volume(demo)}/snapshots/detail?status=error`, { token });
    expect(list(errors.body, 'snapshots').map((s) => s['name'])).toEqual(['data-snap-err']);
    const ofRoot = await call('GET', `${t.volume(demo)}/snapshots?volume_id=${seedIds.volumes.volApp1Root}`, { token });
    expect(list(ofRoot.body, 'snapshots').map((s) => s['name']).sort()).toEqual(['snapshot for vol-app-1-snap', 'vol-app-1-root-snap']);
    const bad = await call('GET', `${t.volume(demo)}/snapshots?colour=red`, { token });
    expect(bad.status).toBe(400);
  });

  it('says which list filters it takes (3.33+), and refuses name~ as Cinder does by default', async () => {
    const token = await t.login();
    const filters = await call('GET', `${t.volume(demo)}/resource_filters?resource=snapshot`, { token, headers: v(70) });
    expect(filters.body).toEqual({
      resource_filters: [{ resource: 'snapshot', filters: ['name', 'status', 'volume_id', 'metadata', 'availability_zone', 'consumes_quota'] }],
    });
    expect((await call('GET', `${t.volume(demo)}/resource_filters`, { token, headers: v(32) })).status).toBe(404);
    const like = await call('GET', `${t.volume(demo)}/snapshots/detail?name~=snap`, { token, headers: v(70) });
    expect(like.status).toBe(400);
    expect(get(like.body, 'badRequest', 'message')).toBe('Invalid filters name~ are found in query options.');
  });

  it('deleting a snapshot with a dependent volume: 202, deleting, then available again with a user message', async () => {
    const token = await t.login();
    const url = `${t.volume(demo)}/snapshots/${snaps.dataSnap1}`;
    const dependents = await call('GET', `${t.volume(demo)}/volumes/detail?snapshot_id=${snaps.dataSnap1}`, { token });
    expect(list(dependents.body, 'volumes').map((x) => x['name'])).toEqual(['restored-from-snap']);
    const answer = await call('DELETE', url, { token });
    expect(answer.status).toBe(202);
    expect(get((await call('GET', url, { token })).body, 'snapshot', 'status')).toBe('deleting');
    t.cloud.advance(2000);
    expect(get((await call('GET', url, { token })).body, 'snapshot', 'status')).toBe('available');
    expect((await call('GET', `${t.volume(demo)}/messages`, { token })).status).toBe(404);
    const messages = await call('GET', `${t.volume(demo)}/messages?resource_uuid=${snaps.dataSnap1}`, { token, headers: v(3) });
    expect(list(messages.body, 'messages')).toHaveLength(1);
    expect(get(messages.body, 'messages', 0)).toMatchObject({
      message_level: 'ERROR',
      resource_type: 'VOLUME_SNAPSHOT',
      resource_uuid: snaps.dataSnap1,
      user_message: 'delete snapshot: Snapshot is busy.',
      event_id: 'VOLUME_VOLUME_SNAPSHOT_010_015',
    });
  });

  it('deletes a free snapshot; refuses group members and busy ones with 400', async () => {
    const token = await t.login();
    const url = `${t.volume(demo)}/snapshots/${snaps.dataSnap2}`;
    expect((await call('DELETE', url, { token })).status).toBe(202);
    expect((await call('DELETE', url, { token })).status).toBe(400);
    t.cloud.advance(2000);
    const gone = await call('GET', url, { token });
    expect(gone.status).toBe(404);
    expect(gone.body).toEqual({ itemNotFound: { code: 404, message: `Snapshot ${snaps.dataSnap2} could not be found.` } });
    const group = await call('DELETE', `${t.volume(demo)}/snapshots/${snaps.groupSnap1}`, { token });
    expect(group.body).toEqual({
      badRequest: { code: 400, message: 'Invalid snapshot: Volume Snapshot status must be available or error and must not be part of a group.' },
    });
    expect((await call('DELETE', `${t.volume(demo)}/snapshots/${snaps.dataSnapErr}`, { token })).status).toBe(202);
  });

  it('creates snapshots until the quota answers 413 overLimit with Retry-After', async () => {
    const token = await t.login();
    const create = (volumeId: string) =>
      call('POST', `${t.volume(demo)}/snapshots`, { token, body: { snapshot: { volume_id: volumeId, name: 'more', force: true } } });
    const made = await create(seedIds.volumes.volDb1Root);
    expect(made.status).toBe(202);
    expect(get(made.body, 'snapshot', 'status')).toBe('creating');
    t.cloud.advance(2000);
    expect(get((await call('GET', `${t.volume(demo)}/snapshots/${String(get(made.body, 'snapshot', 'id'))}`, { token })).body, 'snapshot', 'status')).toBe('available');
    const gb = await create(seedIds.volumes.volDb1Root);
    expect(gb.status).toBe(413);
    expect(gb.headers.get('Retry-After')).toBe('0');
    expect(gb.body).toEqual({
      overLimit: {
        code: 413,
        message: 'VolumeSizeExceedsAvailableQuota: Requested volume or snapshot exceeds allowed gigabytes quota. Requested 40G, quota is 200G and 185G has been consumed.',
        retryAfter: '0',
      },
    });
    for (let i = 0; i < 3; i++) expect((await create(seedIds.volumes.spareBoot)).status).toBe(202);
    const count = await create(seedIds.volumes.spareBoot);
    expect(count.status).toBe(413);
    expect(get(count.body, 'overLimit', 'message')).toBe('SnapshotLimitExceeded: Maximum number of snapshots allowed (10) exceeded');
    const inUse = await call('POST', `${t.volume(demo)}/snapshots`, { token, body: { snapshot: { volume_id: seedIds.volumes.volDb1Data } } });
    expect(inUse.status).toBe(400);
  });

  it('renames a snapshot', async () => {
    const token = await t.login();
    const answer = await call('PUT', `${t.volume(demo)}/snapshots/${snaps.dataSnap2}`, { token, body: { snapshot: { name: 'renamed', description: 'd' } } });
    expect(get(answer.body, 'snapshot')).toMatchObject({ name: 'renamed', description: 'd' });
  });
});

describe('cinder: volumes and quotas', () => {
  it('shows volumes with a string bootable and filters on it', async () => {
    const token = await t.login();
    const boot = await call('GET', `${t.volume(demo)}/volumes/detail?bootable=true&status=available`, { token });
    expect(list(boot.body, 'volumes').map((x) => x['name']).sort()).toEqual(['restored-from-snap', 'spare-boot']);
    expect(get(boot.body, 'volumes', 0, 'bootable')).toBe('true');
    const root = await call('GET', `${t.volume(demo)}/volumes/${seedIds.volumes.volApp1Root}`, { token });
    expect(get(root.body, 'volume', 'attachments', 0, 'server_id')).toBe(seedIds.servers.volApp1);
    expect(get(root.body, 'volume', 'volume_image_metadata', 'image_id')).toBe(seedIds.images.ubuntu);
  });

  it('creates a volume from a snapshot (size ≥ the snapshot) and refuses to delete a volume with snapshots', async () => {
    const token = await t.login();
    const small = await call('POST', `${t.volume(demo)}/volumes`, { token, body: { volume: { snapshot_id: snaps.volApp1RootSnap, size: 10 } } });
    expect(small.status).toBe(400);
    const made = await call('POST', `${t.volume(demo)}/volumes`, { token, body: { volume: { snapshot_id: snaps.volApp1RootSnap, name: 'from-snap' } } });
    expect(made.status).toBe(202);
    expect(get(made.body, 'volume')).toMatchObject({ status: 'creating', size: 20, bootable: 'true', snapshot_id: snaps.volApp1RootSnap });
    t.cloud.advance(2000);
    const id = String(get(made.body, 'volume', 'id'));
    expect(get((await call('GET', `${t.volume(demo)}/volumes/${id}`, { token })).body, 'volume', 'status')).toBe('available');
    const withSnaps = await call('DELETE', `${t.volume(demo)}/volumes/${seedIds.volumes.spareBoot}`, { token });
    expect(withSnaps.status).toBe(400);
    expect(String(get(withSnaps.body, 'badRequest', 'message'))).toContain('have snapshots');
    expect((await call('DELETE', `${t.volume(demo)}/volumes/${id}`, { token })).status).toBe(202);
    t.cloud.advance(2000);
    expect((await call('GET', `${t.volume(demo)}/volumes/${id}`, { token })).status).toBe(404);
  });

  it('counts quota usage from the state (gigabytes = volumes + snapshots)', async () => {
    const token = await t.login();
    const quota = await call('GET', `${t.volume(demo)}/os-quota-sets/${demo}?usage=True`, { token });
    expect(get(quota.body, 'quota_set')).toMatchObject({
      id: demo,
      volumes: { in_use: 5, limit: 10, reserved: 0 },
      snapshots: { in_use: 6, limit: 10, reserved: 0 },
      gigabytes: { in_use: 145, limit: 200, reserved: 0 },
      snapshots___DEFAULT__: { in_use: 6, limit: -1, reserved: 0 },
    });
    const limits = await call('GET', `${t.volume(demo)}/limits`, { token });
    expect(get(limits.body, 'limits', 'absolute')).toMatchObject({ maxTotalSnapshots: 10, totalSnapshotsUsed: 6, totalGigabytesUsed: 145, maxTotalVolumeGigabytes: 200 });
    const types = await call('GET', `${t.volume(demo)}/types`, { token });
    expect(get(types.body, 'volume_types', 0, 'name')).toBe('__DEFAULT__');
  });
});

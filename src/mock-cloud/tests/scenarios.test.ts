// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { createMockCloud, seedIds } from '../index';
import { call, get, list, T0, serveMockCloud } from './helpers';

const t = serveMockCloud();

describe('scenarios', () => {
  it('failNextImageDelete fails once, in Glance’s format, then the cloud behaves', async () => {
    const token = await t.login();
    t.cloud.scenarios.failNextImageDelete(409);
    const url = `${t.image}/v2/images/${seedIds.images.web1SnapNightly}`;
    const failed = await call('DELETE', url, { token });
    expect(failed.status).toBe(409);
    expect(get(failed.body, 'code')).toBe('409 Conflict');
    expect((await call('DELETE', url, { token })).status).toBe(204);
  });

  it('failNextSnapshotDelete and failNext with a body and times', async () => {
    const token = await t.login();
    t.cloud.scenarios.failNextSnapshotDelete(500);
    const failed = await call('DELETE', `${t.volume(seedIds.projects.demo)}/snapshots/${seedIds.volumeSnapshots.dataSnap2}`, { token });
    expect(failed.status).toBe(500);
    expect(get(failed.body, 'computeFault', 'code')).toBe(500);
    t.cloud.scenarios.failNext({ service: 'compute', method: 'GET', path: '/v2.1/servers/detail', status: 503, body: { oops: true }, times: 2 });
    expect((await call('GET', `${t.compute}/servers/detail`, { token })).body).toEqual({ oops: true });
    expect((await call('GET', `${t.compute}/servers/detail`, { token })).status).toBe(503);
    expect((await call('GET', `${t.compute}/servers/detail`, { token })).status).toBe(200);
  });

  it('offline answers with a network error, and recovers', async () => {
    const token = await t.login();
    t.cloud.scenarios.offline(true);
    await expect(fetch(`${t.compute}/servers`, { headers: { 'X-Auth-Token': token } })).rejects.toBeInstanceOf(TypeError);
    t.cloud.scenarios.offline(false);
    expect((await call('GET', `${t.compute}/servers`, { token })).status).toBe(200);
  });

  it('holdRequests keeps matching requests unanswered until released; others answer', async () => {
    const token = await t.login();
    const release = t.cloud.scenarios.holdRequests({ service: 'image', method: 'GET', path: /^\/v2\/images$/ });
    let answered = false;
    const listing = call('GET', `${t.image}/v2/images?status=active`, { token }).then((answer) => {
      answered = true;
      return answer;
    });
    expect((await call('GET', `${t.image}/v2/images/${seedIds.images.web1SnapNightly}`, { token })).status).toBe(200);
    expect(answered).toBe(false);
    release();
    expect((await listing).status).toBe(200);
    expect((await call('GET', `${t.image}/v2/images`, { token })).status).toBe(200);
  });

  it('slowCloud delays every answer', async () => {
    t.cloud.scenarios.slowCloud(30);
    const started = performance.now();
    await call('GET', `${t.cloud.baseUrl}/compute/`);
    expect(performance.now() - started).toBeGreaterThanOrEqual(25);
    t.cloud.scenarios.slowCloud(0);
  });

  it('chaos is reproducible for a seed and spares Keystone', async () => {
    const run = async () => {
      t.cloud.reset();
      const token = await t.login();
      t.cloud.scenarios.chaos({ errorRate: 0.5, maxLatencyMs: 0, seed: 42 });
      const statuses: number[] = [];
      for (let i = 0; i < 12; i++) statuses.push((await call('GET', `${t.compute}/servers`, { token })).status);
      expect(await t.login()).toBeTruthy();
      return statuses;
    };
    const first = await run();
    expect(first).toContain(503);
    expect(first).toContain(200);
    expect(await run()).toEqual(first);
  });

  it('withServers / withVolumeSnapshots number their items and continue the series', async () => {
    t.cloud.scenarios.withServers(2);
    const more = t.cloud.scenarios.withServers(1);
    expect(t.cloud.db.compute.servers[more[0] ?? '']?.name).toBe('bulk-server-0003');
    const snapshots = t.cloud.scenarios.withVolumeSnapshots(2);
    expect(snapshots.map((id) => t.cloud.db.volume.snapshots[id]?.name)).toEqual(['bulk-snapshot-0001', 'bulk-snapshot-0002']);
  });

  it('the request log records method, url and virtual time', async () => {
    t.cloud.clearRequestLog();
    await call('GET', `${t.cloud.baseUrl}/image/`);
    expect(t.cloud.requestLog).toEqual([{ method: 'GET', url: 'http://cloud.test/image/', at: T0 }]);
  });
});

describe('state', () => {
  it('two fresh clouds answer identically (ids, tokens, bodies)', async () => {
    const answers: string[] = [];
    for (let i = 0; i < 2; i++) {
      t.cloud.reset();
      const token = await t.login();
      const created = await call('POST', `${t.compute}/servers/${seedIds.servers.web1}/action`, {
        token,
        headers: { 'OpenStack-API-Version': 'compute 2.45' },
        body: { createImage: { name: 'same' } },
      });
      const images = await call('GET', `${t.image}/v2/images`, { token });
      answers.push(JSON.stringify([token, created.body, images.body]));
    }
    expect(answers[1]).toBe(answers[0]);
    const a = createMockCloud({ now: () => T0 });
    const b = createMockCloud({ now: () => T0 });
    expect(a.exportState()).toBe(b.exportState());
  });

  it('exports and imports the whole state, tokens and virtual time included', async () => {
    const token = await t.login();
    await call('POST', `${t.compute}/servers/${seedIds.servers.web1}/action`, { token, body: { createImage: { name: 'kept' } } });
    t.cloud.advance(4000);
    const saved = t.cloud.exportState();
    t.cloud.reset();
    expect((await call('GET', `${t.compute}/servers`, { token })).status).toBe(401);
    t.cloud.importState(saved);
    const kept = await call('GET', `${t.image}/v2/images?name=kept`, { token });
    expect(get(kept.body, 'images', 0, 'status')).toBe('saving');
    t.cloud.advance(6000);
    const done = await call('GET', `${t.image}/v2/images?name=kept`, { token });
    expect(get(done.body, 'images', 0, 'status')).toBe('active');
    expect(() => t.cloud.importState('{"nope":1}')).toThrow(/importState/);
  });

  it('reset goes back to the seed', async () => {
    const token = await t.login();
    await call('DELETE', `${t.image}/v2/images/${seedIds.images.web1SnapNightly}`, { token });
    t.cloud.reset();
    const again = await t.login();
    const images = await call('GET', `${t.image}/v2/images?name=web-1-snap-nightly`, { token: again });
    expect(list(images.body, 'images')).toHaveLength(1);
  });

  it('timeScale shortens lifecycles', async () => {
    const fast = createMockCloud({ now: () => T0, timeScale: 0.1 });
    fast.advance(1500);
    expect(fast.db.compute.servers[seedIds.servers.builder1]?.vm_state).toBe('active');
  });

  it('the empty seed has users, projects and flavors only', () => {
    const empty = createMockCloud({ seed: 'empty', now: () => T0 });
    expect(Object.keys(empty.db.compute.flavors)).toHaveLength(5);
    expect(Object.keys(empty.db.identity.users)).toHaveLength(2);
    expect(Object.keys(empty.db.image.images)).toHaveLength(0);
    expect(Object.keys(empty.db.compute.servers)).toHaveLength(0);
  });
});

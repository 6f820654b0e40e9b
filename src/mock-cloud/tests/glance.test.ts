// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { seedIds } from '../index';
import { call, get, list, serveMockCloud } from './helpers';

const t = serveMockCloud();
const patchType = { 'Content-Type': 'application/openstack-images-v2.1-json-patch' };

async function allNames(token: string, firstUrl: string): Promise<{ names: string[]; pages: number }> {
  const names: string[] = [];
  let url: string | undefined = firstUrl;
  let pages = 0;
  while (url) {
    const page = await call('GET', url, { token });
    expect(page.status).toBe(200);
    pages += 1;
    names.push(...list(page.body, 'images').map((i) => String(i['name'])));
    const next = get(page.body, 'next');
    url = typeof next === 'string' ? `${t.image}${next}` : undefined;
  }
  return { names, pages };
}

describe('glance', () => {
  it('lists versions with 300', async () => {
    const answer = await call('GET', `${t.image}/`);
    expect(answer.status).toBe(300);
    expect(get(answer.body, 'versions', 0, 'status')).toBe('CURRENT');
  });

  it('shows public images of other owners, own images, and hides other projects’ private and hidden images', async () => {
    const token = await t.login();
    const answer = await call('GET', `${t.image}/v2/images`, { token });
    const names = list(answer.body, 'images').map((i) => i['name']);
    expect(names).toContain('cirros-0.6.2');
    expect(names).toContain('project-tools');
    expect(names).toContain('broken-upload');
    expect(names).not.toContain('admin-tools');
    expect(names).not.toContain('cirros-0.5.2');
    expect(names).not.toContain('alt-web-1-snap');
    expect(get(answer.body, 'first')).toBe('/v2/images');
    expect(get(answer.body, 'schema')).toBe('/v2/schemas/images');
    expect(get(answer.body, 'next')).toBeUndefined();
    const hidden = await call('GET', `${t.image}/v2/images?os_hidden=true`, { token });
    expect(list(hidden.body, 'images').map((i) => i['name'])).toEqual(['cirros-0.5.2']);
  });

  it('pages with limit/marker and a relative next that keeps the query', async () => {
    t.cloud.scenarios.withImages(60);
    const token = await t.login();
    const first = await call('GET', `${t.image}/v2/images?image_type=snapshot&limit=25&sort=name:asc`, { token });
    const next = String(get(first.body, 'next'));
    expect(next).toMatch(/^\/v2\/images\?image_type=snapshot&limit=25&sort=name%3Aasc&marker=[0-9a-f-]{36}$/);
    const { names, pages } = await allNames(token, `${t.image}/v2/images?image_type=snapshot&limit=25&sort=name:asc`);
    expect(pages).toBe(3);
    expect(names).toHaveLength(64);
    expect(names.slice(0, 3)).toEqual(['bulk-image-0001', 'bulk-image-0002', 'bulk-image-0003']);
    expect(new Set(names).size).toBe(64);
    // Exactly `limit` rows → a next link that leads to an empty page, as Glance does.
    const exact = await allNames(token, `${t.image}/v2/images?image_type=snapshot&limit=16&sort=name:asc`);
    expect(exact.pages).toBe(5);
  });

  it('filters by custom property, id=in:, status=in:, owner and protected', async () => {
    const token = await t.login();
    const q = async (query: string) =>
      list((await call('GET', `${t.image}/v2/images?${query}`, { token })).body, 'images').map((i) => i['name']).sort();
    expect(await q(`instance_uuid=${seedIds.servers.web1}`)).toEqual(['web-1-snap-golden', 'web-1-snap-inflight', 'web-1-snap-nightly']);
    expect(await q(`id=in:${seedIds.images.cirros},${seedIds.images.projectTools}`)).toEqual(['cirros-0.6.2', 'project-tools']);
    expect(await q('status=in:saving,killed')).toEqual(['broken-upload', 'web-1-snap-inflight']);
    expect(await q('protected=true')).toEqual(['web-1-snap-golden']);
    expect(await q(`owner=${seedIds.projects.admin}`)).toEqual(['cirros-0.6.2', 'ubuntu-24.04']);
    expect(await q('visibility=public')).toEqual(['cirros-0.6.2', 'ubuntu-24.04']);
    expect(await q('name=vol-app-1-snap')).toEqual(['vol-app-1-snap']);
  });

  it('rejects bad limits and markers, clamps large limits', async () => {
    const token = await t.login();
    expect((await call('GET', `${t.image}/v2/images?limit=-1`, { token })).status).toBe(400);
    expect((await call('GET', `${t.image}/v2/images?limit=abc`, { token })).status).toBe(400);
    expect((await call('GET', `${t.image}/v2/images?marker=nope`, { token })).status).toBe(400);
    expect((await call('GET', `${t.image}/v2/images?sort_key=bogus`, { token })).status).toBe(400);
    t.cloud.scenarios.withImages(1100);
    const big = await call('GET', `${t.image}/v2/images?limit=5000`, { token });
    expect(list(big.body, 'images')).toHaveLength(1000);
  });

  it('refuses to delete a protected image with 403, in JSON or HTML by Accept', async () => {
    const token = await t.login();
    const url = `${t.image}/v2/images/${seedIds.images.web1SnapGolden}`;
    const asJson = await call('DELETE', url, { token });
    expect(asJson.status).toBe(403);
    expect(asJson.body).toEqual({
      message: `Image ${seedIds.images.web1SnapGolden} is protected and cannot be deleted.<br /><br />\n\n\n`,
      code: '403 Forbidden',
      title: 'Forbidden',
    });
    const asHtml = await call('DELETE', url, { token, headers: { Accept: '*/*' } });
    expect(asHtml.status).toBe(403);
    expect(asHtml.headers.get('Content-Type')).toContain('text/html');
    expect(asHtml.text).toContain('<title>403 Forbidden</title>');
    expect(asHtml.text).toContain('is protected and cannot be deleted.');
    // Unprotect with the json-patch media type, then delete.
    const wrongType = await call('PATCH', url, { token, body: [{ op: 'replace', path: '/protected', value: false }] });
    expect(wrongType.status).toBe(415);
    const patched = await call('PATCH', url, { token, headers: patchType, body: [{ op: 'replace', path: '/protected', value: false }] });
    expect(patched.status).toBe(200);
    expect(get(patched.body, 'protected')).toBe(false);
    expect((await call('DELETE', url, { token })).status).toBe(204);
    expect((await call('GET', url, { token })).status).toBe(404);
    expect((await call('DELETE', url, { token })).status).toBe(404);
  });

  it('does not let a member delete or modify someone else’s public image', async () => {
    const token = await t.login();
    const url = `${t.image}/v2/images/${seedIds.images.cirros}`;
    expect((await call('DELETE', url, { token })).status).toBe(403);
    expect((await call('PATCH', url, { token, headers: patchType, body: [{ op: 'replace', path: '/name', value: 'x' }] })).status).toBe(403);
    expect((await call('GET', `${t.image}/v2/images/${seedIds.images.adminPrivate}`, { token })).status).toBe(404);
  });

  it('patches names, tags and custom properties; read-only attributes answer 403', async () => {
    const token = await t.login();
    const url = `${t.image}/v2/images/${seedIds.images.web1SnapNightly}`;
    const answer = await call('PATCH', url, {
      token,
      headers: patchType,
      body: [
        { op: 'replace', path: '/name', value: 'renamed' },
        { op: 'add', path: '/tags', value: ['keep'] },
        { op: 'add', path: '/purpose', value: 'audit' },
        { op: 'remove', path: '/image_state' },
        { op: 'replace', path: '/min_ram', value: 256 },
      ],
    });
    expect(answer.status).toBe(200);
    expect(get(answer.body, 'name')).toBe('renamed');
    expect(get(answer.body, 'tags')).toEqual(['keep']);
    expect(get(answer.body, 'purpose')).toBe('audit');
    expect(get(answer.body, 'image_state')).toBeUndefined();
    expect(get(answer.body, 'min_ram')).toBe(256);
    for (const path of ['/id', '/status', '/size', '/checksum', '/owner']) {
      const refused = await call('PATCH', url, { token, headers: patchType, body: [{ op: 'replace', path, value: 'x' }] });
      expect({ path, status: refused.status }).toEqual({ path, status: 403 });
    }
    const missing = await call('PATCH', url, { token, headers: patchType, body: [{ op: 'remove', path: '/nothing-here' }] });
    expect(missing.status).toBe(409);
    const publicize = await call('PATCH', url, { token, headers: patchType, body: [{ op: 'replace', path: '/visibility', value: 'public' }] });
    expect(publicize.status).toBe(403);
    expect(get((await call('GET', url, { token })).body, 'name')).toBe('renamed');
  });

  it('answers usage {} without unified limits, and the usage shape once a quota is set', async () => {
    const token = await t.login();
    expect((await call('GET', `${t.image}/v2/info/usage`, { token })).body).toEqual({ usage: {} });
    t.cloud.scenarios.setQuota('image', 'image_count_total', 20);
    const usage = await call('GET', `${t.image}/v2/info/usage`, { token });
    expect(get(usage.body, 'usage', 'image_count_total')).toEqual({ limit: 20, usage: 7 });
    expect(get(usage.body, 'usage', 'image_count_uploading')).toEqual({ limit: -1, usage: 1 });
  });

  it('the in-flight seed snapshot turns active after ~10 s, with size and checksum', async () => {
    const token = await t.login();
    const url = `${t.image}/v2/images/${seedIds.images.web1SnapInflight}`;
    expect(get((await call('GET', url, { token })).body, 'status')).toBe('saving');
    t.cloud.advance(10_000);
    const done = await call('GET', url, { token });
    expect(get(done.body, 'status')).toBe('active');
    expect(get(done.body, 'size')).toBeGreaterThan(0);
    expect(get(done.body, 'checksum')).toMatch(/^[0-9a-f]{32}$/);
  });

  it('scales: 10 000 snapshots, the first page of 25 comes back with a next link', async () => {
    const ids = t.cloud.scenarios.withImages(10_000);
    expect(ids).toHaveLength(10_000);
    const token = await t.login();
    const page = await call('GET', `${t.image}/v2/images?limit=25&image_type=snapshot`, { token });
    expect(list(page.body, 'images')).toHaveLength(25);
    expect(get(page.body, 'next')).toEqual(expect.stringContaining('marker='));
    const second = await call('GET', `${t.image}${String(get(page.body, 'next'))}`, { token });
    expect(list(second.body, 'images')).toHaveLength(25);
  });
  it('creates a queued image record as Glance does (201, Location, visibility shared) and refuses what Glance refuses', async () => {
    const token = await t.login();
    const made = await call('POST', `${t.image}/v2/images`, { token, body: { name: 'new', disk_format: 'raw', container_format: 'bare', tags: ['a', 'a'], purpose: 'test' } });
    expect(made.status).toBe(201);
    expect(made.body).toMatchObject({ name: 'new', status: 'queued', visibility: 'shared', size: null, tags: ['a'], purpose: 'test', owner: seedIds.projects.demo });
    expect(made.headers.get('Location')).toBe(`${t.image}/v2/images/${String(get(made.body, 'id'))}`);
    const publicImage = await call('POST', `${t.image}/v2/images`, { token, body: { name: 'x', visibility: 'public' } });
    expect(publicImage.status).toBe(403);
    expect(get(publicImage.body, 'message')).toBe('You are not authorized to complete publicize_image action.<br /><br />\n\n\n');
    expect((await call('POST', `${t.image}/v2/images`, { token, body: { name: 'x', status: 'active' } })).status).toBe(403);
    expect((await call('POST', `${t.image}/v2/images`, { token, body: { name: 'x', foo: 1 } })).status).toBe(400);
  });
});

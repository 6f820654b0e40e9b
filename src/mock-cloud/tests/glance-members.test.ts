// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { seedIds } from '../index';
import { call, get, list, serveMockCloud } from './helpers';

const t = serveMockCloud();
const patchType = { 'Content-Type': 'application/openstack-images-v2.1-json-patch' };
const image = seedIds.images.web1SnapNightly;
const members = `${t.image}/v2/images/${image}/members`;
const alt = seedIds.projects.demoAlt;

async function shareWithAlt(owner: string): Promise<void> {
  const shared = await call('PATCH', `${t.image}/v2/images/${image}`, { token: owner, headers: patchType, body: [{ op: 'replace', path: '/visibility', value: 'shared' }] });
  expect(shared.status).toBe(200);
  const added = await call('POST', members, { token: owner, body: { member: alt } });
  expect(added.status).toBe(200);
  expect(get(added.body, 'status')).toBe('pending');
}

async function names(token: string, query: string): Promise<unknown[]> {
  const answer = await call('GET', `${t.image}/v2/images?${query}`, { token });
  return list(answer.body, 'images').map((i) => i['name']);
}

describe('glance image members', () => {
  it('only a shared image has members, and only its owner invites', async () => {
    const owner = await t.login();
    expect((await call('GET', members, { token: owner })).status).toBe(403);
    expect((await call('POST', members, { token: owner, body: { member: alt } })).status).toBe(403);
    await shareWithAlt(owner);
    expect((await call('POST', members, { token: owner, body: { member: alt } })).status).toBe(409);
    const listed = await call('GET', members, { token: owner });
    expect(list(listed.body, 'members').map((m) => [m['member_id'], m['status']])).toEqual([[alt, 'pending']]);
  });

  it('an invited project sees the image only when it asks for pending ones, accepts, and then lists it', async () => {
    const owner = await t.login();
    await shareWithAlt(owner);
    const invited = await t.login('demo', 'demo', 'demo-alt');
    expect(await names(invited, 'visibility=shared')).not.toContain('web-1-snap-nightly');
    expect(await names(invited, '')).not.toContain('web-1-snap-nightly');
    expect(await names(invited, 'visibility=shared&member_status=pending')).toEqual(['web-1-snap-nightly']);

    expect((await call('PUT', `${members}/${alt}`, { token: owner, body: { status: 'accepted' } })).status).toBe(403);
    expect((await call('PUT', `${members}/${alt}`, { token: invited, body: { status: 'maybe' } })).status).toBe(400);
    const accepted = await call('PUT', `${members}/${alt}`, { token: invited, body: { status: 'accepted' } });
    expect(get(accepted.body, 'status')).toBe('accepted');
    expect(await names(invited, 'visibility=shared')).toEqual(['web-1-snap-nightly']);
    expect(await names(invited, '')).toContain('web-1-snap-nightly');
    // A member sees its own membership only and may not remove it.
    expect(list((await call('GET', members, { token: invited })).body, 'members')).toHaveLength(1);
    expect((await call('DELETE', `${members}/${alt}`, { token: invited })).status).toBe(403);
  });

  it('the owner removes a member, and the image leaves that project', async () => {
    const owner = await t.login();
    await shareWithAlt(owner);
    const invited = await t.login('demo', 'demo', 'demo-alt');
    await call('PUT', `${members}/${alt}`, { token: invited, body: { status: 'accepted' } });
    expect((await call('DELETE', `${members}/${alt}`, { token: owner })).status).toBe(204);
    expect(list((await call('GET', members, { token: owner })).body, 'members')).toEqual([]);
    expect((await call('GET', `${t.image}/v2/images/${image}`, { token: invited })).status).toBe(404);
  });
});

import { describe, expect, it } from 'vitest';
import type { Image } from '@/openstack/glance/schemas';
import { imageIdsOf, nameFilterPattern, toInstanceRows } from './instance-rows';
import { serverFixture } from './test/fixtures';
import { listMustPoll, pollWhileMoving, TRANSITION_POLL_MS } from './use-instances-list';

const cirros: Image = { id: 'img-1', name: 'cirros', status: 'active', visibility: 'public', protected: false, size: 1, min_disk: 0, min_ram: 0, created_at: '2025-01-01T00:00:00Z' };

describe('instance rows', () => {
  it('names the image, says a volume-backed server boots from a volume, and tells missing from loading', () => {
    const servers = [serverFixture(), serverFixture({ id: 'srv-2', image: '' }), serverFixture({ id: 'srv-3', image: { id: 'gone' } })];
    expect(imageIdsOf(servers)).toEqual(['img-1', 'gone']);
    const loaded = toInstanceRows(servers, { images: [cirros], imagesComplete: true, flavors: undefined });
    expect(loaded.map((row) => row.image)).toEqual([{ kind: 'image', name: 'cirros' }, { kind: 'volume' }, { kind: 'missing', id: 'gone' }]);
    const stale = toInstanceRows(servers, { images: [cirros], imagesComplete: false, flavors: undefined });
    expect(stale[2]?.image).toEqual({ kind: 'loading' });
    expect(loaded[0]?.flavorName).toBe('m1.small');
  });

  it('looks a flavor up by id before compute 2.47', () => {
    const server = serverFixture({ flavor: { id: '2', links: [] } });
    const [row] = toInstanceRows([server], { images: [], imagesComplete: true, flavors: [{ id: '2', name: 'm1.small', ram: 2048, vcpus: 1, disk: 20 }] });
    expect(row?.flavorName).toBe('m1.small');
  });

  it('escapes the name filter, since Nova reads it as a regular expression', () => {
    expect(nameFilterPattern('  web.1 (a)  ')).toBe('web\\.1 \\(a\\)');
    expect(nameFilterPattern('   ')).toBeUndefined();
  });

  it('polls only while a row has a task or a transitional status', () => {
    expect(pollWhileMoving({ servers: [serverFixture()], nextMarker: null })).toBe(false);
    expect(pollWhileMoving({ servers: [serverFixture({ status: 'BUILD' })], nextMarker: null })).toBe(TRANSITION_POLL_MS);
    expect(pollWhileMoving({ servers: [serverFixture({ 'OS-EXT-STS:task_state': 'image_uploading' })], nextMarker: null })).toBe(TRANSITION_POLL_MS);
    expect(pollWhileMoving(undefined)).toBe(false);
  });

  it('leaves a launched server its watch follows to that watch, and polls for any other movement', () => {
    const building = serverFixture({ id: 'new', status: 'BUILD' });
    const followed = new Set(['new']);
    expect(listMustPoll({ servers: [serverFixture(), building], nextMarker: null }, followed)).toBe(false);
    expect(listMustPoll({ servers: [serverFixture(), building], nextMarker: null }, new Set())).toBe(true);
    const snapshotting = serverFixture({ id: 'other', 'OS-EXT-STS:task_state': 'image_uploading' });
    expect(listMustPoll({ servers: [building, snapshotting], nextMarker: null }, followed)).toBe(true);
    expect(listMustPoll(undefined, followed)).toBe(false);
  });
});

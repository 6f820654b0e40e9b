import type { Image } from '@/openstack/glance/schemas';
import type { Server } from '@/openstack/nova/schemas';
import type { OperationWatch } from '@/cloud/watches/watch-schema';
import { judgeWatch } from './judge-watch';

const watch = (kind: OperationWatch['kind']): OperationWatch => ({
  version: 1,
  scope: 'cloud|RegionOne|demo',
  kind,
  id: kind === 'snapshot' ? 'img-1' : 'srv-1',
  name: 'web-1',
  serverId: 'srv-1',
  startedAt: 1_000_000,
});
const server = (status: string, task: string | null = null) => ({ id: 'srv-1', name: 'web-1', status, 'OS-EXT-STS:task_state': task }) as unknown as Server;
const image = (status: string, created = '2026-12-01T10:00:00Z', updated = '2026-12-01T10:02:10Z') =>
  ({ id: 'img-1', name: 'web-1-snap', status, created_at: created, updated_at: updated }) as unknown as Image;
const now = 1_000_000 + 45_000;

describe('judgeWatch', () => {
  it('follows a snapshot through Nova’s phases and times its end by the cloud’s own clock', () => {
    const snap = watch('snapshot');
    const moving = (task: string | null, status = 'queued') => judgeWatch(snap, { kind: 'snapshot', image: image(status), missing: false, server: server('ACTIVE', task) }, now);
    expect(moving('image_snapshot_pending')).toEqual({ kind: 'moving', phase: 'snapshotting' });
    expect(moving('image_pending_upload')).toEqual({ kind: 'moving', phase: 'waitingToUpload' });
    expect(moving('image_uploading', 'saving')).toEqual({ kind: 'moving', phase: 'uploading' });
    expect(moving(null, 'active')).toEqual({ kind: 'done', elapsedMs: 130_000 });
    expect(moving(null, 'killed')).toEqual({ kind: 'failed', elapsedMs: 45_000, status: 'killed' });
    expect(judgeWatch(snap, { kind: 'snapshot', image: undefined, missing: true, server: undefined }, now)).toEqual({ kind: 'vanished', elapsedMs: 45_000 });
  });

  it('ends a restore or a launch when the server is ACTIVE with no task, or in ERROR', () => {
    for (const kind of ['restore', 'launch'] as const) {
      const read = (status: string, task: string | null = null) => judgeWatch(watch(kind), { kind: 'server', server: server(status, task), missing: false }, now);
      expect(read('REBUILD', 'rebuilding')).toEqual({ kind: 'moving', phase: kind === 'restore' ? 'rebuilding' : 'building' });
      expect(read('ACTIVE', 'rebuild_spawning').kind).toBe('moving');
      expect(read('ACTIVE')).toEqual({ kind: 'done', elapsedMs: 45_000 });
      expect(read('ERROR')).toEqual({ kind: 'failed', elapsedMs: 45_000, status: 'ERROR' });
      expect(judgeWatch(watch(kind), { kind: 'server', server: undefined, missing: true }, now).kind).toBe('vanished');
    }
  });
});

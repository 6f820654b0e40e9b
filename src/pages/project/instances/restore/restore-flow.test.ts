import type { Image } from '@/openstack/glance/schemas';
import type { Server } from '@/openstack/nova/schemas';
import { runRestoreFlow, type RestoreFlowDeps } from './restore-flow';

function fakeServer(status: string, task: string | null): Server {
  return {
    id: 's', name: 'web-1', status, created: '', tenant_id: 'p', user_id: 'u', image: '', flavor: { id: '1', links: [] }, addresses: {},
    'OS-EXT-STS:task_state': task,
  };
}

function fakeImage(status: string): Image {
  return { id: 'safety', name: 'n', status, visibility: 'private', protected: false, size: 1, min_disk: 0, min_ram: 0, created_at: '' };
}

function deps(images: string[], servers: Array<[string, string | null]>, calls: string[]): RestoreFlowDeps {
  return {
    createImage: async () => {
      calls.push('createImage');
      return { imageId: 'safety' };
    },
    readImage: async () => fakeImage(images.shift() ?? 'active'),
    rebuild: async () => {
      calls.push('rebuild');
    },
    readServer: async () => fakeServer(...(servers.shift() ?? ['ACTIVE', null])),
    sleep: async () => undefined,
    now: () => 0,
  };
}

describe('runRestoreFlow', () => {
  it('rebuilds only once the safety snapshot is active, then follows the rebuild phases', async () => {
    const calls: string[] = [];
    const tasks: Array<string | null> = [];
    const result = await runRestoreFlow(
      { safetySnapshot: true },
      deps(['queued', 'saving', 'active'], [['ACTIVE', null], ['REBUILD', 'rebuilding'], ['REBUILD', 'rebuild_spawning'], ['ACTIVE', null]], calls),
      (state) => tasks.push(state.task),
    );
    expect(calls).toEqual(['createImage', 'rebuild']);
    expect(result.phase).toBe('succeeded');
    expect(result.safetyImageId).toBe('safety');
    expect(tasks).toContain('rebuilding');
    expect(tasks).toContain('rebuild_spawning');
    expect(result.steps.every((step) => step.state === 'done')).toBe(true);
  });

  it('does not rebuild when the safety snapshot fails', async () => {
    const calls: string[] = [];
    const result = await runRestoreFlow({ safetySnapshot: true }, deps(['killed'], [], calls), () => undefined);
    expect(calls).toEqual(['createImage']);
    expect(result.phase).toBe('failed');
    expect(result.steps.map((step) => step.state)).toEqual(['done', 'failed', 'pending', 'pending']);
  });
});

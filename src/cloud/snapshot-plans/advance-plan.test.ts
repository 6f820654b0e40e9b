import { OpenStackError } from '@/openstack/errors';
import type { Image } from '@/openstack/glance/schemas';
import type { Server } from '@/openstack/nova/schemas';
import { advancePlan, type PlanDeps } from './advance-plan';
import type { SnapshotPlan } from './plan-schema';

const plan = (overrides: Partial<SnapshotPlan>): SnapshotPlan => ({
  version: 1,
  scope: 'cloud|RegionOne|demo',
  serverId: 'srv-1',
  serverName: 'web-1',
  snapshotName: 'web-1-snap',
  step: 'stopping',
  imageId: null,
  createdAt: 0,
  ...overrides,
});

const server = (status: string, task: string | null = null) =>
  ({ id: 'srv-1', name: 'web-1', status, 'OS-EXT-STS:task_state': task }) as unknown as Server;
const image = (status: string) => ({ id: 'img-1', name: 'web-1-snap', status, instance_uuid: 'srv-1' }) as unknown as Image;

function fakeCloud(state: { server: Server | null; image?: Image | null; found?: Image | null }) {
  const calls: string[] = [];
  const saved: SnapshotPlan[] = [];
  const deps: PlanDeps = {
    readServer: async () => state.server,
    readImage: async () => state.image ?? null,
    findSnapshot: async () => state.found ?? null,
    stopServer: async () => void calls.push('stop'),
    createImage: async () => {
      calls.push('createImage');
      return { imageId: 'img-new' };
    },
    startServer: async () => void calls.push('start'),
    save: (next) => void saved.push(next),
  };
  return { deps, calls, saved };
}

describe('advancePlan: one look at the cloud, at most one step', () => {
  it('snapshots once the server is shut off, writing the step down before the request', async () => {
    const { deps, calls, saved } = fakeCloud({ server: server('SHUTOFF') });
    expect(await advancePlan(plan({ step: 'stopping' }), deps)).toEqual({ kind: 'waiting' });
    expect(calls).toEqual(['createImage']);
    expect(saved.map((entry) => [entry.step, entry.imageId])).toEqual([
      ['creating', null],
      ['uploading', 'img-new'],
    ]);
  });

  it('never makes a second snapshot: a createImage sent before the reload is found by name', async () => {
    const { deps, calls, saved } = fakeCloud({ server: server('SHUTOFF'), found: image('saving') });
    await advancePlan(plan({ step: 'creating' }), deps);
    expect(calls).toEqual([]);
    expect(saved.at(-1)?.imageId).toBe('img-1');
  });

  it('starts the server once the snapshot is active and the task is clear', async () => {
    const { deps, calls } = fakeCloud({ server: server('SHUTOFF'), image: image('active') });
    expect(await advancePlan(plan({ step: 'uploading', imageId: 'img-1' }), deps)).toEqual({ kind: 'done', imageId: 'img-1' });
    expect(calls).toEqual(['start']);
  });

  it('waits while the image uploads', async () => {
    const { deps, calls } = fakeCloud({ server: server('SHUTOFF', 'image_uploading'), image: image('saving') });
    expect(await advancePlan(plan({ step: 'uploading', imageId: 'img-1' }), deps)).toEqual({ kind: 'waiting' });
    expect(calls).toEqual([]);
  });

  it('never sends start twice: a start written down but not moving is reported, not repeated', async () => {
    const { deps, calls } = fakeCloud({ server: server('SHUTOFF') });
    expect(await advancePlan(plan({ step: 'starting', imageId: 'img-1' }), deps)).toMatchObject({ kind: 'stuck', reason: 'startRefused' });
    expect(calls).toEqual([]);
  });

  it('a failed image stops the plan with what to do', async () => {
    const { deps, calls } = fakeCloud({ server: server('SHUTOFF'), image: image('killed') });
    expect(await advancePlan(plan({ step: 'uploading', imageId: 'img-1' }), deps)).toEqual({ kind: 'stuck', reason: 'imageFailed', detail: 'killed' });
    expect(calls).toEqual([]);
  });

  it('a start Nova refuses stops the plan with its reason', async () => {
    const { deps } = fakeCloud({ server: server('SHUTOFF'), image: image('active') });
    deps.startServer = async () => {
      throw new OpenStackError({ service: 'compute', kind: 'http', status: 409, message: 'Instance is locked' });
    };
    expect(await advancePlan(plan({ step: 'uploading', imageId: 'img-1' }), deps)).toEqual({ kind: 'stuck', reason: 'startRefused', detail: 'Instance is locked' });
  });

  it('a server that is gone ends the plan', async () => {
    const { deps } = fakeCloud({ server: null });
    expect(await advancePlan(plan({}), deps)).toMatchObject({ kind: 'stuck', reason: 'serverGone' });
  });
});

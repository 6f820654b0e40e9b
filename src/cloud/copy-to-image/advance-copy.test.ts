import { OpenStackError } from '@/openstack/errors';
import type { Volume } from '@/openstack/cinder/schemas';
import type { Image } from '@/openstack/glance/schemas';
import { advanceCopy, type CopyDeps } from './advance-copy';
import { newCopyPlan, type CopyPlan } from './plan-schema';

const plan = (overrides: Partial<CopyPlan>): CopyPlan => ({
  ...newCopyPlan({
    scope: 'cloud|RegionOne|demo',
    snapshotId: 'snap-1',
    sourceName: 'db-1-snap',
    size: 2,
    imageName: 'db-1-snap-copy',
    diskFormat: 'raw',
    volumeName: 'db-1-snap-copy-temp-ab12',
    createdAt: 0,
  }),
  ...overrides,
});
const volume = (status: string) => ({ id: 'vol-1', name: 'db-1-snap-copy-temp-ab12', status }) as unknown as Volume;
const image = (status: string) => ({ id: 'img-new', name: 'db-1-snap-copy', status }) as unknown as Image;

function fakeCloud(state: { volume?: Volume | null; found?: Volume | null; image?: Image | null; named?: string[] }) {
  const calls: string[] = [];
  const saved: CopyPlan[] = [];
  const deps: CopyDeps = {
    readVolume: async () => state.volume ?? null,
    findVolume: async () => state.found ?? null,
    createVolume: async (input) => {
      calls.push(`createVolume ${input.name} ${input.size} ${input.snapshotId}`);
      return { id: 'vol-1', status: 'creating' };
    },
    uploadToImage: async (input) => {
      calls.push(`upload ${input.volumeId} ${input.imageName} ${input.diskFormat}`);
      return { imageId: 'img-new' };
    },
    imageIdsNamed: async () => state.named ?? [],
    readImage: async () => state.image ?? null,
    deleteVolume: async (id) => void calls.push(`delete ${id}`),
    save: (next) => void saved.push(next),
  };
  return { deps, calls, saved };
}

describe('advanceCopy: one look at the cloud, at most one request', () => {
  it('creates the temporary volume from the snapshot, writing the step down before the request', async () => {
    const { deps, calls, saved } = fakeCloud({});
    expect(await advanceCopy(plan({}), deps)).toEqual({ kind: 'moved' });
    expect(calls).toEqual(['createVolume db-1-snap-copy-temp-ab12 2 snap-1']);
    expect(saved.map((entry) => [entry.step, entry.volumeId])).toEqual([
      ['creatingVolume', null],
      ['volumeCreating', 'vol-1'],
    ]);
  });

  it('never makes a second volume: one created before the reload is found by its name', async () => {
    const { deps, calls, saved } = fakeCloud({ found: volume('available') });
    await advanceCopy(plan({ step: 'creatingVolume' }), deps);
    expect(calls).toEqual([]);
    expect(saved.at(-1)).toMatchObject({ step: 'volumeCreating', volumeId: 'vol-1' });
  });

  it('a refused create keeps nothing and says why', async () => {
    const { deps, saved } = fakeCloud({});
    deps.createVolume = async () => {
      throw new OpenStackError({ service: 'volume', kind: 'http', status: 413, message: 'VolumeLimitExceeded: Maximum number of volumes allowed (10) exceeded' });
    };
    expect(await advanceCopy(plan({}), deps)).toMatchObject({ kind: 'stuck', reason: 'createRefused', detail: 'VolumeLimitExceeded: Maximum number of volumes allowed (10) exceeded' });
    expect(saved.at(-1)?.step).toBe('new');
  });

  it('waits while the volume is creating, then uploads it once it is available', async () => {
    const creating = fakeCloud({ volume: volume('creating') });
    expect(await advanceCopy(plan({ step: 'volumeCreating', volumeId: 'vol-1' }), creating.deps)).toEqual({ kind: 'waiting' });
    expect(creating.calls).toEqual([]);

    const ready = fakeCloud({ volume: volume('available'), named: ['img-old'] });
    expect(await advanceCopy(plan({ step: 'volumeCreating', volumeId: 'vol-1' }), ready.deps)).toEqual({ kind: 'moved' });
    expect(ready.calls).toEqual(['upload vol-1 db-1-snap-copy raw']);
    expect(ready.saved.map((entry) => [entry.step, entry.imageId])).toContainEqual(['uploading', null]);
    expect(ready.saved.at(-1)).toMatchObject({ step: 'imageSaving', imageId: 'img-new', imagesBefore: ['img-old'] });
  });

  it('never uploads twice: an upload sent before the reload is found as the new image of that name', async () => {
    const { deps, calls, saved } = fakeCloud({ volume: volume('uploading'), named: ['img-old', 'img-new'] });
    await advanceCopy(plan({ step: 'uploading', volumeId: 'vol-1', imagesBefore: ['img-old'] }), deps);
    expect(calls).toEqual([]);
    expect(saved.at(-1)).toMatchObject({ step: 'imageSaving', imageId: 'img-new' });
  });

  it('deletes the temporary volume once the image is active and the volume is back', async () => {
    const saving = fakeCloud({ volume: volume('uploading'), image: image('saving') });
    expect(await advanceCopy(plan({ step: 'imageSaving', volumeId: 'vol-1', imageId: 'img-new' }), saving.deps)).toEqual({ kind: 'waiting' });
    expect(saving.calls).toEqual([]);

    const active = fakeCloud({ volume: volume('available'), image: image('active') });
    expect(await advanceCopy(plan({ step: 'imageSaving', volumeId: 'vol-1', imageId: 'img-new' }), active.deps)).toEqual({ kind: 'moved' });
    expect(active.calls).toEqual(['delete vol-1']);
    expect(active.saved.at(-1)?.step).toBe('deletingVolume');
  });

  it('is done when the temporary volume is gone, and does not delete twice while Cinder deletes', async () => {
    const deleting = fakeCloud({ volume: volume('deleting') });
    expect(await advanceCopy(plan({ step: 'deletingVolume', volumeId: 'vol-1', imageId: 'img-new' }), deleting.deps)).toEqual({ kind: 'waiting' });
    expect(deleting.calls).toEqual([]);

    const gone = fakeCloud({ volume: null });
    expect(await advanceCopy(plan({ step: 'deletingVolume', volumeId: 'vol-1', imageId: 'img-new' }), gone.deps)).toEqual({ kind: 'done', imageId: 'img-new' });
  });

  it('a killed image stops the copy with its status', async () => {
    const { deps, calls } = fakeCloud({ volume: volume('available'), image: image('killed') });
    expect(await advanceCopy(plan({ step: 'imageSaving', volumeId: 'vol-1', imageId: 'img-new' }), deps)).toMatchObject({ kind: 'stuck', reason: 'imageFailed', detail: 'killed' });
    expect(calls).toEqual([]);
  });

  it('a volume in error stops the copy', async () => {
    const { deps } = fakeCloud({ volume: volume('error') });
    expect(await advanceCopy(plan({ step: 'volumeCreating', volumeId: 'vol-1' }), deps)).toMatchObject({ kind: 'stuck', reason: 'volumeFailed', detail: 'error' });
  });
});

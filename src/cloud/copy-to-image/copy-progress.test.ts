import { copyProgress } from './copy-progress';
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

const states = (steps: ReturnType<typeof copyProgress>) => steps.map((step) => step.state);

describe('copyProgress: the four steps the user sees', () => {
  it('creating the volume: first step in progress with the volume status', () => {
    const steps = copyProgress(plan({ step: 'volumeCreating', volumeStatus: 'creating' }), null);
    expect(states(steps)).toEqual(['current', 'waiting', 'waiting', 'waiting']);
    expect(steps[0]?.volumeStatus).toBe('creating');
  });

  it('uploading: the volume uploading and the image saving are both shown', () => {
    const steps = copyProgress(plan({ step: 'imageSaving', volumeStatus: 'uploading', imageStatus: 'saving' }), null);
    expect(states(steps)).toEqual(['done', 'current', 'waiting', 'waiting']);
    expect(steps[1]).toMatchObject({ volumeStatus: 'uploading', imageStatus: 'saving' });
  });

  it('deleting the temporary volume, then all done', () => {
    expect(states(copyProgress(plan({ step: 'deletingVolume', imageStatus: 'active' }), null))).toEqual(['done', 'done', 'done', 'current']);
    expect(states(copyProgress(plan({ step: 'deletingVolume' }), { kind: 'done', imageId: 'img' }))).toEqual(['done', 'done', 'done', 'done']);
  });

  it('a stuck copy marks the step it stopped at as failed', () => {
    expect(states(copyProgress(plan({ step: 'imageSaving', imageStatus: 'killed' }), { kind: 'stuck', reason: 'imageFailed', detail: 'killed' }))).toEqual(['done', 'failed', 'waiting', 'waiting']);
  });
});

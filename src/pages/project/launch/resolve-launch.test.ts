import { describe, expect, it } from 'vitest';
import type { VolumeQuotaUsage } from '@/openstack/cinder/schemas';
import type { ComputeAbsoluteLimits } from '@/openstack/nova/schemas';
import { candidatesFor, type SourceData } from './candidates';
import { resolveLaunch, type LaunchData } from './resolve-launch';
import { initialWizardState, wizardReducer, type WizardAction, type WizardState } from './wizard-state';
import {
  GB,
  flavor,
  image,
  snapshotImage,
  volume,
  volumeBackedSnapshotImage,
  volumeSnapshot,
} from './test/fixtures';

const sources: SourceData = {
  images: [
    image({ id: 'cirros', name: 'cirros', size: 20 * 1024 * 1024, min_disk: 1 }),
    image({ id: 'ubuntu', name: 'ubuntu', size: 600 * 1024 * 1024, min_disk: 10, min_ram: 1024 }),
    image({ id: 'queued', name: 'queued', status: 'queued' }),
    image({ id: 'killed', name: 'killed', status: 'killed' }),
    snapshotImage({ id: 'snap', name: 'web-1-snap', size: Math.round(2.5 * GB), min_disk: 2 }),
    snapshotImage({ id: 'saving', name: 'saving-snap', status: 'saving' }),
    volumeBackedSnapshotImage('vbs', ['cs-root', 'cs-data'], [20, 5]),
  ],
  volumes: [
    volume({ id: 'boot', name: 'boot', size: 5 }),
    volume({ id: 'data', name: 'data', bootable: 'false' }),
    volume({ id: 'busy', name: 'busy', status: 'in-use', size: 20 }),
  ],
  volumeSnapshots: [
    volumeSnapshot({ id: 'vs-boot', name: 'from-boot', volume_id: 'boot', size: 5 }),
    volumeSnapshot({ id: 'vs-busy', name: 'from-busy', volume_id: 'busy', size: 20 }),
    volumeSnapshot({ id: 'vs-data', name: 'from-data', volume_id: 'data' }),
    volumeSnapshot({ id: 'vs-err', name: 'broken', volume_id: 'boot', status: 'error' }),
    volumeSnapshot({ id: 'cs-root', name: 'snapshot for vbs', volume_id: 'busy', size: 20 }),
  ],
};

const limits: ComputeAbsoluteLimits = {
  maxTotalInstances: 10,
  totalInstancesUsed: 7,
  maxTotalCores: 20,
  totalCoresUsed: 16,
  maxTotalRAMSize: 51200,
  totalRAMUsed: 40960,
};
const volumeQuota = {
  id: 'p',
  volumes: { limit: 10, in_use: 8, reserved: 0 },
  snapshots: { limit: 10, in_use: 0, reserved: 0 },
  gigabytes: { limit: 100, in_use: 60, reserved: 0 },
} as VolumeQuotaUsage;

const data: LaunchData = {
  sources,
  flavors: [
    flavor({ id: 'nano', name: 'm1.nano', vcpus: 1, ram: 128, disk: 1 }),
    flavor({ id: 'small', name: 'm1.small', vcpus: 1, ram: 2048, disk: 20 }),
    flavor({ id: 'large', name: 'm1.large', vcpus: 8, ram: 8192, disk: 80 }),
    flavor({ id: 'off', name: 'm1.off', 'OS-FLV-DISABLED:disabled': true }),
  ],
  networks: [{ id: 'net-a', name: 'a' }, { id: 'net-b', name: 'b' }],
  securityGroups: [{ id: 'sg-1', name: 'default' }, { id: 'sg-2', name: 'web' }],
  keypairs: [{ name: 'only-key' }],
  limits,
  volumeQuota,
};

function stateWith(...actions: WizardAction[]): WizardState {
  return actions.reduce(wizardReducer, initialWizardState(null));
}

describe('candidate lists', () => {
  it('lists active non-snapshot images, active snapshots, available bootable volumes, snapshots of bootable volumes', () => {
    expect(candidatesFor('image', sources).map((c) => c.id)).toEqual(['cirros', 'ubuntu']);
    expect(candidatesFor('instance_snapshot', sources).map((c) => c.id)).toEqual(['vbs', 'snap']);
    expect(candidatesFor('volume', sources).map((c) => c.id)).toEqual(['boot']);
    expect(candidatesFor('volume_snapshot', sources).map((c) => c.id)).toEqual(['vs-boot', 'vs-busy', 'cs-root']);
  });
});

describe('resolveLaunch', () => {
  it('holds the preset: source type and item', () => {
    const state = initialWizardState({ source: 'volume_snapshot', id: 'vs-busy' });
    const resolved = resolveLaunch(state, data);
    expect(state.sourceType).toBe('volume_snapshot');
    expect(resolved.candidate?.id).toBe('vs-busy');
    expect(resolved.presetMissing).toBe(false);
  });

  it('says when the preset is not a candidate, keeping the source type', () => {
    const state = initialWizardState({ source: 'instance_snapshot', id: 'saving' });
    const resolved = resolveLaunch(state, data);
    expect(state.sourceType).toBe('instance_snapshot');
    expect(resolved.candidate).toBeUndefined();
    expect(resolved.presetMissing).toBe(true);
    expect(resolved.problems).toContainEqual({ step: 'source', kind: 'sourceMissing' });
  });

  describe('a preset while the listings load', () => {
    const one = (fields: Partial<SourceData>): SourceData => ({ images: [], volumes: [], volumeSnapshots: [], ...fields });
    const pick = (id: string) => sources.images.find((item) => item.id === id) ?? image({ id });
    const loading: LaunchData = { ...data, sources: undefined };
    const source = (resolved: ReturnType<typeof resolveLaunch>) => resolved.problems.filter((problem) => problem.step === 'source');

    it('is the candidate from its own GET: nothing on the Source step waits', () => {
      const state = initialWizardState({ source: 'instance_snapshot', id: 'snap' });
      const resolved = resolveLaunch(state, { ...loading, presetItem: one({ images: [pick('snap')] }) });
      expect(resolved.candidate?.id).toBe('snap');
      expect(resolved.presetMissing).toBe(false);
      expect(source(resolved)).toEqual([]);
    });

    it('waits for the listings when the item is no candidate (not active, another kind), and only then says so', () => {
      const saving = initialWizardState({ source: 'instance_snapshot', id: 'saving' });
      const early = resolveLaunch(saving, { ...loading, presetItem: one({ images: [pick('saving')] }) });
      expect(early).toMatchObject({ candidate: undefined, presetMissing: false });
      expect(source(early)).toEqual([{ step: 'source', kind: 'loading' }]);
      const asImage = initialWizardState({ source: 'image', id: 'snap' });
      expect(resolveLaunch(asImage, { ...loading, presetItem: one({ images: [pick('snap')] }) }).candidate).toBeUndefined();
      expect(resolveLaunch(saving, { ...data, presetItem: one({ images: [pick('saving')] }) }).presetMissing).toBe(true);
    });

    it('once the listings are in, they decide (the preset issue then says why it is not there)', () => {
      const fresh = image({ id: 'fresh', name: 'fresh', image_type: 'snapshot', instance_uuid: 'server-1' });
      const state = initialWizardState({ source: 'instance_snapshot', id: 'fresh' });
      expect(resolveLaunch(state, { ...loading, presetItem: one({ images: [fresh] }) }).candidate?.id).toBe('fresh');
      expect(resolveLaunch(state, { ...data, presetItem: one({ images: [fresh] }) })).toMatchObject({ candidate: undefined, presetMissing: true });
    });

    it('is not used once the user chose another item', () => {
      const state = wizardReducer(initialWizardState({ source: 'instance_snapshot', id: 'snap' }), { type: 'selectSource', id: 'vbs' });
      expect(resolveLaunch(state, { ...loading, presetItem: one({ images: [pick('snap')] }) }).candidate).toBeUndefined();
    });

    it('a volume snapshot needs its volume: a snapshot of a volume that is not bootable is no candidate', () => {
      const state = initialWizardState({ source: 'volume_snapshot', id: 'vs-boot' });
      const snapshot = sources.volumeSnapshots.find((item) => item.id === 'vs-boot');
      const boot = sources.volumes.find((item) => item.id === 'boot');
      if (!snapshot || !boot) throw new Error('fixture');
      expect(resolveLaunch(state, { ...loading, presetItem: one({ volumeSnapshots: [snapshot], volumes: [boot] }) }).candidate?.id).toBe('vs-boot');
      const notBootable = { ...boot, bootable: 'false' };
      expect(resolveLaunch(state, { ...loading, presetItem: one({ volumeSnapshots: [snapshot], volumes: [notBootable] }) }).candidate).toBeUndefined();
    });

    it('a volume-backed snapshot waits for the Cinder snapshot listing only, then counts the volumes it recreates', () => {
      const state = initialWizardState({ source: 'instance_snapshot', id: 'vbs' });
      const presetItem = one({ images: [pick('vbs')] });
      const waiting = resolveLaunch(state, { ...loading, presetItem });
      expect(waiting.candidate?.id).toBe('vbs');
      expect(source(waiting)).toEqual([{ step: 'source', kind: 'loading' }]);
      const ready = resolveLaunch(state, { ...loading, presetItem, volumeSnapshots: sources.volumeSnapshots });
      expect(source(ready)).toEqual([]);
      expect(ready.recreated.map((made) => [made.snapshotId, made.snapshot?.name ?? null])).toEqual([
        ['cs-root', 'snapshot for vbs'],
        ['cs-data', null],
      ]);
    });
  });

  it('takes the minimum volume size from size and min_disk, rounded up, and enforces it', () => {
    const snap = stateWith({ type: 'setSourceType', value: 'instance_snapshot' }, { type: 'selectSource', id: 'snap' }, { type: 'setCreateVolume', value: true });
    expect(resolveLaunch(snap, data)).toMatchObject({ minVolumeSize: 3, volumeSize: 3 });
    const ubuntu = stateWith({ type: 'selectSource', id: 'ubuntu' }, { type: 'setCreateVolume', value: true });
    expect(resolveLaunch(ubuntu, data).minVolumeSize).toBe(10);
    const tooSmall = wizardReducer(ubuntu, { type: 'setVolumeSize', value: '9' });
    expect(resolveLaunch(tooSmall, data).problems).toContainEqual({ step: 'source', kind: 'volumeSizeInvalid', min: 10 });
    const bigger = wizardReducer(ubuntu, { type: 'setVolumeSize', value: '15' });
    expect(resolveLaunch(bigger, data).volumeSize).toBe(15);
    const volSnap = stateWith({ type: 'setSourceType', value: 'volume_snapshot' }, { type: 'selectSource', id: 'vs-busy' });
    expect(resolveLaunch(volSnap, data).minVolumeSize).toBe(20);
  });

  it('forces one instance for a volume source', () => {
    const state = stateWith({ type: 'setCount', value: '4' }, { type: 'setSourceType', value: 'volume' }, { type: 'selectSource', id: 'boot' });
    expect(resolveLaunch(state, data)).toMatchObject({ count: 1, countLocked: true, minVolumeSize: null });
  });

  it('disables flavors too small for the source, over quota, and ignores flavor disk for a volume boot', () => {
    const ubuntu = stateWith({ type: 'selectSource', id: 'ubuntu' });
    const reasons = (state: WizardState) =>
      Object.fromEntries(resolveLaunch(state, data).flavors.map((c) => [c.flavor.id, c.problems.map((p) => p.kind)]));
    expect(reasons(ubuntu)).toEqual({ nano: ['disk', 'ram'], small: [], large: ['vcpuQuota'] });
    const asVolume = wizardReducer(ubuntu, { type: 'setCreateVolume', value: true });
    expect(reasons(asVolume)).toEqual({ nano: ['ram'], small: [], large: ['vcpuQuota'] });
    const many = wizardReducer(ubuntu, { type: 'setCount', value: '6' });
    expect(reasons(many).small).toEqual(['vcpuQuota', 'ramQuota']);
  });

  it('shows the volumes a volume-backed snapshot recreates and counts them against the quota', () => {
    const state = stateWith(
      { type: 'setSourceType', value: 'instance_snapshot' },
      { type: 'selectSource', id: 'vbs' },
      { type: 'setCreateVolume', value: true },
      { type: 'setCount', value: '2' },
    );
    const resolved = resolveLaunch(state, data);
    expect(resolved.createVolume).toBe(false);
    expect(resolved.bootsFromVolume).toBe(true);
    expect(resolved.recreated.map((v) => [v.snapshotId, v.snapshot?.name ?? null, v.sizeGb])).toEqual([
      ['cs-root', 'snapshot for vbs', 20],
      ['cs-data', null, 5],
    ]);
    expect(resolved.quota.find((line) => line.resource === 'volumes')).toMatchObject({ requested: 4 });
    expect(resolved.quota.find((line) => line.resource === 'gigabytes')).toMatchObject({ requested: 50 });
    expect(resolved.problems).toContainEqual(expect.objectContaining({ kind: 'overQuota', step: 'source' }));
  });

  it('moves the quota bars with the choices and blocks what does not fit', () => {
    const state = stateWith(
      { type: 'setName', value: 'x' },
      { type: 'selectSource', id: 'cirros' },
      { type: 'selectFlavor', id: 'small' },
      { type: 'setNetworks', ids: ['net-a'] },
      { type: 'setCount', value: '3' },
    );
    const resolved = resolveLaunch(state, data);
    expect(resolved.quota.map((line) => [line.resource, line.requested])).toEqual([
      ['instances', 3],
      ['vcpus', 3],
      ['ram', 6144],
      ['volumes', 0],
      ['gigabytes', 0],
    ]);
    expect(resolved.problems).toEqual([]);
    const five = wizardReducer(state, { type: 'setCount', value: '5' });
    expect(resolveLaunch(five, data).problems.map((p) => [p.kind, p.step])).toEqual([
      ['overQuota', 'details'],
      ['overQuota', 'flavor'],
    ]);
  });

  it('requires a name, a count of at least 1, a source, a flavor and a network where there are networks', () => {
    const state = stateWith({ type: 'setCount', value: '0' });
    expect(resolveLaunch(state, data).problems.map((p) => p.kind)).toEqual([
      'nameMissing',
      'countInvalid',
      'sourceMissing',
      'flavorMissing',
      'networkMissing',
    ]);
    expect(resolveLaunch(state, { ...data, networks: [] }).problems.map((p) => p.kind)).not.toContain('networkMissing');
  });

  it('defaults to the only network, the default security group and the only key pair', () => {
    const resolved = resolveLaunch(initialWizardState(null), { ...data, networks: [{ id: 'net-a', name: 'a' }] });
    expect(resolved).toMatchObject({ networkIds: ['net-a'], securityGroups: ['default'], keyName: 'only-key' });
    const none = stateWith({ type: 'setKeyName', name: null }, { type: 'setSecurityGroups', names: [] });
    expect(resolveLaunch(none, data)).toMatchObject({ securityGroups: [], keyName: null, networkIds: [] });
  });
});

describe('wizardReducer', () => {
  it('walks the steps and remembers the ones left', () => {
    const state = stateWith({ type: 'next' }, { type: 'next' }, { type: 'back' });
    expect(state.step).toBe('source');
    expect(state.visited).toEqual(['details', 'source', 'flavor']);
  });

  it('keeps each source type its own choice', () => {
    const state = stateWith(
      { type: 'selectSource', id: 'cirros' },
      { type: 'setSourceType', value: 'volume' },
      { type: 'selectSource', id: 'boot' },
      { type: 'setSourceType', value: 'image' },
    );
    expect(state.selected).toEqual({ image: 'cirros', volume: 'boot' });
  });
});

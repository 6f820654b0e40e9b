import { createVolumeRequest, editChanges, hasProblems, initialCreateValues, validateCreateVolume, validateEdit } from './snapshot-forms';
import { aSnapshot } from './test/fixtures';

const noQuota = { gigabytesLeft: null, volumesLeft: null };

describe('Create Volume form', () => {
  const snapshot = aSnapshot({ size: 10, name: 'data-snap' });

  it('starts at the snapshot’s size and name and sends the snapshot as the source', () => {
    const values = initialCreateValues(snapshot);
    expect(values).toMatchObject({ name: 'data-snap', size: '10' });
    expect(hasProblems(validateCreateVolume(values, snapshot, noQuota))).toBe(false);
    expect(createVolumeRequest(snapshot, { ...values, size: '12', volumeType: 'fast' })).toEqual({
      name: 'data-snap',
      size: 12,
      snapshotId: 'snap-1',
      volumeType: 'fast',
      description: undefined,
    });
  });

  it('refuses a size below the snapshot’s, a non-whole size, and more than the quota has left', () => {
    const values = initialCreateValues(snapshot);
    expect(validateCreateVolume({ ...values, size: '9' }, snapshot, noQuota).size).toEqual({
      key: 'volumeSnapshots.createVolume.sizeTooSmall',
      params: { min: 10 },
    });
    expect(validateCreateVolume({ ...values, size: '10.5' }, snapshot, noQuota).size?.key).toBe('volumeSnapshots.createVolume.sizeWhole');
    expect(validateCreateVolume({ ...values, size: '' }, snapshot, noQuota).size?.key).toBe('volumeSnapshots.createVolume.sizeWhole');
    expect(validateCreateVolume({ ...values, size: '30' }, snapshot, { gigabytesLeft: 20, volumesLeft: 3 }).size).toEqual({
      key: 'volumeSnapshots.createVolume.sizeOverQuota',
      params: { left: 20 },
    });
    expect(validateCreateVolume(values, snapshot, { gigabytesLeft: 20, volumesLeft: 0 }).quota?.key).toBe('volumeSnapshots.createVolume.noVolumesLeft');
  });
});

describe('Edit form', () => {
  it('needs a name and sends only what changed', () => {
    const snapshot = aSnapshot({ name: 'a', description: 'd' });
    expect(validateEdit({ name: ' ', description: '' }).name?.key).toBe('volumeSnapshots.form.nameRequired');
    expect(validateEdit({ name: 'x'.repeat(256), description: '' }).name?.key).toBe('volumeSnapshots.form.tooLong');
    expect(editChanges(snapshot, { name: 'a', description: 'd' })).toEqual({});
    expect(editChanges(snapshot, { name: ' b ', description: 'd' })).toEqual({ name: 'b' });
  });
});

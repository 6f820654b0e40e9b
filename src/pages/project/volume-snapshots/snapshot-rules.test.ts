import { aRow, aSnapshot, aVolume } from './test/fixtures';
import { indexImagesBySnapshot, indexVolumes, buildRows } from './snapshot-rows';
import { createVolumeBlocker, deleteBlocker, editBlocker, launchBlocker } from './snapshot-rules';

describe('deleteBlocker: Cinder’s preconditions, checked before asking', () => {
  it('allows an available or failed snapshot with nothing made from it', () => {
    expect(deleteBlocker(aRow())).toBeNull();
    expect(deleteBlocker(aRow({ snapshot: aSnapshot({ status: 'error' }) }))).toBeNull();
  });

  it('refuses other statuses, naming the status', () => {
    expect(deleteBlocker(aRow({ snapshot: aSnapshot({ status: 'creating' }) }))).toEqual({
      key: 'volumeSnapshots.reasons.deleteStatus',
      params: { status: 'creating' },
    });
    expect(deleteBlocker(aRow({ snapshot: aSnapshot({ status: 'error_deleting' }) }))?.key).toBe('volumeSnapshots.reasons.deleteStatus');
    expect(deleteBlocker(aRow({ snapshot: aSnapshot({ status: 'deleting' }) }))?.key).toBe('volumeSnapshots.reasons.alreadyDeleting');
  });

  it('refuses a snapshot in a group snapshot', () => {
    expect(deleteBlocker(aRow({ snapshot: aSnapshot({ group_snapshot_id: 'group-1' }) }))).toEqual({
      key: 'volumeSnapshots.reasons.inGroup',
    });
  });

  it('refuses a snapshot a volume was made from, naming the volumes', () => {
    const made = [aVolume({ id: 'v2', name: 'restored', snapshot_id: 'snap-1' }), aVolume({ id: 'v3', name: null, snapshot_id: 'snap-1' })];
    expect(deleteBlocker(aRow({ createdVolumes: made }))).toEqual({
      key: 'volumeSnapshots.reasons.hasVolumes',
      params: { count: 2, names: 'restored, v3' },
    });
  });

  it('waits for the volume lookup, but lets Cinder decide when the lookup could not finish', () => {
    expect(deleteBlocker(aRow({ volumesChecked: 'pending' }))?.key).toBe('volumeSnapshots.reasons.checkingVolumes');
    expect(deleteBlocker(aRow({ volumesChecked: 'unknown' }))).toBeNull();
  });
});

describe('launch, create volume and edit', () => {
  it('launches only an available snapshot of a bootable volume', () => {
    expect(launchBlocker(aRow({ volume: aVolume({ bootable: 'true' }) }))).toBeNull();
    expect(launchBlocker(aRow({ volume: aVolume({ name: 'data', bootable: 'false' }) }))).toEqual({
      key: 'volumeSnapshots.reasons.notBootable',
      params: { volume: 'data' },
    });
    expect(launchBlocker(aRow({ volume: undefined }))?.key).toBe('volumeSnapshots.reasons.volumeUnknown');
    expect(launchBlocker(aRow({ snapshot: aSnapshot({ status: 'error' }), volume: aVolume({ bootable: 'true' }) }))?.key).toBe(
      'volumeSnapshots.reasons.launchStatus',
    );
  });

  it('creates a volume only from an available snapshot; edits when Cinder is not working on it', () => {
    expect(createVolumeBlocker(aRow())).toBeNull();
    expect(createVolumeBlocker(aRow({ snapshot: aSnapshot({ status: 'error' }) }))?.key).toBe('volumeSnapshots.reasons.createStatus');
    expect(editBlocker(aRow({ snapshot: aSnapshot({ status: 'error' }) }))).toBeNull();
    expect(editBlocker(aRow({ snapshot: aSnapshot({ status: 'deleting' }) }))?.key).toBe('volumeSnapshots.reasons.editStatus');
  });
});

describe('rows from one volume listing and one image listing', () => {
  it('finds the source volume, the volumes made from each snapshot and the instance snapshot that needs it', () => {
    const volumes = indexVolumes(
      [aVolume({ id: 'vol-1', name: 'source' }), aVolume({ id: 'vol-2', name: 'copy', snapshot_id: 'snap-1' })],
      'checked',
    );
    const images = indexImagesBySnapshot([
      {
        id: 'img-1',
        name: 'vol-app-1-snap',
        block_device_mapping: JSON.stringify([{ source_type: 'snapshot', destination_type: 'volume', snapshot_id: 'snap-2', boot_index: 0 }]),
      },
    ]);
    const [first, second] = buildRows([aSnapshot(), aSnapshot({ id: 'snap-2', volume_id: 'vol-1' })], { volumes, images, messages: new Map() });
    expect(first?.volume?.name).toBe('source');
    expect(first?.createdVolumes.map((volume) => volume.name)).toEqual(['copy']);
    expect(first?.image).toBeUndefined();
    expect(second?.image).toEqual({ id: 'img-1', name: 'vol-app-1-snap' });
    expect(second?.createdVolumes).toEqual([]);
  });
});

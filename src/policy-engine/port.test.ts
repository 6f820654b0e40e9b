import { imageInstanceId, imageVolumeSnapshotIds, portErrorMessage, portImageSchema } from './port.mjs';

const image = portImageSchema.parse({ id: 'i', name: 'n', status: 'active', protected: false, created_at: '2026-01-01T00:00:00Z', size: 0 });

describe('port helpers', () => {
  it('reads the Cinder snapshots a volume-backed snapshot names, and nothing from a malformed mapping', () => {
    const mapping = JSON.stringify([
      { source_type: 'snapshot', snapshot_id: 'snap-root', boot_index: 0 },
      { source_type: 'blank', snapshot_id: null },
      { source_type: 'snapshot', snapshot_id: ' snap-data ' },
    ]);
    expect(imageVolumeSnapshotIds({ ...image, block_device_mapping: mapping })).toEqual(['snap-root', 'snap-data']);
    expect(imageVolumeSnapshotIds({ ...image, block_device_mapping: '[{' })).toEqual([]);
    expect(imageVolumeSnapshotIds(image)).toEqual([]);
  });

  it('finds the instance by the policy’s property first, then Nova’s', () => {
    expect(imageInstanceId({ ...image, instance_uuid: 'nova', dashboard_policy_instance: 'policy' })).toBe('policy');
    expect(imageInstanceId({ ...image, instance_uuid: 'nova' })).toBe('nova');
    expect(imageInstanceId(image)).toBeNull();
  });

  it('keeps the service’s words of a failed call', () => {
    expect(portErrorMessage({ message: 'Quota exceeded for resources: images.' })).toBe('Quota exceeded for resources: images.');
    expect(portErrorMessage(new Error('socket hang up'))).toBe('socket hang up');
    expect(portErrorMessage('timeout')).toBe('timeout');
  });
});

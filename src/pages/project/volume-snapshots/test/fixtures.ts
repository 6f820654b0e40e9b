import type { Volume, VolumeSnapshot } from '@/openstack/cinder/schemas';
import type { SnapshotRow } from '../snapshot-rows';

/** Small builders for the rule tests. */
export function aSnapshot(overrides: Partial<VolumeSnapshot> = {}): VolumeSnapshot {
  return {
    id: 'snap-1',
    name: 'data-snap',
    description: null,
    status: 'available',
    size: 5,
    volume_id: 'vol-1',
    created_at: '2026-02-18T10:00:00.000000',
    group_snapshot_id: null,
    ...overrides,
  };
}

export function aVolume(overrides: Partial<Volume> = {}): Volume {
  return {
    id: 'vol-1',
    name: 'data',
    status: 'available',
    size: 5,
    bootable: 'false',
    attachments: [],
    created_at: '2026-01-18T10:00:00.000000',
    ...overrides,
  };
}

export function aRow(overrides: Partial<SnapshotRow> & { snapshot?: VolumeSnapshot } = {}): SnapshotRow {
  const snapshot = overrides.snapshot ?? aSnapshot();
  return {
    id: snapshot.id,
    volume: aVolume({ id: snapshot.volume_id }),
    createdVolumes: [],
    volumesChecked: 'checked',
    image: undefined,
    message: undefined,
    ...overrides,
    snapshot,
  };
}

import type { Volume, VolumeSnapshot } from '@/openstack/cinder/schemas';
import type { Image } from '@/openstack/glance/schemas';
import { PICK_COUNT, snapshotStorage } from './storage-model';

const GiB = 1024 ** 3;

function image(id: string, fields: Partial<Image> = {}): Image {
  return {
    id, name: id, status: 'active', visibility: 'private', owner: 'p', protected: false, size: 0,
    min_disk: 0, min_ram: 0, created_at: '2026-01-01T00:00:00Z', image_type: 'snapshot', ...fields,
  };
}

function volumeBacked(id: string, snapshotIds: string[], created = '2026-01-01T00:00:00Z'): Image {
  const bdm = snapshotIds.map((snapshotId) => ({ source_type: 'snapshot', destination_type: 'volume', snapshot_id: snapshotId }));
  return image(id, { image_type: undefined, bdm_v2: 'True', block_device_mapping: JSON.stringify(bdm), created_at: created });
}

const snapshot = (id: string, volumeId: string, size: number): VolumeSnapshot => ({
  id, name: id, status: 'available', size, volume_id: volumeId, created_at: '2026-01-01T00:00:00Z',
});

const volume = (id: string, serverId?: string): Volume => ({
  id, name: `vol-${id}`, status: serverId ? 'in-use' : 'available', size: 10, bootable: 'true',
  attachments: serverId ? [{ server_id: serverId }] : [], created_at: '2026-01-01T00:00:00Z',
});

describe('snapshotStorage', () => {
  it('totals per instance: Glance sizes for image-backed, Cinder GiB for volume-backed, the grand total their sum', () => {
    const result = snapshotStorage({
      images: [
        image('a', { instance_uuid: 'web', size: 100 }),
        image('b', { instance_uuid: 'web', size: 50 }),
        volumeBacked('c', ['s1', 's2']),
        volumeBacked('d', ['s3']),
        image('e', { size: 7 }),
        image('a', { instance_uuid: 'web', size: 100 }),
      ],
      volumeSnapshots: [snapshot('s1', 'v1', 10), snapshot('s2', 'v2', 5), snapshot('s3', 'v3', 1)],
      volumes: [volume('v1', 'db'), volume('v2', 'db'), volume('v3')],
    });
    expect(result.owners.map(({ key, bytes, count }) => [key, bytes, count])).toEqual([
      ['instance:db', 15 * GiB, 1],
      ['volume:v3', GiB, 1],
      ['instance:web', 150, 2],
      ['unknown', 7, 1],
    ]);
    expect(result.totalBytes).toBe(16 * GiB + 157);
    expect(result.totalBytes).toBe(result.snapshots.reduce((sum, entry) => sum + entry.bytes, 0));
  });

  it('counts a Cinder snapshot that is gone as 0 bytes and says how many are missing', () => {
    const result = snapshotStorage({ images: [volumeBacked('c', ['s1', 'gone'])], volumeSnapshots: [snapshot('s1', 'v1', 2)], volumes: [] });
    expect(result.snapshots[0]).toMatchObject({ bytes: 2 * GiB, missing: 1, volumeBacked: true, owner: { kind: 'volume', id: 'v1' } });
  });

  it('lists the largest and the oldest, at most PICK_COUNT each', () => {
    const images = Array.from({ length: 15 }, (_, index) =>
      image(`i${index}`, { size: index, created_at: `2026-01-${String(index + 1).padStart(2, '0')}T00:00:00Z` }),
    );
    const result = snapshotStorage({ images, volumeSnapshots: [], volumes: [] });
    expect(result.largest.map((entry) => entry.image.id)).toEqual(['i14', 'i13', 'i12', 'i11', 'i10', 'i9', 'i8', 'i7', 'i6', 'i5']);
    expect(result.oldest).toHaveLength(PICK_COUNT);
    expect(result.oldest[0]?.image.id).toBe('i0');
  });
});

import { parseBlockDeviceMapping } from './block-device-mapping';
import { imageKind, isVolumeBackedSnapshot, snapshotVolumeSnapshotIds } from './classify';
import { imageListSchema, imageSchema, type Image } from './schemas';
import { sample } from '../test-samples';

const base: Image = imageSchema.parse(sample('glance/image-show-response.json'));

const bdm = JSON.stringify([
  {
    source_type: 'snapshot',
    destination_type: 'volume',
    snapshot_id: 'cinder-snap-1',
    boot_index: 0,
    volume_size: 10,
    delete_on_termination: false,
    device_name: '/dev/vda',
    volume_id: null,
    image_id: null,
    no_device: null,
    tag: null,
  },
  { source_type: 'snapshot', destination_type: 'volume', snapshot_id: 'cinder-snap-2', boot_index: null, volume_size: 5 },
  { source_type: 'snapshot', snapshot_id: 'cinder-snap-1' },
  { source_type: 'blank', destination_type: 'local', guest_format: 'swap', boot_index: -1 },
  'not an object',
]);

/** Nova's snapshot of a volume-backed server: 0 bytes, BDM string, no image_type (fact 13 in tests/fixtures/openstack-api-samples/README.md). */
const volumeBacked: Image = { ...base, size: 0, disk_format: 'raw', container_format: 'bare', block_device_mapping: bdm, bdm_v2: 'True', root_device_name: '/dev/vda' };

describe('imageKind', () => {
  it('the upstream samples are plain images', () => {
    for (const image of imageListSchema.parse(sample('glance/images-list-response.json')).images) expect(imageKind(image)).toBe('image');
    expect(imageKind(base)).toBe('image');
  });

  it('image_type "snapshot" (an image-backed server’s snapshot) is a snapshot', () => {
    expect(imageKind({ ...base, image_type: 'snapshot', instance_uuid: 'srv-1' })).toBe('snapshot');
    expect(imageKind({ ...base, image_type: 'snapshot' })).toBe('snapshot');
  });

  it('a block_device_mapping property (volume-backed snapshot) is a snapshot, even without image_type', () => {
    expect(imageKind(volumeBacked)).toBe('snapshot');
    expect(imageKind({ ...volumeBacked, image_type: 'image' })).toBe('snapshot');
  });

  it('instance_uuid alone marks a snapshot', () => {
    expect(imageKind({ ...base, instance_uuid: 'srv-1' })).toBe('snapshot');
  });

  it('an explicit other image_type wins over instance_uuid', () => {
    expect(imageKind({ ...base, image_type: 'image' })).toBe('image');
    expect(imageKind({ ...base, image_type: 'image', instance_uuid: 'srv-1' })).toBe('image');
    expect(imageKind({ ...base, image_type: 'backup', instance_uuid: 'srv-1' })).toBe('image');
  });

  it('blank properties count as absent', () => {
    expect(imageKind({ ...base, image_type: '', instance_uuid: '', block_device_mapping: '' })).toBe('image');
    expect(imageKind({ ...base, image_type: '  ', instance_uuid: 'srv-1' })).toBe('snapshot');
    expect(imageKind({ ...base, block_device_mapping: '   ' })).toBe('image');
    expect(isVolumeBackedSnapshot({ block_device_mapping: '' })).toBe(false);
  });
});

describe('block device mapping', () => {
  it('decodes the JSON string into typed entries, skipping non-objects', () => {
    const entries = parseBlockDeviceMapping(volumeBacked);
    expect(entries).toHaveLength(4);
    expect(entries[0]).toMatchObject({ snapshot_id: 'cinder-snap-1', boot_index: 0, volume_size: 10 });
  });

  it('names each Cinder snapshot once, and only snapshot sources', () => {
    expect(isVolumeBackedSnapshot(volumeBacked)).toBe(true);
    expect(snapshotVolumeSnapshotIds(volumeBacked)).toEqual(['cinder-snap-1', 'cinder-snap-2']);
  });

  it('malformed or odd JSON gives an empty list, not a crash', () => {
    for (const raw of ['[{"source_type": "snapshot",', 'null', '{"snapshot_id": "x"}', '"[]"', '[]', '42']) {
      const image = { ...base, block_device_mapping: raw };
      expect(parseBlockDeviceMapping(image)).toEqual([]);
      expect(snapshotVolumeSnapshotIds(image)).toEqual([]);
      expect(imageKind(image)).toBe('snapshot');
    }
    expect(parseBlockDeviceMapping(base)).toEqual([]);
  });

  it('entries with a wrong field type are skipped, the others kept', () => {
    const image = { ...base, block_device_mapping: JSON.stringify([{ snapshot_id: 42 }, { source_type: 'snapshot', snapshot_id: 'ok' }]) };
    expect(snapshotVolumeSnapshotIds(image)).toEqual(['ok']);
  });
});

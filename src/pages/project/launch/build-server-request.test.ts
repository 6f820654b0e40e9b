import { describe, expect, it } from 'vitest';
import { serverCreateSchema } from '@/openstack/nova/schemas';
import type { BootCandidate } from './candidates';
import { buildServerRequest, type LaunchRequestInput } from './build-server-request';
import { image, snapshotImage, volume, volumeBackedSnapshotImage, volumeSnapshot } from './test/fixtures';

const cirros = image({ id: 'img-1', name: 'cirros' });
const snap = snapshotImage({ id: 'snap-1', name: 'web-1-snap' });
const volSnapImage = volumeBackedSnapshotImage('vbs-1', ['cs-1', 'cs-2']);
const bootVolume = volume({ id: 'vol-1' });
const cinderSnap = volumeSnapshot({ id: 'vs-1', volume_id: 'vol-1', size: 5 });

function input(candidate: BootCandidate, extra: Partial<LaunchRequestInput> = {}): LaunchRequestInput {
  return {
    name: ' web-2 ',
    description: '',
    availabilityZone: '',
    count: 1,
    candidate,
    createVolume: false,
    volumeSize: null,
    deleteOnTermination: false,
    flavorId: '2',
    networkIds: ['net-1'],
    cloudHasNetworks: true,
    securityGroups: ['default'],
    keyName: null,
    computeMicroversion: '2.90',
    ...extra,
  };
}

describe('buildServerRequest', () => {
  it('boots an image from local disk with imageRef', () => {
    const body = buildServerRequest(input({ type: 'image', id: cirros.id, name: 'cirros', image: cirros }));
    expect(body).toEqual({
      name: 'web-2',
      flavorRef: '2',
      imageRef: 'img-1',
      min_count: 1,
      max_count: 1,
      networks: [{ uuid: 'net-1' }],
      security_groups: [{ name: 'default' }],
    });
    expect(serverCreateSchema.safeParse(body).success).toBe(true);
  });

  it('boots an image-backed instance snapshot with imageRef = the snapshot id', () => {
    const body = buildServerRequest(input({ type: 'instance_snapshot', id: snap.id, name: 'web-1-snap', image: snap }));
    expect(body.imageRef).toBe('snap-1');
    expect(body.block_device_mapping_v2).toBeUndefined();
  });

  it('makes a new volume from an image or snapshot with one image → volume mapping', () => {
    for (const candidate of [
      { type: 'image', id: cirros.id, name: 'cirros', image: cirros },
      { type: 'instance_snapshot', id: snap.id, name: 'web-1-snap', image: snap },
    ] as const) {
      const body = buildServerRequest(input(candidate, { createVolume: true, volumeSize: 20, deleteOnTermination: true }));
      expect(body.imageRef).toBeUndefined();
      expect(body.block_device_mapping_v2).toEqual([
        { source_type: 'image', destination_type: 'volume', uuid: candidate.id, volume_size: 20, boot_index: 0, delete_on_termination: true },
      ]);
    }
  });

  it("boots a volume-backed instance's snapshot by imageRef, even if Create New Volume was on", () => {
    const body = buildServerRequest(
      input({ type: 'instance_snapshot', id: 'vbs-1', name: 'vbs', image: volSnapImage }, { createVolume: true, volumeSize: 10, count: 2 }),
    );
    expect(body.imageRef).toBe('vbs-1');
    expect(body.block_device_mapping_v2).toBeUndefined();
    expect(body).toMatchObject({ min_count: 2, max_count: 2 });
  });

  it('boots a volume with a volume → volume mapping and only one instance', () => {
    const body = buildServerRequest(input({ type: 'volume', id: 'vol-1', name: 'vol', volume: bootVolume }, { count: 3 }));
    expect(body.imageRef).toBeUndefined();
    expect(body.block_device_mapping_v2).toEqual([
      { source_type: 'volume', destination_type: 'volume', uuid: 'vol-1', boot_index: 0, delete_on_termination: false },
    ]);
    expect(body).toMatchObject({ min_count: 1, max_count: 1 });
  });

  it('boots a volume snapshot with a snapshot → volume mapping and its size', () => {
    const body = buildServerRequest(
      input({ type: 'volume_snapshot', id: 'vs-1', name: 'vs', snapshot: cinderSnap, volume: bootVolume }, { volumeSize: 8, count: 2 }),
    );
    expect(body.block_device_mapping_v2).toEqual([
      { source_type: 'snapshot', destination_type: 'volume', uuid: 'vs-1', volume_size: 8, boot_index: 0, delete_on_termination: false },
    ]);
    expect(body).toMatchObject({ min_count: 2, max_count: 2 });
    expect(serverCreateSchema.safeParse(body).success).toBe(true);
  });

  it('refuses to build a new volume without a size', () => {
    expect(() =>
      buildServerRequest(input({ type: 'volume_snapshot', id: 'vs-1', name: 'vs', snapshot: cinderSnap, volume: bootVolume })),
    ).toThrow(/size/);
  });

  it('sends networks "none" where the cloud has none (from 2.37), and leaves it out before', () => {
    const candidate = { type: 'image', id: cirros.id, name: 'cirros', image: cirros } as const;
    expect(buildServerRequest(input(candidate, { networkIds: [], cloudHasNetworks: false })).networks).toBe('none');
    expect(
      buildServerRequest(input(candidate, { networkIds: [], cloudHasNetworks: false, computeMicroversion: '2.36' })).networks,
    ).toBeUndefined();
  });

  it('adds the key pair, zone, description (from 2.19) and keeps the network order', () => {
    const candidate = { type: 'image', id: cirros.id, name: 'cirros', image: cirros } as const;
    const body = buildServerRequest(
      input(candidate, {
        keyName: 'demo-key',
        availabilityZone: 'nova',
        description: ' restored ',
        networkIds: ['b', 'a'],
        securityGroups: ['default', 'web'],
      }),
    );
    expect(body).toMatchObject({
      key_name: 'demo-key',
      availability_zone: 'nova',
      description: 'restored',
      networks: [{ uuid: 'b' }, { uuid: 'a' }],
      security_groups: [{ name: 'default' }, { name: 'web' }],
    });
    expect(buildServerRequest(input(candidate, { description: 'x', computeMicroversion: '2.18' })).description).toBeUndefined();
  });
});

import { generatedHashes, holdsGeneratedData } from './data/image-data';
import type { Flavor, FlavorCopy, Image, InstanceImageMeta, Server, Volume, VolumeSnapshot } from './db';
import { hexFrom } from './ids';

/** Record builders with the services' defaults, shared by the seed, the handlers and the scenarios. */
export function imageRecord(fields: Pick<Image, 'id' | 'name' | 'owner' | 'created_at'> & Partial<Image>): Image {
  return {
    status: 'active',
    visibility: 'private',
    protected: false,
    os_hidden: false,
    disk_format: 'qcow2',
    container_format: 'bare',
    size: null,
    virtual_size: null,
    checksum: null,
    os_hash_algo: null,
    os_hash_value: null,
    min_disk: 0,
    min_ram: 0,
    tags: [],
    updated_at: fields.created_at,
    properties: {},
    members: [],
    ...fields,
  };
}

/**
 * What an image looks like once its data is uploaded: size and hashes. Up to a few MiB the image
 * holds generated data (data/image-data.ts) and its hashes are those of that data; larger ones
 * (seed images of realistic size) carry made-up hashes and no data.
 */
export function uploadedData(id: string, size: number): Pick<Image, 'size' | 'checksum' | 'os_hash_algo' | 'os_hash_value'> {
  if (holdsGeneratedData(size)) return { size, os_hash_algo: 'sha512', ...generatedHashes(id, size) };
  return {
    size,
    checksum: size === 0 ? 'd41d8cd98f00b204e9800998ecf8427e' : hexFrom(`md5:${id}`, 32),
    os_hash_algo: 'sha512',
    os_hash_value:
      size === 0
        ? 'cf83e1357eefb8bdf1542850d66d8007d620e4050b5715dc83f4a921d36ce9ce47d0d13c5d85f2b0ff8318d2877eec2f63b931bd47417a81a538327af927da3e'
        : hexFrom(`sha512:${id}`, 128),
  };
}

export function flavorCopy(flavor: Flavor): FlavorCopy {
  const { id, name, vcpus, ram, disk, ephemeral, swap, extra_specs } = flavor;
  return { id, name, vcpus, ram, disk, ephemeral, swap, extra_specs: { ...extra_specs } };
}

/** Image properties Nova never copies to a snapshot (NON_INHERITABLE_IMAGE_PROPERTIES and os_glance*). */
function inheritable(key: string): boolean {
  return !(
    key.startsWith('os_glance') ||
    key.startsWith('img_signature') ||
    key.startsWith('cinder_encryption_key') ||
    ['block_device_mapping', 'bdm_v2', 'root_device_name'].includes(key)
  );
}

export function imageMetaOf(image: Image): InstanceImageMeta {
  return {
    name: image.name ?? '',
    min_disk: image.min_disk,
    min_ram: image.min_ram,
    size: image.size ?? 0,
    disk_format: image.disk_format,
    container_format: image.container_format,
    properties: Object.fromEntries(Object.entries(image.properties).filter(([key]) => inheritable(key))),
  };
}

export const noImageMeta: InstanceImageMeta = {
  name: '',
  min_disk: 0,
  min_ram: 0,
  size: 0,
  disk_format: null,
  container_format: null,
  properties: {},
};

export function serverRecord(
  fields: Pick<Server, 'id' | 'name' | 'project_id' | 'user_id' | 'flavor' | 'created'> & Partial<Server>,
): Server {
  return {
    image_id: '',
    image_meta: noImageMeta,
    key_name: null,
    availability_zone: 'nova',
    vm_state: 'active',
    task_state: null,
    power_state: 1,
    updated: fields.created,
    launched_at: fields.created,
    metadata: {},
    security_groups: ['default'],
    fault: null,
    volumes_attached: [],
    root_device_name: '/dev/vda',
    host_id: hexFrom(`host:${fields.project_id}`, 56),
    hostname: fields.name.toLowerCase().replace(/[^a-z0-9-]+/g, '-'),
    description: null,
    locked: false,
    tags: [],
    ...fields,
  };
}

export function volumeRecord(
  fields: Pick<Volume, 'id' | 'name' | 'size' | 'project_id' | 'user_id' | 'created_at'> & Partial<Volume>,
): Volume {
  return {
    description: null,
    status: 'available',
    bootable: false,
    snapshot_id: null,
    source_volid: null,
    image_metadata: null,
    attachments: [],
    availability_zone: 'nova',
    volume_type: '__DEFAULT__',
    metadata: {},
    updated_at: fields.created_at,
    ...fields,
  };
}

export function snapshotRecord(
  fields: Pick<VolumeSnapshot, 'id' | 'name' | 'volume_id' | 'size' | 'project_id' | 'user_id' | 'created_at'> &
    Partial<VolumeSnapshot>,
): VolumeSnapshot {
  return {
    description: null,
    status: 'available',
    progress: '100%',
    metadata: {},
    group_snapshot_id: null,
    updated_at: fields.created_at,
    ...fields,
  };
}

/** Cinder's volume_image_metadata for a volume made from an image. */
export function volumeImageMetadata(image: Image): Record<string, string> {
  return {
    image_id: image.id,
    image_name: image.name ?? '',
    checksum: image.checksum ?? '',
    container_format: image.container_format ?? '',
    disk_format: image.disk_format ?? '',
    min_disk: String(image.min_disk),
    min_ram: String(image.min_ram),
    size: String(image.size ?? 0),
    ...Object.fromEntries(Object.entries(image.properties).filter(([key]) => inheritable(key))),
  };
}

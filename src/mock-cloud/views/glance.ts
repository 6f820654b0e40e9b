import type { Image } from '../db';

/** Glance's flat image document: custom properties beside the base attributes. */
export function imageView(image: Image): Record<string, unknown> {
  const view: Record<string, unknown> = {
    ...image.properties,
    id: image.id,
    name: image.name,
    status: image.status,
    visibility: image.visibility,
    protected: image.protected,
    os_hidden: image.os_hidden,
    owner: image.owner,
    disk_format: image.disk_format,
    container_format: image.container_format,
    size: image.size,
    virtual_size: image.virtual_size,
    checksum: image.checksum,
    os_hash_algo: image.os_hash_algo,
    os_hash_value: image.os_hash_value,
    min_disk: image.min_disk,
    min_ram: image.min_ram,
    tags: image.tags,
    created_at: image.created_at,
    updated_at: image.updated_at,
    self: `/v2/images/${image.id}`,
    file: `/v2/images/${image.id}/file`,
    schema: '/v2/schemas/image',
  };
  // No `stores`: Glance shows it only with multiple stores (enabled_backends), which a
  // single-store cloud like the real one under test does not configure.
  return view;
}

/** Base attributes (everything else is a custom property). */
export const baseImageAttributes = new Set([
  'id',
  'name',
  'status',
  'visibility',
  'protected',
  'os_hidden',
  'owner',
  'disk_format',
  'container_format',
  'size',
  'virtual_size',
  'checksum',
  'os_hash_algo',
  'os_hash_value',
  'min_disk',
  'min_ram',
  'tags',
  'created_at',
  'updated_at',
  'self',
  'file',
  'schema',
  'stores',
  'locations',
  'direct_url',
]);

/** A base attribute or property as a comparable value (for filters and sorting). */
export function imageField(image: Image, key: string): unknown {
  if (key !== 'properties' && key !== 'members' && Object.hasOwn(image, key)) {
    return (image as unknown as Record<string, unknown>)[key];
  }
  return image.properties[key];
}

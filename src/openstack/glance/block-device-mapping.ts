import { imageBlockDeviceMappingSchema, type Image, type ImageBlockDeviceMapping } from './schemas';

/** A property counts as set only when it holds something other than blanks. */
export function hasProperty(value: string | undefined): value is string {
  return typeof value === 'string' && value.trim() !== '';
}

/**
 * Decodes the `block_device_mapping` property (a JSON string in Glance) into typed entries.
 * Missing, blank or malformed JSON gives an empty list; entries that are not objects are skipped.
 */
export function parseBlockDeviceMapping(image: Pick<Image, 'block_device_mapping'>): ImageBlockDeviceMapping[] {
  const raw = image.block_device_mapping;
  if (!hasProperty(raw)) return [];
  let decoded: unknown;
  try {
    decoded = JSON.parse(raw);
  } catch {
    return [];
  }
  if (!Array.isArray(decoded)) return [];
  return decoded.flatMap((entry: unknown) => {
    const parsed = imageBlockDeviceMappingSchema.safeParse(entry);
    return parsed.success ? [parsed.data] : [];
  });
}

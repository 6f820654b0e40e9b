import { z } from 'zod';

/** Glance image statuses (fact 21 in tests/fixtures/openstack-api-samples/README.md), listed once, in the order a status filter offers them; `status` stays a plain string so an unknown one does not break a page. */
export const imageStatuses = [
  'active',
  'queued',
  'saving',
  'uploading',
  'importing',
  'pending_delete',
  'killed',
  'deactivated',
  'deleted',
] as const;
export type ImageStatus = (typeof imageStatuses)[number];

/** Statuses that move on by themselves: a list polls while any row shows one. */
export const movingImageStatuses: readonly ImageStatus[] = ['queued', 'saving', 'uploading', 'importing', 'pending_delete'];

/** Statuses on the way to `active`: an upload or import in progress. */
export const uploadingImageStatuses: readonly ImageStatus[] = movingImageStatuses.filter((status) => status !== 'pending_delete');

/** Statuses an image never reaches `active` from: gone, going, or unusable. */
export const failedImageStatuses: readonly ImageStatus[] = imageStatuses.filter((status) => status !== 'active' && !uploadingImageStatuses.includes(status));

export function isKnownImageStatus(status: string): status is ImageStatus {
  return (imageStatuses as readonly string[]).includes(status);
}

/** Custom image properties are strings in Glance v2 (its schema's `additionalProperties`). */
const property = z.string().optional();

export const imageSchema = z.looseObject({
  id: z.string(),
  name: z.string().nullable(),
  status: z.string(),
  visibility: z.string(),
  owner: z.string().nullable().optional(),
  protected: z.boolean(),
  os_hidden: z.boolean().optional(),
  size: z.number().nullable(),
  virtual_size: z.number().nullable().optional(),
  checksum: z.string().nullable().optional(),
  min_disk: z.number(),
  min_ram: z.number(),
  disk_format: z.string().nullable().optional(),
  container_format: z.string().nullable().optional(),
  tags: z.array(z.string()).optional(),
  created_at: z.string(),
  updated_at: z.string().optional(),
  // Properties Nova sets on instance snapshots (facts 12 and 13 in tests/fixtures/openstack-api-samples/README.md).
  image_type: property,
  instance_uuid: property,
  base_image_ref: property,
  owner_project_name: property,
  owner_user_name: property,
  user_id: property,
  /** JSON-encoded list of BDM dicts on a volume-backed server's snapshot: read it with `parseBlockDeviceMapping`. */
  block_device_mapping: property,
  bdm_v2: property,
  root_device_name: property,
  description: property,
});

/** GET /v2/images: `next` and `first` are relative paths (`/v2/images?…&marker=…`). */
export const imageListSchema = z.looseObject({
  images: z.array(imageSchema),
  next: z.string().optional(),
  first: z.string().optional(),
  schema: z.string().optional(),
});

/** One BDM entry of `block_device_mapping` (decoded); lenient, as it comes from a free-form string. */
export const imageBlockDeviceMappingSchema = z.looseObject({
  source_type: z.string().nullable().optional(),
  destination_type: z.string().nullable().optional(),
  snapshot_id: z.string().nullable().optional(),
  volume_id: z.string().nullable().optional(),
  image_id: z.string().nullable().optional(),
  boot_index: z.union([z.number(), z.string()]).nullable().optional(),
  volume_size: z.union([z.number(), z.string()]).nullable().optional(),
  delete_on_termination: z.boolean().nullable().optional(),
  device_name: z.string().nullable().optional(),
  volume_type: z.string().nullable().optional(),
});

/** Values an image PATCH may set: names and custom properties, `protected`, `min_disk`, tags. */
export const imagePatchValueSchema = z.union([z.string(), z.number(), z.boolean(), z.null(), z.array(z.string())]);
const patchPath = z.string().startsWith('/');

/** RFC 6902 operations Glance accepts on PATCH /v2/images/{id} (media type `openstack-images-v2.1-json-patch`). */
export const imagePatchOperationSchema = z.discriminatedUnion('op', [
  z.object({ op: z.literal('replace'), path: patchPath, value: imagePatchValueSchema }),
  z.object({ op: z.literal('add'), path: patchPath, value: imagePatchValueSchema }),
  z.object({ op: z.literal('remove'), path: patchPath }),
]);
export const imagePatchSchema = z.array(imagePatchOperationSchema).min(1);

export const imageQuotaEntrySchema = z.looseObject({ limit: z.number(), usage: z.number() });
const optionalEntry = imageQuotaEntrySchema.optional();

/** GET /v2/info/usage; `{"usage": {}}` when Keystone unified limits are off. Sizes in MiB. */
export const imageUsageSchema = z.looseObject({
  usage: z.looseObject({
    image_size_total: optionalEntry,
    image_count_total: optionalEntry,
    image_stage_total: optionalEntry,
    image_count_uploading: optionalEntry,
  }),
});

export type Image = z.infer<typeof imageSchema>;
export type ImageBlockDeviceMapping = z.infer<typeof imageBlockDeviceMappingSchema>;
export type ImagePatchOperation = z.infer<typeof imagePatchOperationSchema>;
export type ImageQuotaEntry = z.infer<typeof imageQuotaEntrySchema>;
export type ImageUsage = z.infer<typeof imageUsageSchema>['usage'];

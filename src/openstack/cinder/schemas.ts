import { z } from 'zod';
import { linksSchema } from '../paging';

const metadataSchema = z.record(z.string(), z.string());

export const volumeSnapshotSchema = z.looseObject({
  id: z.string(),
  name: z.string().nullable(),
  description: z.string().nullable().optional(),
  status: z.string(),
  size: z.number(),
  volume_id: z.string(),
  created_at: z.string(),
  updated_at: z.string().nullable().optional(),
  metadata: metadataSchema.optional(),
  /** e.g. `"0%"`, `"100%"`. */
  'os-extended-snapshot-attributes:progress': z.string().nullable().optional(),
  'os-extended-snapshot-attributes:project_id': z.string().optional(),
  /** 3.14+ */
  group_snapshot_id: z.string().nullable().optional(),
  /** 3.41+ */
  user_id: z.string().optional(),
  /** 3.65+ */
  consumes_quota: z.boolean().optional(),
});
export const volumeSnapshotListSchema = z.looseObject({
  snapshots: z.array(volumeSnapshotSchema),
  snapshots_links: linksSchema.optional(),
});
export const volumeSnapshotShowSchema = z.looseObject({ snapshot: volumeSnapshotSchema });

export const volumeSnapshotCreateRequestSchema = z.object({
  snapshot: z.object({
    volume_id: z.string().min(1),
    name: z.string().optional(),
    description: z.string().optional(),
    force: z.boolean().optional(),
    metadata: metadataSchema.optional(),
  }),
});
export const volumeSnapshotUpdateRequestSchema = z.object({
  snapshot: z.object({ name: z.string().optional(), description: z.string().optional() }),
});

export const volumeAttachmentSchema = z.looseObject({
  id: z.string().optional(),
  attachment_id: z.string().optional(),
  server_id: z.string().optional(),
  device: z.string().nullable().optional(),
});

export const volumeSchema = z.looseObject({
  id: z.string(),
  name: z.string().nullable(),
  description: z.string().nullable().optional(),
  status: z.string(),
  size: z.number(),
  /** A string, `"true"` or `"false"`: read it with `isBootable`. */
  bootable: z.string(),
  availability_zone: z.string().nullable().optional(),
  volume_type: z.string().nullable().optional(),
  snapshot_id: z.string().nullable().optional(),
  source_volid: z.string().nullable().optional(),
  attachments: z.array(volumeAttachmentSchema),
  metadata: metadataSchema.optional(),
  volume_image_metadata: z.record(z.string(), z.string()).optional(),
  encrypted: z.boolean().optional(),
  multiattach: z.boolean().optional(),
  created_at: z.string(),
  updated_at: z.string().nullable().optional(),
  user_id: z.string().optional(),
  consumes_quota: z.boolean().optional(),
  links: linksSchema.optional(),
});
export const volumeListSchema = z.looseObject({ volumes: z.array(volumeSchema), volumes_links: linksSchema.optional() });
export const volumeShowSchema = z.looseObject({ volume: volumeSchema });

/** POST /volumes: one source at most (`snapshot_id`, `imageRef`, `source_volid`, `backup_id`). */
export const volumeCreateRequestSchema = z.object({
  volume: z.object({
    size: z.number().int().positive(),
    name: z.string().nullable().optional(),
    description: z.string().nullable().optional(),
    snapshot_id: z.string().nullable().optional(),
    imageRef: z.string().nullable().optional(),
    source_volid: z.string().nullable().optional(),
    backup_id: z.string().nullable().optional(),
    volume_type: z.string().nullable().optional(),
    availability_zone: z.string().nullable().optional(),
    multiattach: z.boolean().optional(),
    metadata: metadataSchema.optional(),
    consistencygroup_id: z.string().nullable().optional(),
  }),
  'OS-SCH-HNT:scheduler_hints': z.record(z.string(), z.unknown()).optional(),
});

export const volumeQuotaUsageEntrySchema = z.looseObject({ limit: z.number(), in_use: z.number(), reserved: z.number() });

/**
 * GET /os-quota-sets/{project_id}?usage=True: `{limit, in_use, reserved}` per resource, plus
 * per-volume-type keys (`snapshots___DEFAULT__`) and `id`. Every key but `id` must be an entry.
 */
export const volumeQuotaUsageSchema = z
  .looseObject({
    id: z.string(),
    volumes: volumeQuotaUsageEntrySchema,
    snapshots: volumeQuotaUsageEntrySchema,
    gigabytes: volumeQuotaUsageEntrySchema,
    backups: volumeQuotaUsageEntrySchema.optional(),
    backup_gigabytes: volumeQuotaUsageEntrySchema.optional(),
    groups: volumeQuotaUsageEntrySchema.optional(),
    per_volume_gigabytes: volumeQuotaUsageEntrySchema.optional(),
  })
  .superRefine((quota, ctx) => {
    for (const [key, value] of Object.entries(quota)) {
      if (key === 'id' || volumeQuotaUsageEntrySchema.safeParse(value).success) continue;
      ctx.addIssue({ code: 'custom', path: [key], message: 'expected {limit, in_use, reserved}' });
    }
  });
export const volumeQuotaUsageResponseSchema = z.looseObject({ quota_set: volumeQuotaUsageSchema });

const optionalCount = z.number().optional();
/** GET /limits → `limits.absolute` (-1 = unlimited). */
export const volumeAbsoluteLimitsSchema = z.looseObject({
  maxTotalVolumes: z.number(),
  totalVolumesUsed: z.number(),
  maxTotalSnapshots: z.number(),
  totalSnapshotsUsed: z.number(),
  maxTotalVolumeGigabytes: z.number(),
  totalGigabytesUsed: z.number(),
  maxTotalBackups: optionalCount,
  totalBackupsUsed: optionalCount,
  maxTotalBackupGigabytes: optionalCount,
  totalBackupGigabytesUsed: optionalCount,
});
export const volumeLimitsSchema = z.looseObject({
  limits: z.looseObject({ absolute: volumeAbsoluteLimitsSchema, rate: z.array(z.unknown()).optional() }),
});

export const volumeTypeSchema = z.looseObject({
  id: z.string(),
  name: z.string(),
  description: z.string().nullable().optional(),
  is_public: z.boolean().optional(),
  extra_specs: z.record(z.string(), z.string()).optional(),
});
export const volumeTypeListSchema = z.looseObject({ volume_types: z.array(volumeTypeSchema) });

/** A user message (3.3+), e.g. why a snapshot went back to `available` after a delete. */
export const volumeMessageSchema = z.looseObject({
  id: z.string(),
  user_message: z.string(),
  event_id: z.string().optional(),
  message_level: z.string().optional(),
  resource_type: z.string().optional(),
  resource_uuid: z.string().nullable().optional(),
  request_id: z.string().optional(),
  created_at: z.string(),
  guaranteed_until: z.string().nullable().optional(),
});
export const volumeMessageListSchema = z.looseObject({ messages: z.array(volumeMessageSchema) });

export type VolumeSnapshot = z.infer<typeof volumeSnapshotSchema>;
export type Volume = z.infer<typeof volumeSchema>;
export type VolumeQuotaUsageEntry = z.infer<typeof volumeQuotaUsageEntrySchema>;
export type VolumeQuotaUsage = z.infer<typeof volumeQuotaUsageSchema>;
export type VolumeAbsoluteLimits = z.infer<typeof volumeAbsoluteLimitsSchema>;
export type VolumeType = z.infer<typeof volumeTypeSchema>;
export type VolumeMessage = z.infer<typeof volumeMessageSchema>;

/** GET /resource_filters (3.33+): the filters each resource's list accepts. */
export const resourceFilterListSchema = z.looseObject({
  resource_filters: z.array(z.looseObject({ resource: z.string(), filters: z.array(z.string()) })),
});

/** POST /volumes/{id}/action `os-volume_upload_image`: Cinder makes the Glance image and fills it. */
export const volumeUploadImageRequestSchema = z.object({
  'os-volume_upload_image': z.object({
    image_name: z.string().min(1),
    disk_format: z.enum(['raw', 'qcow2']),
    container_format: z.literal('bare'),
    /** Upload an in-use volume; the copy's volume is never attached, so false. */
    force: z.boolean(),
  }),
});
/** The 202 answer names the new (queued) image and the volume's `uploading` status. */
export const volumeUploadImageAnswerSchema = z.looseObject({
  'os-volume_upload_image': z.looseObject({
    id: z.string(),
    status: z.string(),
    image_id: z.string(),
    image_name: z.string(),
    disk_format: z.string(),
    container_format: z.string(),
  }),
});
export type UploadDiskFormat = z.infer<typeof volumeUploadImageRequestSchema>['os-volume_upload_image']['disk_format'];

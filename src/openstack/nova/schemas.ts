import { z } from 'zod';
import { linksSchema } from '../paging';

export * from './server-schemas';

/** Flavor `swap` is `""` for none before 2.75 and a number (MiB) from 2.75. */
export const swapSchema = z.union([z.number(), z.literal('')]);

export const flavorSchema = z.looseObject({
  id: z.string(),
  name: z.string(),
  ram: z.number(),
  vcpus: z.number(),
  disk: z.number(),
  swap: swapSchema.optional(),
  'OS-FLV-EXT-DATA:ephemeral': z.number().optional(),
  'OS-FLV-DISABLED:disabled': z.boolean().optional(),
  'os-flavor-access:is_public': z.boolean().optional(),
  description: z.string().nullable().optional(),
  extra_specs: z.record(z.string(), z.string()).optional(),
  links: linksSchema.optional(),
});
export const flavorListSchema = z.looseObject({ flavors: z.array(flavorSchema), flavors_links: linksSchema.optional() });

export const keypairSchema = z.looseObject({
  name: z.string(),
  fingerprint: z.string().optional(),
  public_key: z.string().optional(),
  /** `ssh` or `x509`, from 2.2. */
  type: z.string().optional(),
});
/** GET /os-keypairs wraps every item: `{"keypairs": [{"keypair": {…}}]}`; `keypairs_links` from 2.35. */
export const keypairListSchema = z.looseObject({
  keypairs: z.array(z.looseObject({ keypair: keypairSchema })),
  keypairs_links: linksSchema.optional(),
});

const optionalCount = z.number().optional();

/** `limits.absolute`: instances, cores and RAM are always there; the rest vary by microversion. -1 = unlimited. */
export const computeAbsoluteLimitsSchema = z.looseObject({
  maxTotalInstances: z.number(),
  totalInstancesUsed: z.number(),
  maxTotalCores: z.number(),
  totalCoresUsed: z.number(),
  maxTotalRAMSize: z.number(),
  totalRAMUsed: z.number(),
  maxTotalKeypairs: optionalCount,
  maxServerMeta: optionalCount,
  maxServerGroups: optionalCount,
  maxServerGroupMembers: optionalCount,
  totalServerGroupsUsed: optionalCount,
  maxImageMeta: optionalCount,
  maxPersonality: optionalCount,
  maxPersonalitySize: optionalCount,
  maxSecurityGroups: optionalCount,
  maxSecurityGroupRules: optionalCount,
  totalSecurityGroupsUsed: optionalCount,
  maxTotalFloatingIps: optionalCount,
  totalFloatingIpsUsed: optionalCount,
});
export const computeLimitsSchema = z.looseObject({
  limits: z.looseObject({ absolute: computeAbsoluteLimitsSchema, rate: z.array(z.unknown()).optional() }),
});

/** One resource of a quota-set detail: `-1` means unlimited. */
export const quotaUsageSchema = z.looseObject({ limit: z.number(), in_use: z.number(), reserved: z.number() });
const optionalUsage = quotaUsageSchema.optional();

export const computeQuotaDetailSchema = z.looseObject({
  id: z.string(),
  cores: quotaUsageSchema,
  instances: quotaUsageSchema,
  ram: quotaUsageSchema,
  key_pairs: optionalUsage,
  metadata_items: optionalUsage,
  server_groups: optionalUsage,
  server_group_members: optionalUsage,
  fixed_ips: optionalUsage,
  floating_ips: optionalUsage,
  injected_files: optionalUsage,
  injected_file_content_bytes: optionalUsage,
  injected_file_path_bytes: optionalUsage,
  security_groups: optionalUsage,
  security_group_rules: optionalUsage,
});
export const computeQuotaDetailResponseSchema = z.looseObject({ quota_set: computeQuotaDetailSchema });

export const availabilityZoneSchema = z.looseObject({
  zoneName: z.string(),
  zoneState: z.looseObject({ available: z.boolean() }),
  hosts: z.unknown().optional(),
});
export const availabilityZoneListSchema = z.looseObject({ availabilityZoneInfo: z.array(availabilityZoneSchema) });

export type Flavor = z.infer<typeof flavorSchema>;
export type Keypair = z.infer<typeof keypairSchema>;
export type ComputeAbsoluteLimits = z.infer<typeof computeAbsoluteLimitsSchema>;
export type ComputeQuotaDetail = z.infer<typeof computeQuotaDetailSchema>;
export type AvailabilityZone = z.infer<typeof availabilityZoneSchema>;

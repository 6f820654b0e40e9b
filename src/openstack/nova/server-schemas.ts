import { z } from 'zod';
import { linksSchema } from '../paging';

/** `image` is `""` for a server booted from a volume, otherwise a reference (with `properties` from 2.100). */
export const serverImageRefSchema = z.looseObject({
  id: z.string(),
  links: linksSchema.optional(),
  properties: z.record(z.string(), z.unknown()).optional(),
});
export const serverImageSchema = z.union([z.literal(''), serverImageRefSchema]);

/** Before 2.47 the server's flavor is a reference by id. */
export const serverFlavorRefSchema = z.looseObject({ id: z.string(), links: linksSchema });
/** From 2.47 it is embedded, without an id. */
export const serverEmbeddedFlavorSchema = z.looseObject({
  original_name: z.string(),
  ram: z.number(),
  vcpus: z.number(),
  disk: z.number(),
  ephemeral: z.number().optional(),
  swap: z.union([z.number(), z.literal('')]).optional(),
  extra_specs: z.record(z.string(), z.string()).optional(),
});
export const serverFlavorSchema = z.union([serverFlavorRefSchema, serverEmbeddedFlavorSchema]);

export const serverAddressSchema = z.looseObject({
  addr: z.string(),
  version: z.number(),
  'OS-EXT-IPS:type': z.string().optional(),
  'OS-EXT-IPS-MAC:mac_addr': z.string().optional(),
});

export const serverFaultSchema = z.looseObject({
  code: z.number(),
  message: z.string(),
  created: z.string().optional(),
  details: z.string().optional(),
});

export const serverSchema = z.looseObject({
  id: z.string(),
  name: z.string(),
  status: z.string(),
  created: z.string(),
  updated: z.string().optional(),
  tenant_id: z.string(),
  user_id: z.string(),
  image: serverImageSchema,
  flavor: serverFlavorSchema,
  addresses: z.record(z.string(), z.array(serverAddressSchema)),
  key_name: z.string().nullable().optional(),
  metadata: z.record(z.string(), z.string()).optional(),
  description: z.string().nullable().optional(),
  locked: z.boolean().optional(),
  fault: serverFaultSchema.optional(),
  links: linksSchema.optional(),
  'OS-EXT-STS:task_state': z.string().nullable().optional(),
  'OS-EXT-STS:vm_state': z.string().nullable().optional(),
  'OS-EXT-STS:power_state': z.number().nullable().optional(),
  'OS-EXT-AZ:availability_zone': z.string().nullable().optional(),
  'os-extended-volumes:volumes_attached': z
    .array(z.looseObject({ id: z.string(), delete_on_termination: z.boolean().optional() }))
    .optional(),
  security_groups: z.array(z.looseObject({ name: z.string() })).optional(),
});
export const serverListSchema = z.looseObject({ servers: z.array(serverSchema), servers_links: linksSchema.optional() });
export const serverShowSchema = z.looseObject({ server: serverSchema });

/** POST /servers/{id}/action `createImage` (same body at 2.1 and 2.45). */
export const createImageRequestSchema = z.object({
  createImage: z.object({ name: z.string().min(1), metadata: z.record(z.string(), z.string()).optional() }),
});
/** From 2.45 the answer carries the new Glance image id; before, only a `Location` header does. */
export const createImageResponseSchema = z.looseObject({ image_id: z.string().min(1) });

/** `volume_size` is an integer, which Nova also accepts as a numeric string (see the 2.67 sample). */
const sizeSchema = z.union([z.number().int().positive(), z.string().regex(/^\d+$/)]);

export const blockDeviceMappingV2Schema = z.object({
  boot_index: z.number().int().nullable().optional(),
  uuid: z.string().optional(),
  source_type: z.enum(['blank', 'image', 'snapshot', 'volume']),
  destination_type: z.enum(['volume', 'local']).optional(),
  volume_size: sizeSchema.optional(),
  delete_on_termination: z.boolean().optional(),
  /** Needs ≥ 2.67. */
  volume_type: z.string().optional(),
  tag: z.string().optional(),
});

/** `networks` is required from 2.37: a list, or `"auto"` / `"none"`. */
export const serverNetworksSchema = z.union([
  z.literal('auto'),
  z.literal('none'),
  z.array(z.object({ uuid: z.string(), tag: z.string().optional() })),
]);

/** The body of POST /servers under `server`. `imageRef` may be left out when booting from a volume. */
export const serverCreateSchema = z.object({
  name: z.string().min(1),
  imageRef: z.string().optional(),
  flavorRef: z.string().min(1),
  min_count: z.number().int().positive().optional(),
  max_count: z.number().int().positive().optional(),
  availability_zone: z.string().optional(),
  key_name: z.string().optional(),
  security_groups: z.array(z.object({ name: z.string() })).optional(),
  networks: serverNetworksSchema.optional(),
  description: z.string().optional(),
  metadata: z.record(z.string(), z.string()).optional(),
  user_data: z.string().optional(),
  block_device_mapping_v2: z.array(blockDeviceMappingV2Schema).optional(),
});
export const serverCreateRequestSchema = z.object({
  server: serverCreateSchema,
  'OS-SCH-HNT:scheduler_hints': z.record(z.string(), z.unknown()).optional(),
});
export const serverCreateResponseSchema = z.looseObject({
  server: z.looseObject({ id: z.string(), links: linksSchema.optional(), adminPass: z.string().optional() }),
});

export type ServerEmbeddedFlavor = z.infer<typeof serverEmbeddedFlavorSchema>;
export type ServerFlavor = z.infer<typeof serverFlavorSchema>;
export type ServerFault = z.infer<typeof serverFaultSchema>;
export type Server = z.infer<typeof serverSchema>;
export type BlockDeviceMappingV2 = z.infer<typeof blockDeviceMappingV2Schema>;
export type ServerCreate = z.infer<typeof serverCreateSchema>;

import { z } from 'zod';
import { linksSchema } from '../paging';

export const networkSchema = z.looseObject({
  id: z.string(),
  name: z.string(),
  status: z.string().optional(),
  shared: z.boolean().optional(),
  'router:external': z.boolean().optional(),
  admin_state_up: z.boolean().optional(),
  subnets: z.array(z.string()).optional(),
  project_id: z.string().optional(),
  tenant_id: z.string().optional(),
  description: z.string().nullable().optional(),
  availability_zones: z.array(z.string()).optional(),
  is_default: z.boolean().optional(),
});
export const networkListSchema = z.looseObject({ networks: z.array(networkSchema), networks_links: linksSchema.optional() });

export const securityGroupRuleSchema = z.looseObject({
  id: z.string(),
  direction: z.string(),
  ethertype: z.string().optional(),
  protocol: z.string().nullable().optional(),
  port_range_min: z.number().nullable().optional(),
  port_range_max: z.number().nullable().optional(),
  remote_ip_prefix: z.string().nullable().optional(),
  remote_group_id: z.string().nullable().optional(),
});

/** With `fields=id&fields=name&fields=description` only those three come back. */
export const securityGroupSchema = z.looseObject({
  id: z.string(),
  name: z.string(),
  description: z.string().nullable().optional(),
  security_group_rules: z.array(securityGroupRuleSchema).optional(),
  project_id: z.string().optional(),
  tenant_id: z.string().optional(),
  stateful: z.boolean().optional(),
  shared: z.boolean().optional(),
});
export const securityGroupListSchema = z.looseObject({
  security_groups: z.array(securityGroupSchema),
  security_groups_links: linksSchema.optional(),
});

export type Network = z.infer<typeof networkSchema>;
export type SecurityGroupRule = z.infer<typeof securityGroupRuleSchema>;
export type SecurityGroup = z.infer<typeof securityGroupSchema>;

import { z } from 'zod';

export const endpointSchema = z.looseObject({
  id: z.string().optional(),
  interface: z.enum(['public', 'internal', 'admin']),
  region: z.string().nullable().optional(),
  region_id: z.string().nullable().optional(),
  url: z.string().min(1),
});

export const catalogEntrySchema = z.looseObject({
  id: z.string().optional(),
  type: z.string(),
  name: z.string().optional(),
  endpoints: z.array(endpointSchema),
});

export const catalogSchema = z.array(catalogEntrySchema);

const namedRefSchema = z.looseObject({ id: z.string(), name: z.string().optional() });

export const tokenBodySchema = z.looseObject({
  token: z.looseObject({
    expires_at: z.string(),
    issued_at: z.string().optional(),
    methods: z.array(z.string()),
    user: z.looseObject({
      id: z.string(),
      name: z.string(),
      domain: namedRefSchema.optional(),
    }),
    project: z
      .looseObject({
        id: z.string(),
        name: z.string(),
        domain: namedRefSchema.optional(),
      })
      .optional(),
    roles: z.array(namedRefSchema).optional(),
    catalog: catalogSchema.optional(),
  }),
});

export const authProjectSchema = z.looseObject({
  id: z.string(),
  name: z.string(),
  domain_id: z.string().optional(),
  enabled: z.boolean().optional(),
});

export const authProjectsSchema = z.looseObject({
  projects: z.array(authProjectSchema),
});

export const catalogBodySchema = z.looseObject({ catalog: catalogSchema });

export type Endpoint = z.infer<typeof endpointSchema>;
export type CatalogEntry = z.infer<typeof catalogEntrySchema>;
export type Catalog = z.infer<typeof catalogSchema>;
export type TokenBody = z.infer<typeof tokenBodySchema>;
export type AuthProject = z.infer<typeof authProjectSchema>;

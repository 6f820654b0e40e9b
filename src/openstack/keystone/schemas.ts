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

/** GET / of Identity: unlike Nova and Cinder, `{"versions": {"values": [...]}}`. */
export const identityVersionsSchema = z.looseObject({
  versions: z.looseObject({
    values: z.array(z.looseObject({ id: z.string(), status: z.string(), updated: z.string().optional() })),
  }),
});

const domainRefSchema = z.union([z.object({ id: z.string() }), z.object({ name: z.string() })]);

/** POST /v3/auth/tokens: password (user by id, or by name in a domain) or token method, project scope. */
export const authRequestSchema = z.object({
  auth: z.object({
    identity: z.object({
      methods: z.array(z.enum(['password', 'token'])).min(1),
      password: z
        .object({
          user: z.union([
            z.object({ id: z.string(), password: z.string() }),
            z.object({ name: z.string(), domain: domainRefSchema, password: z.string() }),
          ]),
        })
        .optional(),
      token: z.object({ id: z.string() }).optional(),
    }),
    scope: z
      .object({
        project: z.union([z.object({ id: z.string() }), z.object({ name: z.string(), domain: domainRefSchema })]),
      })
      .optional(),
  }),
});

export type Endpoint = z.infer<typeof endpointSchema>;
export type CatalogEntry = z.infer<typeof catalogEntrySchema>;
export type Catalog = z.infer<typeof catalogSchema>;
export type TokenBody = z.infer<typeof tokenBodySchema>;
export type AuthProject = z.infer<typeof authProjectSchema>;

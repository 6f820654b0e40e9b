import { z } from 'zod';

/**
 * Where a "shut it off first" snapshot stands. Each step is written before its request is sent, so
 * whoever picks the plan up knows what may already have happened:
 * stop → (stop sent) stopping → (createImage may be sent) creating → (image known) uploading →
 * (start may be sent) starting.
 */
export const planStepSchema = z.enum(['stop', 'stopping', 'creating', 'uploading', 'starting']);

export const snapshotPlanSchema = z.object({
  version: z.literal(1),
  /** The cloud, region and project (CloudApi.scope): a plan is only taken up in the same scope. */
  scope: z.string(),
  serverId: z.string(),
  serverName: z.string(),
  snapshotName: z.string(),
  step: planStepSchema,
  imageId: z.string().nullable(),
  createdAt: z.number(),
});

export type PlanStep = z.infer<typeof planStepSchema>;
export type SnapshotPlan = z.infer<typeof snapshotPlanSchema>;

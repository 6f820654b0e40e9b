import { z } from 'zod';

/** What the watcher follows: a snapshot (an image), a restore (a rebuild) or a launch (a new server). */
export const watchKindSchema = z.enum(['snapshot', 'restore', 'launch']);

export const operationWatchSchema = z.object({
  version: z.literal(1),
  /** The cloud, region and project (CloudApi.scope) it was started in. */
  scope: z.string(),
  kind: watchKindSchema,
  /** The image id for a snapshot, the server id for a restore or a launch. */
  id: z.string(),
  /** What the user called it: the snapshot's or the instance's name. */
  name: z.string(),
  /** The snapshotted instance, whose task states tell the phases. */
  serverId: z.string().nullable(),
  /** When this browser started it (its own clock). */
  startedAt: z.number(),
});

export type WatchKind = z.infer<typeof watchKindSchema>;
export type OperationWatch = z.infer<typeof operationWatchSchema>;

import { z } from 'zod';

/**
 * What the watcher follows: a snapshot (an image), a restore (a rebuild), a launch (a new server),
 * or a power action (start, stop, reboot) until the server settles.
 */
export const watchKindSchema = z.enum(['snapshot', 'restore', 'launch', 'power']);

export const operationWatchSchema = z.object({
  version: z.literal(1),
  /** The cloud, region and project (CloudApi.scope) it was started in. */
  scope: z.string(),
  kind: watchKindSchema,
  /** The image id for a snapshot, else the server id. */
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

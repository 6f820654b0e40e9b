import { z } from 'zod';

/**
 * Where a copy of a volume snapshot to a Glance image stands. Each step is written before its
 * request is sent, so whoever picks the plan up knows what may already have happened:
 * new → (POST /volumes may be sent) creatingVolume → (volume known) volumeCreating →
 * (os-volume_upload_image may be sent) uploading → (image known) imageSaving →
 * (DELETE of the temporary volume may be sent) deletingVolume.
 */
export const copyStepSchema = z.enum(['new', 'creatingVolume', 'volumeCreating', 'uploading', 'imageSaving', 'deletingVolume']);

export const copyPlanSchema = z.object({
  version: z.literal(1),
  /** The cloud, region and project (CloudApi.scope): a plan is only taken up in the same scope. */
  scope: z.string(),
  /** The Cinder volume snapshot whose data is copied; one copy per snapshot at a time. */
  snapshotId: z.string(),
  /** What the user copied, for the words: the instance snapshot's or volume snapshot's name. */
  sourceName: z.string(),
  /** GiB of the snapshot, the size of the temporary volume. */
  size: z.number().int().positive(),
  imageName: z.string().min(1),
  diskFormat: z.enum(['raw', 'qcow2']),
  /** The temporary volume's name, unique to this plan so a resumed plan finds its own. */
  volumeName: z.string(),
  step: copyStepSchema,
  volumeId: z.string().nullable(),
  imageId: z.string().nullable(),
  /** Images that had `imageName` before the upload was sent: the new one is the one not listed here. */
  imagesBefore: z.array(z.string()),
  /** Last statuses seen, for the progress view. */
  volumeStatus: z.string().nullable(),
  imageStatus: z.string().nullable(),
  createdAt: z.number(),
});

export type CopyStep = z.infer<typeof copyStepSchema>;
export type CopyPlan = z.infer<typeof copyPlanSchema>;

/** What a copy starts from: the rest of a plan is what nothing has happened yet looks like. */
export type CopyPlanStart = Pick<CopyPlan, 'scope' | 'snapshotId' | 'sourceName' | 'size' | 'imageName' | 'diskFormat' | 'volumeName' | 'createdAt'>;

/** A plan before its first step. */
export function newCopyPlan(start: CopyPlanStart): CopyPlan {
  return { version: 1, ...start, step: 'new', volumeId: null, imageId: null, imagesBefore: [], volumeStatus: null, imageStatus: null };
}

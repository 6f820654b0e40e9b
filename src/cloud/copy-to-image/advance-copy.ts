import { isOpenStackError, isUnauthorized } from '@/openstack/errors';
import type { Image } from '@/openstack/glance/schemas';
import type { Volume } from '@/openstack/cinder/schemas';
import type { CopyPlan } from './plan-schema';

export interface CopyDeps {
  /** null when Cinder answers 404. */
  readVolume(volumeId: string): Promise<Volume | null>;
  /** The plan's temporary volume, if Cinder already made it: by its name and source snapshot. */
  findVolume(name: string, snapshotId: string): Promise<Volume | null>;
  createVolume(input: { name: string; size: number; snapshotId: string }): Promise<{ id: string; status: string }>;
  uploadToImage(input: { volumeId: string; imageName: string; diskFormat: CopyPlan['diskFormat'] }): Promise<{ imageId: string }>;
  /** Ids of the project's images called `name`. */
  imageIdsNamed(name: string): Promise<string[]>;
  /** null when Glance answers 404. */
  readImage(imageId: string): Promise<Image | null>;
  deleteVolume(volumeId: string): Promise<void>;
  save(plan: CopyPlan): void;
}

export type CopyStuckReason = 'createRefused' | 'volumeFailed' | 'volumeGone' | 'uploadRefused' | 'imageFailed' | 'deleteRefused';

export type CopyOutcome =
  /** The cloud is working; look again later. */
  | { kind: 'waiting' }
  /** A request was sent: look again at once. */
  | { kind: 'moved' }
  | { kind: 'done'; imageId: string }
  /** `error` is the refusal itself when there is one (not stored: the plan keeps ids and names only). */
  | { kind: 'stuck'; reason: CopyStuckReason; detail: string; error?: unknown };

const waiting: CopyOutcome = { kind: 'waiting' };
const moved: CopyOutcome = { kind: 'moved' };
const failedImage = new Set(['killed', 'deleted', 'pending_delete']);

/** A refusal in the service's words; anything else (no network, an ended session) is thrown to the caller. */
function refusal(error: unknown): error is Error {
  return isOpenStackError(error) && error.kind === 'http' && !isUnauthorized(error);
}

function seen(plan: CopyPlan, deps: CopyDeps, statuses: Partial<Pick<CopyPlan, 'volumeStatus' | 'imageStatus'>>): CopyPlan {
  const next = { ...plan, ...statuses };
  if (next.volumeStatus !== plan.volumeStatus || next.imageStatus !== plan.imageStatus) deps.save(next);
  return next;
}

async function createVolume(plan: CopyPlan, deps: CopyDeps): Promise<CopyOutcome> {
  deps.save({ ...plan, step: 'creatingVolume' });
  try {
    const volume = await deps.createVolume({ name: plan.volumeName, size: plan.size, snapshotId: plan.snapshotId });
    deps.save({ ...plan, step: 'volumeCreating', volumeId: volume.id, volumeStatus: volume.status });
    return moved;
  } catch (error) {
    if (!refusal(error)) throw error;
    // Refused: nothing was made, the plan can start again from the form.
    deps.save(plan);
    return { kind: 'stuck', reason: 'createRefused', detail: error.message, error };
  }
}

async function upload(plan: CopyPlan, volumeId: string, deps: CopyDeps): Promise<CopyOutcome> {
  const imagesBefore = await deps.imageIdsNamed(plan.imageName);
  const sending = { ...plan, step: 'uploading' as const, imagesBefore };
  deps.save(sending);
  try {
    const { imageId } = await deps.uploadToImage({ volumeId, imageName: plan.imageName, diskFormat: plan.diskFormat });
    deps.save({ ...sending, step: 'imageSaving', imageId, volumeStatus: 'uploading', imageStatus: 'queued' });
    return moved;
  } catch (error) {
    if (!refusal(error)) throw error;
    deps.save({ ...plan, volumeStatus: 'available' });
    return { kind: 'stuck', reason: 'uploadRefused', detail: error.message, error };
  }
}

async function deleteVolume(plan: CopyPlan, volumeId: string, deps: CopyDeps): Promise<CopyOutcome> {
  deps.save({ ...plan, step: 'deletingVolume' });
  try {
    await deps.deleteVolume(volumeId);
    return moved;
  } catch (error) {
    if (!refusal(error)) throw error;
    return { kind: 'stuck', reason: 'deleteRefused', detail: error.message, error };
  }
}

/**
 * One look at the cloud's real state and at most one request to move the copy on. Safe to call
 * again at any time: it never makes a second volume or image, and deletes only its own volume.
 */
export async function advanceCopy(plan: CopyPlan, deps: CopyDeps): Promise<CopyOutcome> {
  switch (plan.step) {
    case 'new':
      return createVolume(plan, deps);
    case 'creatingVolume': {
      // POST /volumes may have been sent before the tab went away: look for its volume first.
      const found = await deps.findVolume(plan.volumeName, plan.snapshotId);
      if (!found) return createVolume({ ...plan, step: 'new' }, deps);
      deps.save({ ...plan, step: 'volumeCreating', volumeId: found.id, volumeStatus: found.status });
      return moved;
    }
    case 'volumeCreating':
    case 'uploading': {
      const volume = plan.volumeId ? await deps.readVolume(plan.volumeId) : null;
      if (!volume) return { kind: 'stuck', reason: 'volumeGone', detail: plan.volumeName };
      const current = seen(plan, deps, { volumeStatus: volume.status });
      if (current.step === 'uploading') {
        // The upload may have been sent: Cinder makes the image before it answers, so look for it.
        const ids = await deps.imageIdsNamed(current.imageName);
        const made = ids.find((id) => !current.imagesBefore.includes(id));
        if (made) {
          deps.save({ ...current, step: 'imageSaving', imageId: made });
          return moved;
        }
        if (volume.status === 'uploading') return waiting;
      }
      if (volume.status.startsWith('error')) return { kind: 'stuck', reason: 'volumeFailed', detail: volume.status };
      return volume.status === 'available' ? upload({ ...current, step: 'volumeCreating' }, volume.id, deps) : waiting;
    }
    case 'imageSaving': {
      const image = plan.imageId ? await deps.readImage(plan.imageId) : null;
      if (!image || failedImage.has(image.status)) return { kind: 'stuck', reason: 'imageFailed', detail: image?.status ?? '' };
      const volume = plan.volumeId ? await deps.readVolume(plan.volumeId) : null;
      const current = seen(plan, deps, { imageStatus: image.status, volumeStatus: volume?.status ?? null });
      if (image.status !== 'active' || volume?.status === 'uploading') return waiting;
      if (!volume) return { kind: 'done', imageId: image.id };
      return deleteVolume(current, volume.id, deps);
    }
    case 'deletingVolume': {
      const volume = plan.volumeId ? await deps.readVolume(plan.volumeId) : null;
      if (!volume) return { kind: 'done', imageId: plan.imageId ?? '' };
      const current = seen(plan, deps, { volumeStatus: volume.status });
      if (volume.status.startsWith('error')) return { kind: 'stuck', reason: 'deleteRefused', detail: volume.status };
      // Still available: the DELETE never reached Cinder (a second one on a deleting volume is refused).
      return volume.status === 'available' ? deleteVolume(current, volume.id, deps) : waiting;
    }
  }
}

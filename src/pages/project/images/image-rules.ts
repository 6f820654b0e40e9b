import type { StatusTone } from '@/components/StatusBadge';
import type { MessageKey } from '@/i18n';
import { imageKind, isVolumeBackedSnapshot, snapshotVolumeSnapshotIds, type ImageKind } from '@/openstack/glance/classify';
import { isKnownImageStatus, movingImageStatuses, type Image, type ImageStatus } from '@/openstack/glance/schemas';

export function isTransitional(image: Pick<Image, 'status'>): boolean {
  return isKnownImageStatus(image.status) && movingImageStatuses.includes(image.status);
}

/** The badge tone of a status; a moving one is a transition, an unknown one neutral. */
export function statusTone(status: string): StatusTone {
  if (!isKnownImageStatus(status)) return 'neutral';
  if (movingImageStatuses.includes(status)) return 'transition';
  const settled: Partial<Record<ImageStatus, StatusTone>> = { active: 'ok', killed: 'error', deactivated: 'warning' };
  return settled[status] ?? 'neutral';
}

/** The i18n key of a status in words; unknown statuses are shown as the cloud spells them. */
export function statusKey(status: string): MessageKey | null {
  return isKnownImageStatus(status) ? `images.status.${status}` : null;
}

export function kindOf(image: Image): ImageKind {
  return imageKind(image);
}

export function displayName(image: Pick<Image, 'id' | 'name'>): string {
  const name = image.name?.trim();
  return name ? name : image.id;
}

export function isOwnedBy(image: Pick<Image, 'owner'>, projectId: string): boolean {
  return image.owner === projectId;
}

/** Why a row cannot be deleted by this project, as an i18n key; null when it can. */
export function deleteBlocker(image: Image, projectId: string): MessageKey | null {
  if (!isOwnedBy(image, projectId)) return 'images.reasons.notOwned';
  if (image.status === 'pending_delete' || image.status === 'deleted') return 'images.reasons.deleting';
  if (image.protected) return 'images.reasons.protected';
  return null;
}

/**
 * Whether the row's checkbox is enabled. Rows this project can never delete (someone else's, or
 * already going) are disabled; a protected row stays selectable but is flagged and skipped.
 */
export function selectionBlocker(image: Image, projectId: string): MessageKey | null {
  const blocker = deleteBlocker(image, projectId);
  return blocker === 'images.reasons.protected' ? null : blocker;
}

/** Why Launch is not offered, as an i18n key; null when the image can boot an instance. */
export function launchBlocker(image: Image): MessageKey | null {
  return image.status === 'active' ? null : 'images.reasons.notActive';
}

/** Why Edit is not offered (only the owner may change an image). */
export function editBlocker(image: Image, projectId: string): MessageKey | null {
  return isOwnedBy(image, projectId) ? null : 'images.reasons.notOwnedEdit';
}

/** Why Share is not offered: only the owner manages an image's members. */
export function shareBlocker(image: Image, projectId: string): MessageKey | null {
  return isOwnedBy(image, projectId) ? null : 'imageSharing.notOwned';
}

/** The Cinder snapshots a volume-backed snapshot names (empty for any other image). */
export function linkedVolumeSnapshotIds(image: Image): string[] {
  return isVolumeBackedSnapshot(image) ? snapshotVolumeSnapshotIds(image) : [];
}

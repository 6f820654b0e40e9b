import type { MessageKey } from '@/i18n';
import type { VolumeSnapshot } from '@/openstack/cinder/schemas';
import type { VolumeCreate } from '@/openstack/cinder/volumes';
import type { VolumeSnapshotUpdate } from '@/openstack/cinder/snapshots';

/** Cinder's column widths for names and descriptions. */
export const NAME_MAX = 255;
const DESCRIPTION_MAX = 255;

interface FieldProblem {
  key: MessageKey;
  params?: Readonly<Record<string, string | number>>;
}

export type Problems<F extends string> = Partial<Record<F, FieldProblem>>;

function textProblem(value: string, max: number): FieldProblem | undefined {
  return value.trim().length > max ? { key: 'volumeSnapshots.form.tooLong', params: { max } } : undefined;
}

// ── Edit ────────────────────────────────────────────────────────────────────

export interface EditValues {
  name: string;
  description: string;
}

export function initialEditValues(snapshot: VolumeSnapshot): EditValues {
  return { name: snapshot.name ?? '', description: snapshot.description ?? '' };
}

export function validateEdit(values: EditValues): Problems<keyof EditValues> {
  const problems: Problems<keyof EditValues> = {};
  if (values.name.trim() === '') problems.name = { key: 'volumeSnapshots.form.nameRequired' };
  else problems.name = textProblem(values.name, NAME_MAX);
  problems.description = textProblem(values.description, DESCRIPTION_MAX);
  return problems;
}

/** Only what changed; an empty object means there is nothing to send. */
export function editChanges(snapshot: VolumeSnapshot, values: EditValues): VolumeSnapshotUpdate {
  const changes: VolumeSnapshotUpdate = {};
  const name = values.name.trim();
  const description = values.description.trim();
  if (name !== (snapshot.name ?? '')) changes.name = name;
  if (description !== (snapshot.description ?? '')) changes.description = description;
  return changes;
}

// ── Create Volume ───────────────────────────────────────────────────────────

export interface CreateVolumeValues {
  name: string;
  description: string;
  /** As typed, so a half-typed number is kept. */
  size: string;
  /** '' = the cloud's default type. */
  volumeType: string;
}

export function initialCreateValues(snapshot: VolumeSnapshot): CreateVolumeValues {
  return { name: snapshot.name ?? '', description: '', size: String(snapshot.size), volumeType: '' };
}

/** The size as whole GiB, or null when it is not one. */
export function parseSize(raw: string): number | null {
  const text = raw.trim();
  if (!/^\d+$/.test(text)) return null;
  const value = Number(text);
  return Number.isSafeInteger(value) ? value : null;
}

/** The form's fields, and `quota` for a problem of the whole request. */
export type CreateVolumeField = keyof CreateVolumeValues | 'quota';

export interface CreateVolumeLimits {
  /** GiB still free in the project's quota, or null when unlimited or unknown. */
  gigabytesLeft: number | null;
  /** Volumes still free in the quota, or null when unlimited or unknown. */
  volumesLeft: number | null;
}

/**
 * Checks the form before Cinder is asked: the size is a whole number of GiB, at least the
 * snapshot's (Cinder refuses smaller), and within the quota the project has left.
 */
export function validateCreateVolume(
  values: CreateVolumeValues,
  snapshot: Pick<VolumeSnapshot, 'size'>,
  limits: CreateVolumeLimits,
): Problems<CreateVolumeField> {
  const problems: Problems<CreateVolumeField> = {};
  problems.name = textProblem(values.name, NAME_MAX);
  problems.description = textProblem(values.description, DESCRIPTION_MAX);
  const size = parseSize(values.size);
  if (size === null || size < 1) problems.size = { key: 'volumeSnapshots.createVolume.sizeWhole' };
  else if (size < snapshot.size) problems.size = { key: 'volumeSnapshots.createVolume.sizeTooSmall', params: { min: snapshot.size } };
  else if (limits.gigabytesLeft !== null && size > limits.gigabytesLeft) {
    problems.size = { key: 'volumeSnapshots.createVolume.sizeOverQuota', params: { left: Math.max(0, limits.gigabytesLeft) } };
  }
  if (limits.volumesLeft !== null && limits.volumesLeft < 1) problems.quota = { key: 'volumeSnapshots.createVolume.noVolumesLeft' };
  return problems;
}

export function hasProblems(problems: Problems<string>): boolean {
  return Object.values(problems).some(Boolean);
}

export function createVolumeRequest(snapshot: VolumeSnapshot, values: CreateVolumeValues): VolumeCreate {
  const description = values.description.trim();
  return {
    name: values.name.trim(),
    size: parseSize(values.size) ?? snapshot.size,
    snapshotId: snapshot.id,
    volumeType: values.volumeType || undefined,
    description: description || undefined,
  };
}

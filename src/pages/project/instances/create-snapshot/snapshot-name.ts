/** Glance's limit on an image name (and Nova's on createImage `name`). */
const SNAPSHOT_NAME_MAX = 255;

export type SnapshotNameProblem = { kind: 'required' } | { kind: 'tooLong'; length: number };

/** The name as it will be sent: surrounding spaces are dropped. */
export function cleanSnapshotName(raw: string): string {
  return raw.trim();
}

export function snapshotNameProblem(raw: string): SnapshotNameProblem | null {
  const name = cleanSnapshotName(raw);
  if (name === '') return { kind: 'required' };
  // Characters as the user counts them (code points), which is what Glance's limit counts too.
  const length = [...name].length;
  if (length > SNAPSHOT_NAME_MAX) return { kind: 'tooLong', length };
  return null;
}

function twoDigits(value: number): string {
  return String(value).padStart(2, '0');
}

/** `<instance>-snapshot-20250131-1407` in local time; the instance part is cut to fit the limit. */
export function defaultSnapshotName(instanceName: string, now: Date = new Date()): string {
  const stamp =
    `${now.getFullYear()}${twoDigits(now.getMonth() + 1)}${twoDigits(now.getDate())}` +
    `-${twoDigits(now.getHours())}${twoDigits(now.getMinutes())}`;
  const suffix = `-snapshot-${stamp}`;
  const base = [...(instanceName.trim() || 'instance')].slice(0, SNAPSHOT_NAME_MAX - suffix.length).join('');
  return `${base}${suffix}`;
}

import type { MessageKey } from '@/i18n';

/** Keystone's own ids are 32 hex digits; other identity backends may use UUIDs with dashes. */
const PROJECT_ID = /^(?:[0-9a-f]{32}|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/i;

/** Why `value` cannot be invited, as an i18n key; null when it can. */
export function projectIdProblem(value: string, ownProjectId: string, memberIds: readonly string[]): MessageKey | null {
  const id = value.trim();
  if (!PROJECT_ID.test(id)) return 'imageSharing.invalidId';
  if (id.toLowerCase() === ownProjectId.toLowerCase()) return 'imageSharing.ownProject';
  if (memberIds.some((member) => member.toLowerCase() === id.toLowerCase())) return 'imageSharing.alreadyMember';
  return null;
}

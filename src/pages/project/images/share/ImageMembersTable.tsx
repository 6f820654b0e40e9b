import { Time } from '@/components/Time';
import { useI18n } from '@/i18n';
import type { ImageMember } from '@/openstack/glance/member-schemas';
import { MemberStatusBadge } from './member-status';

interface ImageMembersTableProps {
  members: readonly ImageMember[];
  /** The member being removed: its button is busy, the others wait. */
  removing: string | null;
  onRemove(projectId: string): void;
}

/** Each project the image is shared with, its answer, and Remove. */
export function ImageMembersTable({ members, removing, onRemove }: ImageMembersTableProps) {
  const { t } = useI18n();
  if (members.length === 0) return <p className="image-details__muted">{t('imageSharing.noMembers')}</p>;
  return (
    <table className="image-share__members">
      <caption>{t('imageSharing.members')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('imageSharing.project')}</th>
          <th scope="col">{t('imageSharing.status')}</th>
          <th scope="col">{t('imageSharing.since')}</th>
          <th scope="col">
            <span className="visually-hidden">{t('imageSharing.remove')}</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {members.map((member) => (
          <tr key={member.member_id}>
            <th scope="row">
              <code>{member.member_id}</code>
            </th>
            <td>
              <MemberStatusBadge status={member.status} />
            </td>
            <td>
              <Time value={member.created_at} show="age" />
            </td>
            <td>
              <button
                type="button"
                className="button button--small button--danger"
                aria-label={t('imageSharing.removeNamed', { project: member.member_id })}
                aria-busy={removing === member.member_id || undefined}
                disabled={removing !== null}
                onClick={() => onRemove(member.member_id)}
              >
                {t('imageSharing.remove')}
              </button>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

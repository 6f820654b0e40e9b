import { StatusBadge, type StatusTone } from '@/components/StatusBadge';
import { useI18n } from '@/i18n';
import { isMemberStatus, type MemberStatus } from '@/openstack/glance/member-schemas';

const tones: Record<MemberStatus, StatusTone> = { pending: 'warning', accepted: 'ok', rejected: 'neutral' };

/** A member's answer as a badge; a status Glance may add later is shown as it spells it. */
export function MemberStatusBadge({ status }: { status: string }) {
  const { t } = useI18n();
  if (!isMemberStatus(status)) return <StatusBadge tone="neutral" label={status} />;
  return <StatusBadge tone={tones[status]} label={t(`imageSharing.memberStatus.${status}`)} />;
}

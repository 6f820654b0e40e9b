import { useNavigate } from 'react-router-dom';
import { useI18n } from '@/i18n';
import { useCloud } from '@/cloud/cloud-context';
import { paths } from '@/paths';
import { NotifyToggle } from './NotifyToggle';

export function UserMenu() {
  const { t } = useI18n();
  const { session, signOut } = useCloud();
  const navigate = useNavigate();
  if (!session) return null;
  return (
    <div className="header-user" role="group" aria-label={t('shell.userMenu', { name: session.user.name })}>
      <span className="header-user__name">{session.user.name}</span>
      <NotifyToggle />
      <button
        type="button"
        className="button button--ghost"
        onClick={() => {
          void signOut().then(() => navigate(`${paths.login}?reason=signed-out`, { replace: true }));
        }}
      >
        {t('auth.signOut')}
      </button>
    </div>
  );
}

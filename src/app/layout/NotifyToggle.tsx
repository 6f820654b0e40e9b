import { useNotifyState } from '@/cloud/watches/notify-preference';
import { useI18n } from '@/i18n';

/**
 * Turns browser notifications for finished snapshots, restores and launches on or off. The
 * browser is asked only when this is pressed, never on load.
 */
export function NotifyToggle() {
  const { t } = useI18n();
  const { state, enable, disable } = useNotifyState();
  if (state === 'unsupported') return null;
  if (state === 'blocked') return <span className="header-user__note">{t('announce.notify.blocked')}</span>;
  const on = state === 'on';
  return (
    <button
      type="button"
      className="button button--ghost"
      aria-pressed={on}
      title={t('announce.notify.toggleLabel')}
      onClick={() => (on ? disable() : void enable())}
    >
      {t('announce.notify.enable')}
    </button>
  );
}

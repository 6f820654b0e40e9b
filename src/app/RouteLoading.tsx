import { useI18n } from '@/i18n';

/** Shown while a panel's code is still on its way. */
export function RouteLoading() {
  const { t } = useI18n();
  return (
    <p className="route-loading" role="status">
      {t('common.loading')}
    </p>
  );
}

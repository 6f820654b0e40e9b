import { isRouteErrorResponse, useRouteError } from 'react-router-dom';
import { useI18n } from '@/i18n';
import { describeError } from '@/cloud/describe-error';

/** Last line of defence: a route that threw while rendering shows the reason, not a blank page. */
export function RouteError() {
  const error = useRouteError();
  const { t } = useI18n();
  const message = isRouteErrorResponse(error) ? `${error.status} ${error.statusText}` : describeError(error, t).message;
  return (
    <main className="route-error" role="alert">
      <h1>{t('errors.title')}</h1>
      <p>{message}</p>
      <button type="button" className="button" onClick={() => window.location.reload()}>
        {t('common.retry')}
      </button>
    </main>
  );
}

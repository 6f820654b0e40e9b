import { Link, isRouteErrorResponse, useRouteError } from 'react-router-dom';
import { useI18n } from '@/i18n';
import { paths } from '@/paths';

/**
 * Every route's last line of defence: whatever a route threw, the user reads the product's own
 * words and gets a way back, never the router's default page or a stack trace.
 */
export function RouteError() {
  const error = useRouteError();
  const { t } = useI18n();
  const notFound = isRouteErrorResponse(error) && error.status === 404;
  if (!notFound) console.error(error);
  return (
    <main className="route-error" role="alert">
      <h1>{t('recovery.routeError.title')}</h1>
      <p>{notFound ? t('recovery.routeError.notFound') : t('recovery.routeError.body')}</p>
      <p className="route-error__actions">
        <Link className="button button--primary" to={paths.instances} reloadDocument>
          {t('recovery.routeError.home')}
        </Link>
        <button type="button" className="button" onClick={() => window.location.reload()}>
          {t('recovery.routeError.reload')}
        </button>
      </p>
    </main>
  );
}

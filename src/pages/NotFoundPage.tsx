import { Link, useLocation } from 'react-router-dom';
import { useI18n } from '@/i18n';
import { paths } from '@/paths';

export function NotFoundPage() {
  const { t } = useI18n();
  const location = useLocation();
  return (
    <section className="not-found" aria-labelledby="not-found-title">
      <h1 id="not-found-title">{t('shell.notFoundTitle')}</h1>
      <p>{t('shell.notFoundBody', { path: location.pathname })}</p>
      <Link className="button button--primary" to={paths.instances}>
        {t('shell.backHome')}
      </Link>
    </section>
  );
}

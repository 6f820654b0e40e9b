import { Link, useLocation } from 'react-router-dom';
import { useI18n } from '@/i18n';
import { paths } from '@/paths';
import { PageHeading } from '@/components/page-heading/PageHeading';

export function NotFoundPage() {
  const { t } = useI18n();
  const location = useLocation();
  return (
    <section className="not-found" aria-labelledby="not-found-title">
      <PageHeading id="not-found-title" title={t('shell.notFoundTitle')} />
      <p>{t('shell.notFoundBody', { path: location.pathname })}</p>
      <Link className="button button--primary" to={paths.instances}>
        {t('shell.backHome')}
      </Link>
    </section>
  );
}

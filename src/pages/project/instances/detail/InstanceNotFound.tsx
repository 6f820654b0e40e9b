import { Link } from 'react-router-dom';
import { PageHeader } from '@/components/PageHeader';
import { useI18n } from '@/i18n';
import { paths } from '@/paths';

/** Nova answered 404: its own message, and the way back to the list. */
export function InstanceNotFound({ message }: { message: string }) {
  const { t } = useI18n();
  return (
    <>
      <PageHeader title={t('instanceDetail.notFound.title')} />
      <p role="alert">{t('instanceDetail.notFound.body', { message })}</p>
      <p>
        <Link className="button button--primary" to={paths.instances}>
          {t('instanceDetail.back')}
        </Link>
      </p>
    </>
  );
}

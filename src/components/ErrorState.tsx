import { useI18n } from '@/i18n';
import './ErrorState.css';

interface ErrorStateProps {
  /** Defaults to "Something went wrong". */
  title?: string;
  message: string;
  /** OpenStack's X-Openstack-Request-Id, for the operator's logs. */
  requestId?: string | null;
  onRetry?: () => void;
}

export function ErrorState({ title, message, requestId, onRetry }: ErrorStateProps) {
  const { t } = useI18n();
  return (
    <div className="error-state" role="alert">
      <span className="error-state__icon" aria-hidden="true">
        !
      </span>
      <div className="error-state__content">
        <p className="error-state__title">{title ?? t('table.error.title')}</p>
        <p className="error-state__message">{message}</p>
        {requestId && <p className="error-state__request">{t('table.error.requestId', { id: requestId })}</p>}
        {onRetry && (
          <button type="button" className="button error-state__retry" onClick={onRetry}>
            {t('table.error.retry')}
          </button>
        )}
      </div>
    </div>
  );
}

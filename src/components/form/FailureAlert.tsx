import { useI18n } from '@/i18n';
import './FailureAlert.css';

export interface Failure {
  message: string;
  requestId?: string;
  /** Nothing was done (the session had ended): the same request may be sent again once the user asks. */
  retryable?: boolean;
}

interface FailureAlertProps {
  failure: Failure;
  /** Shown as a Retry button when the failure is retryable. */
  onRetry?: () => void;
  retryDisabled?: boolean;
}

/** A failed request in plain words, with the service's request id for the operator, and Retry when nothing was done. */
export function FailureAlert({ failure, onRetry, retryDisabled }: FailureAlertProps) {
  const { t } = useI18n();
  return (
    <div role="alert" className="failure-alert">
      <p>{failure.message}</p>
      {failure.requestId && <p className="failure-alert__request">{t('common.requestId', { id: failure.requestId })}</p>}
      {failure.retryable && onRetry && (
        <button type="button" className="button" disabled={retryDisabled} onClick={onRetry}>
          {t('recovery.retry.button')}
        </button>
      )}
    </div>
  );
}

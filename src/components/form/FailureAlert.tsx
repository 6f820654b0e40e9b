import { useI18n } from '@/i18n';
import './FailureAlert.css';

export interface Failure {
  message: string;
  requestId?: string;
}

/** A failed request in plain words, with the service's request id for the operator. */
export function FailureAlert({ failure }: { failure: Failure }) {
  const { t } = useI18n();
  return (
    <div role="alert" className="failure-alert">
      <p>{failure.message}</p>
      {failure.requestId && <p className="failure-alert__request">{t('common.requestId', { id: failure.requestId })}</p>}
    </div>
  );
}

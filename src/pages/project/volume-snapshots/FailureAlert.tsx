import { describeError } from '@/cloud/describe-error';
import { useI18n } from '@/i18n';

/** A failed request in plain words, with Cinder's request id for the operator. */
export function FailureAlert({ error }: { error: unknown }) {
  const { t } = useI18n();
  const { message, requestId } = describeError(error, t);
  return (
    <div role="alert" className="volume-snapshots__alert">
      <p>{message}</p>
      {requestId && <p className="volume-snapshots__muted">{t('common.requestId', { id: requestId })}</p>}
    </div>
  );
}

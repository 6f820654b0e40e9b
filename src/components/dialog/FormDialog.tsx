import { useId, useRef, type FormEvent, type ReactNode } from 'react';
import { useI18n } from '@/i18n';
import { FailureAlert, type Failure } from '../form/FailureAlert';
import { Dialog } from './Dialog';

interface FormDialogProps {
  title: string;
  description?: ReactNode;
  submitLabel: string;
  /** A request is on its way: nothing closes and the submit button shows progress. */
  busy: boolean;
  /**
   * The last request's failure, shown under the fields (what was typed stays). A retryable one
   * (the session had ended, nothing was done) offers Retry, which submits the same values again.
   */
  failure?: Failure | null;
  onClose(): void;
  /**
   * Checks and sends. Return the request's promise when one was sent: until it settles a second
   * submit (a double click, Enter twice) does nothing. Return nothing when nothing was sent.
   */
  onSubmit(): Promise<unknown> | undefined;
  children: ReactNode;
  size?: 'small' | 'medium' | 'large';
}

/**
 * A dialog around one form: Cancel and a submit button in the footer, a guard against sending twice
 * (a ref, because the second click can land before the `busy` re-render), and the failure alert.
 */
export function FormDialog({ title, description, submitLabel, busy, failure, onClose, onSubmit, children, size }: FormDialogProps) {
  const { t } = useI18n();
  const formId = useId();
  const sent = useRef(false);

  // Retry sends through the same gate as the submit button: once per click, never on its own.
  const send = () => {
    if (sent.current || busy) return;
    const request = onSubmit();
    if (!request) return;
    sent.current = true;
    request
      .catch(() => undefined)
      .finally(() => {
        sent.current = false;
      });
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    send();
  };

  return (
    <Dialog
      open
      onOpenChange={(open) => !open && onClose()}
      title={title}
      description={description}
      busy={busy}
      size={size}
      footer={
        <>
          <button type="button" className="button" disabled={busy} onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button type="submit" form={formId} className="button button--primary" aria-busy={busy || undefined}>
            {submitLabel}
          </button>
        </>
      }
    >
      <form id={formId} noValidate onSubmit={submit}>
        {children}
        {failure && <FailureAlert failure={failure} onRetry={send} retryDisabled={busy} />}
      </form>
    </Dialog>
  );
}

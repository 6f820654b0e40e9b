import { useRef } from 'react';
import { Dialog } from '@/components/dialog/Dialog';
import { useI18n } from '@/i18n';

/** What to ask before an action that loses something, and what to do once confirmed. */
export interface PowerQuestion {
  title: string;
  body: string;
  /** The confirm button: the action's own label. */
  confirmLabel: string;
  danger: boolean;
}

interface PowerConfirmDialogProps {
  question: PowerQuestion | null;
  busy: boolean;
  onConfirm(): void;
  onCancel(): void;
}

/** "Shut off web-1?" — what will be lost, Cancel (focused first) and the action's own button. */
export function PowerConfirmDialog({ question, busy, onConfirm, onCancel }: PowerConfirmDialogProps) {
  const { t } = useI18n();
  const cancelRef = useRef<HTMLButtonElement>(null);
  if (!question) return null;
  return (
    <Dialog
      open
      onOpenChange={(open) => {
        if (!open) onCancel();
      }}
      title={question.title}
      description={question.body}
      busy={busy}
      size="small"
      initialFocus={cancelRef}
      footer={
        <>
          <button ref={cancelRef} type="button" className="button" disabled={busy} onClick={onCancel}>
            {t('instanceDetail.power.confirm.cancel')}
          </button>
          <button
            type="button"
            className={`button ${question.danger ? 'button--danger' : 'button--primary'}`}
            aria-disabled={busy || undefined}
            aria-busy={busy || undefined}
            onClick={() => {
              if (!busy) onConfirm();
            }}
          >
            {question.confirmLabel}
          </button>
        </>
      }
    />
  );
}

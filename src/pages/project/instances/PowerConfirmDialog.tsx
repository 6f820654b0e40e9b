import { useRef } from 'react';
import { Dialog } from '@/components/dialog/Dialog';
import { useI18n } from '@/i18n';
import type { PendingPowerAction } from './use-power-actions';

interface PowerConfirmDialogProps {
  pending: PendingPowerAction | null;
  busy: boolean;
  onConfirm(): void;
  onCancel(): void;
}

/** "Shut off web-1?" — what will be lost, Cancel (focused first) and the action's own button. */
export function PowerConfirmDialog({ pending, busy, onConfirm, onCancel }: PowerConfirmDialogProps) {
  const { t } = useI18n();
  const cancelRef = useRef<HTMLButtonElement>(null);
  if (!pending) return null;
  return (
    <Dialog
      open
      onOpenChange={(open) => {
        if (!open) onCancel();
      }}
      title={pending.confirm.title}
      description={pending.confirm.body}
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
            className={`button ${pending.action.danger ? 'button--danger' : 'button--primary'}`}
            aria-disabled={busy || undefined}
            aria-busy={busy || undefined}
            onClick={() => {
              if (!busy) onConfirm();
            }}
          >
            {pending.action.label}
          </button>
        </>
      }
    />
  );
}

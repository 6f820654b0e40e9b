import { useEffect, useRef, type ReactNode } from 'react';
import { useI18n } from '@/i18n';
import { Dialog } from './Dialog';

export interface ConfirmDialogProps {
  open: boolean;
  onOpenChange(open: boolean): void;
  title: string;
  /** What will happen, named plainly. */
  children: ReactNode;
  confirmLabel: string;
  cancelLabel?: string;
  /** Red confirm button for destructive actions. */
  danger?: boolean;
  /** The confirmed work is running: the confirm button shows progress, nothing closes. */
  busy?: boolean;
  onConfirm(): void;
}

/**
 * "Are you sure?" with a guard: a double click fires `onConfirm` once. The guard is a ref,
 * because the second click can arrive before a `busy` re-render lands.
 * It rearms when the dialog reopens or when `busy` goes back to false (so a failed attempt can be retried).
 */
export function ConfirmDialog({ open, onOpenChange, title, children, confirmLabel, cancelLabel, danger = false, busy = false, onConfirm }: ConfirmDialogProps) {
  const { t } = useI18n();
  const fired = useRef(false);
  const wasBusy = useRef(busy);
  const cancelRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (open) fired.current = false;
  }, [open]);

  useEffect(() => {
    if (wasBusy.current && !busy) fired.current = false;
    wasBusy.current = busy;
  }, [busy]);

  const confirm = () => {
    if (fired.current || busy) return;
    fired.current = true;
    onConfirm();
  };

  return (
    <Dialog
      open={open}
      onOpenChange={onOpenChange}
      title={title}
      description={children}
      busy={busy}
      size="small"
      initialFocus={cancelRef}
      footer={
        <>
          <button ref={cancelRef} type="button" className="button" disabled={busy} onClick={() => onOpenChange(false)}>
            {cancelLabel ?? t('table.dialog.cancel')}
          </button>
          <button
            type="button"
            className={`button ${danger ? 'button--danger' : 'button--primary'}`}
            aria-busy={busy || undefined}
            aria-disabled={busy || undefined}
            onClick={confirm}
          >
            {confirmLabel}
          </button>
          <span className="visually-hidden" role="status">
            {busy ? t('table.dialog.working') : ''}
          </span>
        </>
      }
    />
  );
}

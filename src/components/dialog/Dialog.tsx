import * as RadixDialog from '@radix-ui/react-dialog';
import { useRef, type ReactNode, type RefObject } from 'react';
import { useI18n } from '@/i18n';
import './Dialog.css';

interface DialogProps {
  open: boolean;
  onOpenChange(open: boolean): void;
  title: string;
  /** Read out with the title when the dialog opens. */
  description?: ReactNode;
  children?: ReactNode;
  /** The buttons row. */
  footer?: ReactNode;
  /** While true the dialog cannot be closed (Escape, outside click and × do nothing). */
  busy?: boolean;
  size?: 'small' | 'medium' | 'large';
  /** Where focus goes on open (default: the first focusable element). */
  initialFocus?: RefObject<HTMLElement | null>;
  /** False for a dialog the user must answer: no ×, and Escape or an outside click do nothing. */
  closable?: boolean;
}

/**
 * A modal dialog (Radix): focus is trapped inside, Escape closes, and focus goes
 * back to whatever was focused when it opened.
 */
export function Dialog({
  open,
  onOpenChange,
  title,
  description,
  children,
  footer,
  busy = false,
  size = 'medium',
  initialFocus,
  closable = true,
}: DialogProps) {
  const { t } = useI18n();
  const opener = useRef<HTMLElement | null>(null);

  const blocked = busy || !closable;
  const handleOpenChange = (next: boolean) => {
    if (!next && blocked) return;
    onOpenChange(next);
  };

  return (
    <RadixDialog.Root open={open} onOpenChange={handleOpenChange}>
      <RadixDialog.Portal>
        <RadixDialog.Overlay className="dialog__overlay" />
        <RadixDialog.Content
          className={`dialog dialog--${size}`}
          aria-busy={busy || undefined}
          {...(description ? {} : { 'aria-describedby': undefined })}
          onOpenAutoFocus={(event) => {
            // Radix returns focus to its Trigger only; we have none, so remember the opener ourselves.
            opener.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
            if (initialFocus?.current) {
              event.preventDefault();
              initialFocus.current.focus();
            }
          }}
          onCloseAutoFocus={(event) => {
            const target = opener.current;
            opener.current = null;
            if (target?.isConnected) {
              event.preventDefault();
              target.focus();
            }
          }}
          onEscapeKeyDown={(event) => {
            if (blocked) event.preventDefault();
          }}
          onPointerDownOutside={(event) => {
            if (blocked) event.preventDefault();
          }}
        >
          <header className="dialog__header">
            <RadixDialog.Title className="dialog__title">{title}</RadixDialog.Title>
            {closable && (
              <RadixDialog.Close asChild>
                <button
                  type="button"
                  className="button button--ghost button--icon dialog__close"
                  aria-label={t('table.dialog.close')}
                  disabled={busy}
                >
                  <span aria-hidden="true" className="icon-close" />
                </button>
              </RadixDialog.Close>
            )}
          </header>
          <div className="dialog__body">
            {description && (
              <RadixDialog.Description asChild>
                <div className="dialog__description">{description}</div>
              </RadixDialog.Description>
            )}
            {children}
          </div>
          {footer && <footer className="dialog__footer">{footer}</footer>}
        </RadixDialog.Content>
      </RadixDialog.Portal>
    </RadixDialog.Root>
  );
}

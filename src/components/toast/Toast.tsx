import { useEffect, useRef, useState } from 'react';
import { Link, useInRouterContext } from 'react-router-dom';
import { useI18n } from '@/i18n';
import type { ToastItem } from './toast-context';

/** Success and info leave by themselves; errors stay until dismissed. */
export const toastTimeoutMs = 8000;

/** Success's tick is drawn in CSS (Toast.css); the others are plain letters every font has. */
const icons = { success: '', error: '!', info: 'i' } as const;

function ToastLink({ to, label, onFollow }: { to: string; label: string; onFollow(): void }) {
  const inRouter = useInRouterContext();
  return inRouter ? (
    <Link className="toast__link" to={to} onClick={onFollow}>
      {label}
    </Link>
  ) : (
    <a className="toast__link" href={to} onClick={onFollow}>
      {label}
    </a>
  );
}

export function Toast({ toast, onDismiss }: { toast: ToastItem; onDismiss(id: number): void }) {
  const { t } = useI18n();
  // Hovering or focusing the toast holds it (WCAG 2.2.1: timing adjustable).
  const [held, setHeld] = useState(false);
  const autoDismiss = toast.tone !== 'error';
  // The action runs once, even for a double click landing before the toast is gone.
  const acted = useRef(false);
  const act = () => {
    if (acted.current || !toast.action) return;
    acted.current = true;
    onDismiss(toast.id);
    toast.action.run();
  };

  useEffect(() => {
    if (!autoDismiss || held) return;
    const timer = setTimeout(() => onDismiss(toast.id), toastTimeoutMs);
    return () => clearTimeout(timer);
  }, [autoDismiss, held, onDismiss, toast.id]);

  return (
    <div
      className={`toast toast--${toast.tone}`}
      onMouseEnter={() => setHeld(true)}
      onMouseLeave={() => setHeld(false)}
      onFocus={() => setHeld(true)}
      onBlur={(event) => {
        if (!event.currentTarget.contains(event.relatedTarget)) setHeld(false);
      }}
    >
      <span className="toast__icon" aria-hidden="true">
        {icons[toast.tone]}
      </span>
      <div className="toast__content">
        <p className="toast__title">{toast.title}</p>
        {toast.body && <p className="toast__body">{toast.body}</p>}
        {toast.link && <ToastLink to={toast.link.to} label={toast.link.label} onFollow={() => onDismiss(toast.id)} />}
        {toast.action && (
          <button type="button" className="button toast__action" onClick={act}>
            {toast.action.label}
          </button>
        )}
      </div>
      <button
        type="button"
        className="button button--ghost button--icon toast__dismiss"
        aria-label={t('table.toast.dismiss', { title: toast.title })}
        onClick={() => onDismiss(toast.id)}
      >
        <span aria-hidden="true" className="icon-close" />
      </button>
    </div>
  );
}

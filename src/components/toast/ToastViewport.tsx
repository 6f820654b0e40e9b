import { useContext, useLayoutEffect } from 'react';
import { useI18n } from '@/i18n';
import { Toast } from './Toast';
import type { Announcement } from './announce-context';
import { ToastStoreContext, type ToastItem } from './toast-context';
import './Toast.css';

interface ToastRegionsProps {
  toasts: readonly ToastItem[];
  announcements?: readonly Announcement[];
  onDismiss(id: number): void;
}

function Spoken({ items }: { items: readonly Announcement[] }) {
  return items.map((item) => (
    <p key={`spoken-${item.id}`} className="visually-hidden">
      {item.text}
    </p>
  ));
}

/**
 * The live regions: the toasts, and the sentences only a screen reader needs (visually hidden).
 * Both regions always exist, so screen readers are listening before the first message.
 */
export function ToastRegions({ toasts, announcements = [], onDismiss }: ToastRegionsProps) {
  const { t } = useI18n();
  const polite = toasts.filter((item) => item.tone !== 'error');
  const assertive = toasts.filter((item) => item.tone === 'error');
  return (
    <section className="toast-viewport" aria-label={t('table.toast.region')}>
      <div className="toast-viewport__list" aria-live="assertive" aria-relevant="additions">
        {assertive.map((item) => (
          <Toast key={item.id} toast={item} onDismiss={onDismiss} />
        ))}
        <Spoken items={announcements.filter((item) => item.assertive)} />
      </div>
      <div className="toast-viewport__list" aria-live="polite" aria-relevant="additions">
        {polite.map((item) => (
          <Toast key={item.id} toast={item} onDismiss={onDismiss} />
        ))}
        <Spoken items={announcements.filter((item) => !item.assertive)} />
      </div>
    </section>
  );
}

/** Renders the provider's toasts here instead (inside the router, so links are client-side). */
export function ToastViewport() {
  const store = useContext(ToastStoreContext);
  if (!store) throw new Error('ToastViewport must be used inside <ToastProvider>');
  const { registerViewport } = store;
  useLayoutEffect(() => registerViewport(), [registerViewport]);
  return <ToastRegions toasts={store.toasts} announcements={store.announcements} onDismiss={store.dismiss} />;
}

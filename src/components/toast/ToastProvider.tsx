import { useCallback, useMemo, useRef, useState, type ReactNode } from 'react';
import { ToastApiContext, ToastStoreContext, type ToastApi, type ToastInput, type ToastItem, type ToastStore } from './toast-context';
import { AnnounceContext } from './announce-context';
import { ToastRegions } from './ToastViewport';
import { useAnnouncer } from './use-announcer';

export { useToast, type ToastInput, type ToastTone } from './toast-context';
export { ToastViewport } from './ToastViewport';
export { useAnnounce, type Announce } from './announce-context';

/** Oldest toasts beyond this are dropped. */
const maxToasts = 5;

/**
 * Holds the notifications and the spoken-only announcements (both go through the same two live
 * regions: polite, and assertive for errors). It renders them itself unless a `<ToastViewport />` is mounted
 * somewhere below (put one inside the router so toast links navigate client-side).
 */
export function ToastProvider({ children }: { children: ReactNode }) {
  const [toasts, setToasts] = useState<ToastItem[]>([]);
  const [viewports, setViewports] = useState(0);
  const nextId = useRef(1);
  const { announcements, announce } = useAnnouncer();

  const dismiss = useCallback((id: number) => {
    setToasts((current) => current.filter((item) => item.id !== id));
  }, []);

  const toast = useCallback((input: ToastInput) => {
    const id = nextId.current;
    nextId.current += 1;
    setToasts((current) => [...current, { ...input, id }].slice(-maxToasts));
    return id;
  }, []);

  const registerViewport = useCallback(() => {
    setViewports((count) => count + 1);
    return () => setViewports((count) => count - 1);
  }, []);

  const api = useMemo<ToastApi>(() => ({ toast, dismiss }), [toast, dismiss]);
  const store = useMemo<ToastStore>(
    () => ({ toasts, announcements, dismiss, registerViewport }),
    [toasts, announcements, dismiss, registerViewport],
  );

  return (
    <ToastApiContext.Provider value={api}>
      <AnnounceContext.Provider value={announce}>
        <ToastStoreContext.Provider value={store}>
          {children}
          {viewports === 0 && <ToastRegions toasts={toasts} announcements={announcements} onDismiss={dismiss} />}
        </ToastStoreContext.Provider>
      </AnnounceContext.Provider>
    </ToastApiContext.Provider>
  );
}

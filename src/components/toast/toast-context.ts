import { createContext, useContext } from 'react';
import type { Announcement } from './announce-context';

export type ToastTone = 'success' | 'error' | 'info';

export interface ToastInput {
  tone: ToastTone;
  title: string;
  body?: string;
  /** A client-side link, e.g. to the new snapshot. */
  link?: { to: string; label: string };
  /** A button that does something once (e.g. Retry), then closes the toast. */
  action?: { label: string; run(): void };
}

export interface ToastItem extends ToastInput {
  id: number;
}

export interface ToastApi {
  /** Shows a notification; returns its id for `dismiss`. */
  toast(input: ToastInput): number;
  dismiss(id: number): void;
}

export interface ToastStore {
  toasts: readonly ToastItem[];
  /** Sentences for screen readers only (task phases, progress). */
  announcements: readonly Announcement[];
  dismiss(id: number): void;
  /** A viewport inside the router announces itself so the provider's fallback one steps aside. */
  registerViewport(): () => void;
}

export const ToastApiContext = createContext<ToastApi | null>(null);
export const ToastStoreContext = createContext<ToastStore | null>(null);

export function useToast(): ToastApi {
  const api = useContext(ToastApiContext);
  if (!api) throw new Error('useToast must be used inside <ToastProvider>');
  return api;
}

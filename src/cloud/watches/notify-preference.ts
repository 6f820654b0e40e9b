import { useCallback, useSyncExternalStore } from 'react';

/** The user's choice ("on"/"off"); only the choice, never anything about the session. */
const key = 'snapshot-dashboard.notify';

export type NotifyState = 'unsupported' | 'blocked' | 'on' | 'off';

const listeners = new Set<() => void>();

function permission(): NotificationPermission | null {
  return typeof globalThis.Notification === 'function' ? globalThis.Notification.permission : null;
}

function stored(): boolean {
  try {
    return globalThis.localStorage?.getItem(key) === 'on';
  } catch {
    return false;
  }
}

function store(on: boolean): void {
  try {
    globalThis.localStorage?.setItem(key, on ? 'on' : 'off');
  } catch {
    // the choice then lasts until the page is reloaded
  }
  for (const listener of listeners) listener();
}

export function notifyState(): NotifyState {
  const granted = permission();
  if (granted === null) return 'unsupported';
  if (granted === 'denied') return 'blocked';
  return granted === 'granted' && stored() ? 'on' : 'off';
}

/** Asks the browser (only ever from a control the user pressed) and remembers a yes. */
export async function enableNotifications(): Promise<NotifyState> {
  if (permission() === null) return 'unsupported';
  const answer = await globalThis.Notification.requestPermission();
  store(answer === 'granted');
  return notifyState();
}

export function disableNotifications(): void {
  store(false);
}

/** Shows a browser notification if the user turned them on and the tab is hidden. */
export function notifyIfHidden(title: string, body?: string): void {
  if (notifyState() !== 'on' || globalThis.document?.visibilityState !== 'hidden') return;
  try {
    const shown = new globalThis.Notification(title, { body, tag: title });
    // Clicking it brings the dashboard's tab back.
    shown.onclick = () => globalThis.focus?.();
  } catch {
    // Some browsers only allow notifications from a service worker; the toast still says it.
  }
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useNotifyState(): { state: NotifyState; enable(): Promise<NotifyState>; disable(): void } {
  const state = useSyncExternalStore(subscribe, notifyState, notifyState);
  const enable = useCallback(() => enableNotifications(), []);
  return { state, enable, disable: disableNotifications };
}

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
  changed();
}

/**
 * What the controls show, read once while they are on screen: Notification.permission is a
 * round trip to the browser process (several ms), and useSyncExternalStore reads it every render.
 * Read again when the choice changes, and when the user comes back to the tab (the browser's own
 * settings may have changed it meanwhile).
 */
let onScreen: NotifyState | null = null;

function shownState(): NotifyState {
  return (onScreen ??= notifyState());
}

function changed(): void {
  onScreen = null;
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
  if (listeners.size === 0) {
    globalThis.addEventListener?.('focus', changed);
    globalThis.document?.addEventListener('visibilitychange', changed);
  }
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
    if (listeners.size > 0) return;
    globalThis.removeEventListener?.('focus', changed);
    globalThis.document?.removeEventListener('visibilitychange', changed);
    onScreen = null;
  };
}

export function useNotifyState(): { state: NotifyState; enable(): Promise<NotifyState>; disable(): void } {
  const state = useSyncExternalStore(subscribe, shownState, shownState);
  const enable = useCallback(() => enableNotifications(), []);
  return { state, enable, disable: disableNotifications };
}

import type { SessionData } from '@/openstack/session-data';
import { FIRST_REQUESTS_KEY, SESSION_KEY } from '@/openstack/early-requests/replay.mjs';
import { sessionExpired } from '@/openstack/session-expiry';

/** index.html's script reads the session under the same key (replay.mjs). */
const STORAGE_KEY = SESSION_KEY;

export type SessionEnd = 'expired' | 'signed-out';

export interface SessionState {
  session: SessionData | null;
  /**
   * Why the last session ended, so the login page can say so. `expired` with the session still
   * set: the token was refused while a page was open; the page stays and the user signs in over it.
   */
  ended: SessionEnd | null;
}

type Listener = () => void;

function readStored(storage: Storage | undefined): SessionData | null {
  try {
    const raw = storage?.getItem(STORAGE_KEY);
    if (!raw) return null;
    const session = JSON.parse(raw) as SessionData;
    return sessionExpired(session) ? null : session;
  } catch {
    return null;
  }
}

/**
 * Holds the signed-in session. The token lives in memory and in sessionStorage (so a reload of
 * the tab keeps it), never in localStorage. It ends itself at the token's expiry.
 */
export class SessionStore {
  private state: SessionState;
  private readonly listeners = new Set<Listener>();
  private expiryTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly storage: Storage | undefined = globalThis.sessionStorage) {
    this.state = { session: readStored(storage), ended: null };
    this.scheduleExpiry();
  }

  getState = (): SessionState => this.state;

  subscribe = (listener: Listener): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  setSession(session: SessionData): void {
    try {
      this.storage?.setItem(STORAGE_KEY, JSON.stringify(session));
    } catch {
      // a full or blocked storage only costs the reload-survival
    }
    this.update({ session, ended: null });
  }

  /**
   * The cloud said 401 or the token's time ran out. The session's page, dialogs and typed input
   * stay on screen: the session is kept (a reload no longer restores it) until the user signs in again.
   * `refused` is the session whose token the cloud refused, when the cloud said so.
   */
  expire(refused?: SessionData): void {
    const { session, ended } = this.state;
    if (!session || ended === 'expired') return;
    // A late 401 to a request sent with an older token says nothing about the current one.
    if (refused && refused.token !== session.token) return;
    this.clearStorage();
    this.update({ session, ended: 'expired' });
  }

  signOut(): void {
    this.clearStorage();
    this.update({ session: null, ended: 'signed-out' });
  }

  private clearStorage(): void {
    try {
      this.storage?.removeItem(STORAGE_KEY);
      // What the pages' first requests are is the session's too (src/app/first-requests.ts).
      this.storage?.removeItem(FIRST_REQUESTS_KEY);
    } catch {
      // nothing to clear
    }
  }

  private update(next: SessionState): void {
    this.state = next;
    this.scheduleExpiry();
    for (const listener of this.listeners) listener();
  }

  private scheduleExpiry(): void {
    clearTimeout(this.expiryTimer);
    const { session, ended } = this.state;
    if (!session || ended === 'expired') return;
    const delay = Date.parse(session.expiresAt) - Date.now();
    if (!Number.isFinite(delay)) return;
    // setTimeout overflows past ~24.8 days; tokens live hours, so cap it.
    this.expiryTimer = setTimeout(() => this.expire(), Math.min(Math.max(delay, 0), 2 ** 31 - 1));
  }
}

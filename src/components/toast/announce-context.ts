import { createContext, useContext } from 'react';

export interface AnnounceOptions {
  /** Errors interrupt (assertive region); everything else waits its turn (polite). */
  assertive?: boolean;
  /**
   * Messages of one topic (e.g. one bulk delete's progress) are throttled together: within the
   * gap only the newest is spoken, so 40 quick steps do not become 40 announcements.
   */
  topic?: string;
}

export type Announce = (message: string, options?: AnnounceOptions) => void;

export interface Announcement {
  id: number;
  text: string;
  assertive: boolean;
}

export const AnnounceContext = createContext<Announce | null>(null);

const silent: Announce = () => undefined;

/**
 * Speaks a short sentence through the app's live regions, without showing anything. Outside a
 * ToastProvider (a component rendered alone) it stays silent rather than failing.
 */
export function useAnnounce(): Announce {
  return useContext(AnnounceContext) ?? silent;
}

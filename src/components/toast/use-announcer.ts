import { useCallback, useEffect, useRef, useState } from 'react';
import type { Announce, Announcement } from './announce-context';

/** How long a sentence stays in the region (long enough for a screen reader to pick it up). */
export const announcementLifetimeMs = 7000;
/** The least time between two sentences of one topic. */
export const topicGapMs = 1500;

interface TopicState {
  lastAt: number;
  pending: { text: string; assertive: boolean } | null;
  timer: ReturnType<typeof setTimeout> | null;
}

/**
 * The sentences the live regions hold. Never chatty: a sentence already in the region is not
 * repeated, and a topic speaks at most once per `topicGapMs` (its newest sentence wins).
 */
export function useAnnouncer(): { announcements: readonly Announcement[]; announce: Announce } {
  const [announcements, setAnnouncements] = useState<Announcement[]>([]);
  const nextId = useRef(1);
  const shown = useRef(new Set<string>());
  const topics = useRef(new Map<string, TopicState>());
  const timers = useRef(new Set<ReturnType<typeof setTimeout>>());

  const later = useCallback((ms: number, work: () => void) => {
    const timer = setTimeout(() => {
      timers.current.delete(timer);
      work();
    }, ms);
    timers.current.add(timer);
    return timer;
  }, []);

  const speak = useCallback(
    (text: string, assertive: boolean) => {
      const key = `${assertive ? '!' : ''}${text}`;
      if (shown.current.has(key)) return;
      shown.current.add(key);
      const id = nextId.current;
      nextId.current += 1;
      setAnnouncements((current) => [...current, { id, text, assertive }]);
      later(announcementLifetimeMs, () => {
        shown.current.delete(key);
        setAnnouncements((current) => current.filter((item) => item.id !== id));
      });
    },
    [later],
  );

  const announce = useCallback<Announce>(
    (text, options = {}) => {
      const assertive = options.assertive ?? false;
      if (!text) return;
      if (!options.topic) {
        speak(text, assertive);
        return;
      }
      const topic = topics.current.get(options.topic) ?? { lastAt: -Infinity, pending: null, timer: null };
      topics.current.set(options.topic, topic);
      const now = Date.now();
      if (topic.timer === null && now - topic.lastAt >= topicGapMs) {
        topic.lastAt = now;
        speak(text, assertive);
        return;
      }
      topic.pending = { text, assertive };
      if (topic.timer !== null) return;
      topic.timer = later(Math.max(0, topic.lastAt + topicGapMs - now), () => {
        topic.timer = null;
        topic.lastAt = Date.now();
        const pending = topic.pending;
        topic.pending = null;
        if (pending) speak(pending.text, pending.assertive);
      });
    },
    [later, speak],
  );

  useEffect(() => {
    const pending = timers.current;
    return () => {
      for (const timer of pending) clearTimeout(timer);
    };
  }, []);

  return { announcements, announce };
}

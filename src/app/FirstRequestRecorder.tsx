import { useEffect } from 'react';
import { useLocation } from 'react-router-dom';
import { useCloud } from '@/cloud/cloud-context';
import { whenIdle } from '@/lib/when-idle';
import { recordFirstRequests } from './first-requests';

/**
 * Adds the page on screen (a list panel, with its filters) to the record of first requests, so
 * that its next load starts its list request from index.html.
 * Not in the demo: its cloud lives in a service worker that answers only once the app has started.
 */
export function FirstRequestRecorder() {
  const { config, session, ended } = useCloud();
  const { pathname, search } = useLocation();
  useEffect(() => {
    if (config.mode === 'demo' || !session || ended === 'expired') return;
    // Sends nothing (the list reads run against an adapter that only notes the address), but takes
    // a few ms of the main thread: once the page is idle, not while it draws its first rows.
    // The list panels' own addresses were recorded when the session began (App's prepareSession).
    return whenIdle(() => void recordFirstRequests(session, [{ pathname, search }]), 2000);
  }, [config.mode, session, ended, pathname, search]);
  return null;
}

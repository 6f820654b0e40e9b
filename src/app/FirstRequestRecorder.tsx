import { useEffect } from 'react';
import { useLocation } from 'react-router-dom';
import { useCloud } from '@/cloud/cloud-context';
import { recordFirstRequests } from './first-requests';

/**
 * Keeps the record of the list panels' first requests current for this session and for the page
 * on screen, so that the next load of one of them starts its list request from index.html.
 * Not in the demo: its cloud lives in a service worker that answers only once the app has started.
 */
export function FirstRequestRecorder() {
  const { config, session, ended } = useCloud();
  const { pathname, search } = useLocation();
  useEffect(() => {
    if (config.mode === 'demo' || !session || ended === 'expired') return;
    // Sends nothing (the list reads run against an adapter that only notes the address), but takes
    // a few ms of the main thread: once the page is idle, not while it draws its first rows.
    const record = () => void recordFirstRequests(session, { pathname, search });
    if (typeof requestIdleCallback === 'function') {
      const idle = requestIdleCallback(record, { timeout: 2000 });
      return () => cancelIdleCallback(idle);
    }
    const timer = setTimeout(record, 200);
    return () => clearTimeout(timer);
  }, [config.mode, session, ended, pathname, search]);
  return null;
}

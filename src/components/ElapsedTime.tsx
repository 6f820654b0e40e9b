import { useI18n } from '@/i18n';
import { useNow } from '@/lib/use-now';
import './ElapsedTime.css';

/**
 * How long something has been going on ("· 1 min 20 sec"), next to its status. Not a live
 * region: it ticks every second and must not be read out each time.
 */
export function ElapsedTime({ since }: { since: string | number }) {
  const { format } = useI18n();
  const now = useNow();
  const start = typeof since === 'number' ? since : Date.parse(since);
  if (!Number.isFinite(start)) return null;
  return (
    <span className="elapsed-time">
      {' '}
      <span aria-hidden="true">·</span> {format.duration(now - start)}
    </span>
  );
}

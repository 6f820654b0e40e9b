import { useEffect, useState } from 'react';
import { useI18n } from '@/i18n';

/** Every second while the age is counted in seconds, then twice a minute. */
function nextTickMs(ageMs: number): number {
  return ageMs < 60_000 ? 1000 : 30_000;
}

/** "Updated 12 seconds ago", through Intl.RelativeTimeFormat, ticking on its own. */
export function UpdatedAgo({ at }: { at: number }) {
  const { t, format } = useI18n();
  const [now, setNow] = useState(() => Date.now());
  const age = Math.max(0, now - at);
  useEffect(() => {
    const timer = setTimeout(() => setNow(Date.now()), nextTickMs(age));
    return () => clearTimeout(timer);
  }, [age]);
  const iso = new Date(at).toISOString();
  return (
    <span className="refresh-control__age">
      {t('table.refresh.updated', { age: format.age(iso, Math.max(now, at)) })}
    </span>
  );
}

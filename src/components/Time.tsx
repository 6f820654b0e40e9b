import { useI18n } from '@/i18n';

interface TimeProps {
  /** An ISO 8601 time from the API; a dash when absent. */
  value: string | null | undefined;
  /** "age" for lists ("3 hours ago", the exact time on hover); "exact" for details. */
  show?: 'age' | 'exact';
  className?: string;
}

/** Cinder and Nova write UTC without a zone ("2026-03-01T10:00:00.000000"); read without one it would be local time. */
function asUtc(iso: string): string {
  return /(?:[zZ]|[+-]\d\d:?\d\d)$/.test(iso) || !iso.includes('T') ? iso : `${iso}Z`;
}

/** The one way times are shown: the age in lists with the exact time as its title, the exact time in details. */
export function Time({ value, show = 'exact', className }: TimeProps) {
  const { format } = useI18n();
  if (!value) return <>{format.dateTime(value)}</>;
  const utc = asUtc(value);
  const exact = format.dateTime(utc);
  return (
    <time className={className} dateTime={utc} title={show === 'age' ? exact : undefined}>
      {show === 'age' ? format.age(utc) : exact}
    </time>
  );
}

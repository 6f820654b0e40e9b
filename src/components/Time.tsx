import { useI18n } from '@/i18n';

interface TimeProps {
  /** An ISO 8601 time from the API; a dash when absent. */
  value: string | null | undefined;
  /** "age" for lists ("3 hours ago", the exact time on hover); "exact" for details. */
  show?: 'age' | 'exact';
  className?: string;
}

/** The one way times are shown: the age in lists with the exact time as its title, the exact time in details. */
export function Time({ value, show = 'exact', className }: TimeProps) {
  const { format } = useI18n();
  if (!value) return <>{format.dateTime(value)}</>;
  const exact = format.dateTime(value);
  return (
    <time className={className} dateTime={value} title={show === 'age' ? exact : undefined}>
      {show === 'age' ? format.age(value) : exact}
    </time>
  );
}

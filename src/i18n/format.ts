/** Dates, ages and sizes through Intl, in the user's language. */
import { dateTimeFormat, numberFormat, relativeTimeFormat } from './intl-cache';

export function formatDateTime(locale: string, iso: string | null | undefined): string {
  if (!iso) return '—';
  const time = Date.parse(iso);
  if (!Number.isFinite(time)) return iso;
  return dateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(time);
}

const ageSteps: ReadonlyArray<[Intl.RelativeTimeFormatUnit, number]> = [
  ['year', 365 * 24 * 3600],
  ['month', 30 * 24 * 3600],
  ['week', 7 * 24 * 3600],
  ['day', 24 * 3600],
  ['hour', 3600],
  ['minute', 60],
  ['second', 1],
];

/** "3 days ago" / "3 dni temu". */
export function formatAge(locale: string, iso: string | null | undefined, now: number = Date.now()): string {
  if (!iso) return '—';
  const time = Date.parse(iso);
  if (!Number.isFinite(time)) return iso;
  const seconds = Math.round((time - now) / 1000);
  const format = relativeTimeFormat(locale, { numeric: 'auto' });
  for (const [unit, size] of ageSteps) {
    if (Math.abs(seconds) >= size || unit === 'second') return format.format(Math.round(seconds / size), unit);
  }
  return format.format(0, 'second');
}

const byteUnits = ['byte', 'kilobyte', 'megabyte', 'gigabyte', 'terabyte', 'petabyte'] as const;

/** Binary sizes (1 KB = 1024 B, as Horizon shows them). */
export function formatBytes(locale: string, bytes: number | null | undefined): string {
  if (bytes === null || bytes === undefined || !Number.isFinite(bytes)) return '—';
  let value = bytes;
  let index = 0;
  while (value >= 1024 && index < byteUnits.length - 1) {
    value /= 1024;
    index += 1;
  }
  return numberFormat(locale, {
    style: 'unit',
    unit: byteUnits[index],
    unitDisplay: 'short',
    maximumFractionDigits: index === 0 ? 0 : 1,
    ...(index === 0 ? { unitDisplay: 'long' as const } : {}),
  }).format(value);
}

export function formatGigabytes(locale: string, gigabytes: number): string {
  return numberFormat(locale, { style: 'unit', unit: 'gigabyte', unitDisplay: 'short' }).format(gigabytes);
}

/** Intl has no binary units; the symbol GiB is the same in every language we speak. */
export function formatGibibytes(locale: string, gibibytes: number): string {
  return `${numberFormat(locale).format(gibibytes)}\u00a0GiB`;
}

export function formatMegabytes(locale: string, megabytes: number): string {
  // One unit from 1 GB up, so "22.5 GB of 50 GB" never reads as "23,040 MB of 50 GB".
  if (megabytes >= 1024) {
    return numberFormat(locale, { style: 'unit', unit: 'gigabyte', unitDisplay: 'short', maximumFractionDigits: 1 }).format(
      megabytes / 1024,
    );
  }
  return numberFormat(locale, { style: 'unit', unit: 'megabyte', unitDisplay: 'short' }).format(megabytes);
}

export function formatNumber(locale: string, value: number): string {
  return numberFormat(locale).format(value);
}

function durationUnit(locale: string, value: number, name: 'day' | 'hour' | 'minute' | 'second'): string {
  return numberFormat(locale, { style: 'unit', unit: name, unitDisplay: 'short' }).format(value);
}

/**
 * How long something took: "45 sec", "2 min 10 sec", "1 hr 5 min", "3 days 4 hr" / "2 min 10 sek.",
 * "1 godz. 5 min", "3 dni 4 godz.".
 * Intl.DurationFormat is not in Node 20, so it is built from Intl.NumberFormat's units.
 */
export function formatDuration(locale: string, ms: number): string {
  const total = Math.max(0, Math.round((Number.isFinite(ms) ? ms : 0) / 1000));
  const days = Math.floor(total / 86_400);
  const hours = Math.floor((total % 86_400) / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = total % 60;
  // An upload stuck for months reads "276 days", not "6,627 hr 42 min".
  if (days > 0) return hours > 0 ? `${durationUnit(locale, days, 'day')} ${durationUnit(locale, hours, 'hour')}` : durationUnit(locale, days, 'day');
  if (hours > 0) return minutes > 0 ? `${durationUnit(locale, hours, 'hour')} ${durationUnit(locale, minutes, 'minute')}` : durationUnit(locale, hours, 'hour');
  if (minutes > 0) return seconds > 0 ? `${durationUnit(locale, minutes, 'minute')} ${durationUnit(locale, seconds, 'second')}` : durationUnit(locale, minutes, 'minute');
  return durationUnit(locale, seconds, 'second');
}

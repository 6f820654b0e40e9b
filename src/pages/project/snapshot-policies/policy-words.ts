import type { I18n, MessageKey } from '@/i18n';
import type { Policy, PolicyRun, RunItem, Schedule } from '@/openstack/policies/api';
import type { StatusTone } from '@/components/StatusBadge';

type T = I18n['t'];

/** Sunday = 0, as the schedule stores days; names in the user's language. */
export function weekdayName(locale: string, day: number, width: 'long' | 'short' = 'long'): string {
  // 2023-01-01 was a Sunday.
  return new Intl.DateTimeFormat(locale, { weekday: width, timeZone: 'UTC' }).format(Date.UTC(2023, 0, 1 + day));
}

/** Monday first, as most of the world reads a week. */
export const weekdaysMondayFirst = [1, 2, 3, 4, 5, 6, 0] as const;

export function scheduleInWords(schedule: Schedule, timeZone: string, t: T, locale: string): string {
  switch (schedule.kind) {
    case 'interval':
      return schedule.minutes % 60 === 0
        ? t('policies.schedule.everyHours', { count: schedule.minutes / 60 })
        : t('policies.schedule.everyMinutes', { count: schedule.minutes });
    case 'daily':
      return t('policies.schedule.daily', { time: schedule.time, zone: timeZone });
    case 'weekly': {
      const days = new Intl.ListFormat(locale, { type: 'conjunction' }).format(
        weekdaysMondayFirst.filter((d) => schedule.days.includes(d)).map((d) => weekdayName(locale, d)),
      );
      return t('policies.schedule.weekly', { days, time: schedule.time, zone: timeZone });
    }
    case 'cron':
      return t('policies.schedule.cron', { expression: schedule.expression, zone: timeZone });
  }
}

export function retentionInWords(retention: Policy['retention'], t: T): string {
  const parts: string[] = [];
  if (retention.keepLast !== null) parts.push(t('policies.retention.keepLast', { count: retention.keepLast }));
  if (retention.maxAgeDays !== null) parts.push(t('policies.retention.maxAge', { count: retention.maxAgeDays }));
  return parts.join(t('policies.retention.and'));
}

export function targetsInWords(targets: Policy['targets'], t: T): string {
  const parts: string[] = [];
  if (targets.instanceIds.length > 0) parts.push(t('policies.targets.instances', { count: targets.instanceIds.length }));
  if (targets.metadata) parts.push(t('policies.targets.tagged', { key: targets.metadata.key, value: targets.metadata.value }));
  return parts.join(t('policies.targets.and'));
}

const runTones: Record<PolicyRun['state'], StatusTone> = { running: 'transition', succeeded: 'ok', partial: 'warning', failed: 'error' };

export function runBadge(state: PolicyRun['state'], t: T): { tone: StatusTone; label: string } {
  return { tone: runTones[state], label: t(`policies.runState.${state}` as MessageKey) };
}

const outcomeTones: Record<NonNullable<RunItem['outcome']>, StatusTone> = { succeeded: 'ok', failed: 'error', skipped: 'warning' };

/** An item's badge: its outcome once done, else the phase it is in. */
export function itemBadge(item: RunItem, t: T): { tone: StatusTone; label: string } {
  if (item.outcome) return { tone: outcomeTones[item.outcome], label: t(`policies.outcome.${item.outcome}` as MessageKey) };
  return { tone: 'transition', label: t(`policies.phase.${item.phase}` as MessageKey) };
}

// @ts-check
/**
 * When a schedule fires. Daily, weekly, cron and intervals of hours that divide a day (every 6
 * hours) are wall-clock schedules: they fire at the same local times every day, each wall time once
 * (see zoned-time.mjs for DST gaps and folds; two wall times that land on the same instant fire
 * once); every N days fires at local midnight, counting days from 3 January 2000. Intervals of an
 * hour or less, and those that do not divide a day (every 7 hours), count elapsed time from local
 * midnight of that day: every 10 minutes stays every 10 minutes through the autumn's repeated hour.
 */
import { cronMatchesDay, cronMinutesOfDay, parseCron } from './cron.mjs';
import { scheduleSchema } from './schema.mjs';
import { addDays, isValidTimeZone, wallTimeToInstant, weekdayOf, zonedParts } from './zoned-time.mjs';

/** @typedef {import('./schema.mjs').Schedule} Schedule */
/** @typedef {{ year: number, month: number, day: number }} CalendarDate */

const MINUTES_PER_DAY = 24 * 60;
const ANCHOR_DATE = { year: 2000, month: 1, day: 3 };
/** How far to look for a day a cron fires on: 29 February can be eight years away. */
const SEARCH_DAYS = 366 * 9;

/**
 * @typedef {object} DayRule
 * @property {(date: CalendarDate) => boolean} firesOn
 * @property {number[]} minutesOfDay ascending
 * @property {string} key the wall times, to cache a day's slots by
 */

/**
 * @param {string} time HH:MM
 */
function minutesOf(time) {
  const [hours = 0, minutes = 0] = time.split(':').map(Number);
  return hours * 60 + minutes;
}

/**
 * The step of an elapsed-time interval, in milliseconds.
 * @param {Schedule} schedule
 */
function elapsedStepMs(schedule) {
  return schedule.kind === 'interval' ? schedule.minutes * 60_000 : MINUTES_PER_DAY * 60_000;
}

/**
 * The schedule as "these wall times on these days", or null for an elapsed-time interval.
 * @param {Schedule} schedule
 * @returns {DayRule | null}
 */
function dayRule(schedule) {
  const rule = wallClockRule(schedule);
  return rule && { ...rule, key: rule.minutesOfDay.join(',') };
}

/**
 * @param {Schedule} schedule
 * @returns {Omit<DayRule, 'key'> | null}
 */
function wallClockRule(schedule) {
  switch (schedule.kind) {
    case 'interval': {
      if (schedule.minutes % MINUTES_PER_DAY === 0) {
        const days = schedule.minutes / MINUTES_PER_DAY;
        return { firesOn: (date) => (dayNumber(date) - dayNumber(ANCHOR_DATE)) % days === 0, minutesOfDay: [0] };
      }
      if (schedule.minutes <= 60 || MINUTES_PER_DAY % schedule.minutes !== 0) return null;
      const minutesOfDay = [];
      for (let minute = 0; minute < MINUTES_PER_DAY; minute += schedule.minutes) minutesOfDay.push(minute);
      return { firesOn: () => true, minutesOfDay };
    }
    case 'daily':
      return { firesOn: () => true, minutesOfDay: [minutesOf(schedule.time)] };
    case 'weekly': {
      const days = new Set(schedule.days);
      return {
        firesOn: (date) => days.has(weekdayOf(date.year, date.month, date.day)),
        minutesOfDay: [minutesOf(schedule.time)],
      };
    }
    case 'cron': {
      const cron = parseCron(schedule.expression);
      return {
        firesOn: (date) => cronMatchesDay(cron, { ...date, weekday: weekdayOf(date.year, date.month, date.day) }),
        minutesOfDay: cronMinutesOfDay(cron),
      };
    }
  }
}

/** Slots per (zone, schedule, day): a scheduler asks about the same few days on every tick. */
const slotCache = new Map();
const SLOT_CACHE_LIMIT = 4096;

/**
 * The instants a rule fires at on one local day, ascending, each once.
 * @param {DayRule} rule
 * @param {CalendarDate} date
 * @param {string} timeZone
 * @returns {number[]}
 */
function slotsOnDay(rule, date, timeZone) {
  if (!rule.firesOn(date)) return [];
  const key = `${timeZone}|${rule.key}|${date.year}-${date.month}-${date.day}`;
  const cached = slotCache.get(key);
  if (cached) return cached;
  const instants = rule.minutesOfDay.map((minutes) =>
    wallTimeToInstant({ ...date, hour: Math.floor(minutes / 60), minute: minutes % 60 }, timeZone).getTime(),
  );
  const slots = [...new Set(instants)].sort((a, b) => a - b);
  if (slotCache.size >= SLOT_CACHE_LIMIT) slotCache.clear();
  slotCache.set(key, slots);
  return slots;
}

/**
 * @param {CalendarDate} date
 * @returns {CalendarDate}
 */
function dateOf(date) {
  return { year: date.year, month: date.month, day: date.day };
}

/**
 * Days since 1970-01-01 of a calendar date, to compare dates.
 * @param {CalendarDate} date
 */
function dayNumber(date) {
  return Date.UTC(date.year, date.month - 1, date.day) / 86_400_000;
}

/**
 * Whether a schedule and zone can be computed at all: a schedule builder asks for a preview while
 * the user is still typing, and an invalid schedule simply has no runs.
 * @param {Schedule} schedule
 * @param {string} timeZone
 */
function isRunnable(schedule, timeZone) {
  return isValidTimeZone(timeZone) && scheduleSchema.safeParse(schedule).success;
}

/** @type {Map<string, number>} */
const anchors = new Map();

/**
 * @param {string} timeZone
 */
function intervalAnchor(timeZone) {
  let anchor = anchors.get(timeZone);
  if (anchor === undefined) {
    anchor = wallTimeToInstant({ ...ANCHOR_DATE, hour: 0, minute: 0 }, timeZone).getTime();
    anchors.set(timeZone, anchor);
  }
  return anchor;
}

/**
 * The next `count` times a schedule fires strictly after `after` (none for a schedule or time
 * zone that is not valid, fewer when a cron expression fires less often than that in nine years).
 * @param {Schedule} schedule
 * @param {string} timeZone
 * @param {Date} after
 * @param {number} count
 * @returns {Date[]}
 */
export function nextRuns(schedule, timeZone, after, count) {
  /** @type {Date[]} */
  const runs = [];
  if (count <= 0 || !isRunnable(schedule, timeZone)) return runs;
  const afterMs = after.getTime();
  const rule = dayRule(schedule);
  if (!rule) {
    const step = elapsedStepMs(schedule);
    const anchor = intervalAnchor(timeZone);
    const first = Math.floor((afterMs - anchor) / step) + 1;
    for (let index = 0; index < count; index += 1) runs.push(new Date(anchor + (first + index) * step));
    return runs;
  }
  let date = dateOf(zonedParts(after, timeZone));
  for (let day = 0; day < SEARCH_DAYS && runs.length < count; day += 1) {
    for (const slot of slotsOnDay(rule, date, timeZone)) {
      if (slot > afterMs && runs.length < count) runs.push(new Date(slot));
    }
    date = addDays(date, 1);
  }
  return runs;
}

/**
 * The next time a schedule fires after `after`, or null when it never does (cron for 30 February).
 * @param {Schedule} schedule
 * @param {string} timeZone
 * @param {Date} after
 * @returns {Date | null}
 */
export function nextRun(schedule, timeZone, after) {
  return nextRuns(schedule, timeZone, after, 1)[0] ?? null;
}

/**
 * The slot a policy owes a run for now: the newest one after both `lastSlot` and `since` and not
 * after `now`, or null. A scheduler that was down across several slots gets one catch-up run, never
 * one per missed slot.
 * @param {Schedule} schedule
 * @param {string} timeZone
 * @param {{ lastSlot: Date | null, since: Date, now: Date }} window
 *   lastSlot: the slot of the policy's newest scheduled run (manual runs do not count);
 *   since: when the policy was created, last resumed, or its schedule or time zone last changed, so
 *   slots it missed while paused, or slots of an edited schedule before the edit, never run
 * @returns {Date | null}
 */
export function dueSlot(schedule, timeZone, { lastSlot, since, now }) {
  const fromMs = Math.max(lastSlot?.getTime() ?? Number.NEGATIVE_INFINITY, since.getTime());
  const nowMs = now.getTime();
  if (nowMs <= fromMs || !isRunnable(schedule, timeZone)) return null;
  const rule = dayRule(schedule);
  if (!rule) {
    const step = elapsedStepMs(schedule);
    const anchor = intervalAnchor(timeZone);
    const slot = anchor + Math.floor((nowMs - anchor) / step) * step;
    return slot > fromMs ? new Date(slot) : null;
  }
  // Walk back day by day from today's local date until a slot not after now turns up; slots of a
  // later local day are always later instants, so the first one found is the newest.
  const firstDay = dayNumber(zonedParts(new Date(fromMs), timeZone));
  let date = dateOf(zonedParts(now, timeZone));
  for (let day = 0; day < SEARCH_DAYS && dayNumber(date) >= firstDay; day += 1) {
    const slots = slotsOnDay(rule, date, timeZone);
    for (let index = slots.length - 1; index >= 0; index -= 1) {
      const slot = slots[index] ?? 0;
      if (slot <= nowMs) return slot > fromMs ? new Date(slot) : null;
    }
    date = addDays(date, -1);
  }
  return null;
}

/**
 * A policy's `nextRunAt`: its next slot after `now`, null while paused or when its schedule never
 * fires again.
 * @param {{ enabled: boolean, schedule: Schedule, timeZone: string }} policy
 * @param {Date} now
 * @returns {string | null}
 */
export function policyNextRunAt(policy, now) {
  if (!policy.enabled) return null;
  return nextRun(policy.schedule, policy.timeZone, now)?.toISOString() ?? null;
}

// @ts-check
/**
 * When a schedule fires. Daily, weekly, cron and intervals that divide a day (every 2 minutes,
 * every 6 hours) are wall-clock schedules: they fire at the same local times every day, each wall
 * time once (see zoned-time.mjs for DST gaps and folds; two wall times that land on the same
 * instant fire once). Other intervals (every 7 hours) count elapsed time from local midnight of
 * 3 January 2000.
 */
import { cronMatchesDay, cronMinutesOfDay, parseCron } from './cron.mjs';
import { addDays, wallTimeToInstant, weekdayOf, zonedParts } from './zoned-time.mjs';

/** @typedef {import('./schema.mjs').Schedule} Schedule */
/** @typedef {{ year: number, month: number, day: number }} CalendarDate */

const MINUTES_PER_DAY = 24 * 60;
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
 * The step of an elapsed-time interval (one that does not divide a day), in milliseconds.
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
      if (MINUTES_PER_DAY % schedule.minutes !== 0) return null;
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
 * @param {string} timeZone
 */
function intervalAnchor(timeZone) {
  return wallTimeToInstant({ year: 2000, month: 1, day: 3, hour: 0, minute: 0 }, timeZone).getTime();
}

/**
 * The next `count` times a schedule fires strictly after `after`.
 * @param {Schedule} schedule
 * @param {string} timeZone
 * @param {Date} after
 * @param {number} count
 * @returns {Date[]}
 */
export function nextRuns(schedule, timeZone, after, count) {
  /** @type {Date[]} */
  const runs = [];
  if (count <= 0) return runs;
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
 * The slot a policy owes a run for now: the newest one in (lastSlot ?? since, now], or null. A
 * scheduler that was down across several slots gets one catch-up run, never one per missed slot.
 * @param {Schedule} schedule
 * @param {string} timeZone
 * @param {{ lastSlot: Date | null, since: Date, now: Date }} window
 *   lastSlot: the slot of the policy's newest scheduled run; since: when the policy was created or resumed
 * @returns {Date | null}
 */
export function dueSlot(schedule, timeZone, { lastSlot, since, now }) {
  const fromMs = (lastSlot ?? since).getTime();
  const nowMs = now.getTime();
  if (nowMs <= fromMs) return null;
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

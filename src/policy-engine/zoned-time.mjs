// @ts-check
/**
 * Wall time in an IANA time zone ↔ instants, with nothing but Intl.DateTimeFormat.
 * Daylight-saving rules for a wall time: one that does not exist (the spring-forward gap) maps to
 * the instant the gap ends (02:30 on the day Europe/Warsaw springs forward → 03:00 local); one that
 * exists twice (the fall-back fold) maps to its first occurrence.
 */

/**
 * @typedef {object} WallTime
 * @property {number} year
 * @property {number} month 1–12
 * @property {number} day 1–31
 * @property {number} hour 0–23
 * @property {number} minute 0–59
 */

/**
 * @typedef {WallTime & { second: number, weekday: number }} ZonedParts weekday: 0 = Sunday
 */

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** @type {Map<string, Intl.DateTimeFormat>} */
const formatters = new Map();

/** @param {string} timeZone */
function formatterFor(timeZone) {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/**
 * @param {string} timeZone
 * @returns {boolean}
 */
export function isValidTimeZone(timeZone) {
  if (!timeZone) return false;
  try {
    formatterFor(timeZone);
    return true;
  } catch {
    return false;
  }
}

/**
 * The day of the week of a calendar date, 0 = Sunday.
 * @param {number} year
 * @param {number} month 1–12
 * @param {number} day
 */
export function weekdayOf(year, month, day) {
  return new Date(Date.UTC(year, month - 1, day)).getUTCDay();
}

/**
 * The calendar date `days` after the given one (negative: before).
 * @param {{ year: number, month: number, day: number }} date
 * @param {number} days
 * @returns {{ year: number, month: number, day: number }}
 */
export function addDays(date, days) {
  const shifted = new Date(Date.UTC(date.year, date.month - 1, date.day) + days * DAY);
  return { year: shifted.getUTCFullYear(), month: shifted.getUTCMonth() + 1, day: shifted.getUTCDate() };
}

/**
 * The wall time an instant shows in a time zone.
 * @param {Date} instant
 * @param {string} timeZone
 * @returns {ZonedParts}
 */
export function zonedParts(instant, timeZone) {
  /** @type {Record<string, number>} */
  const values = {};
  for (const part of formatterFor(timeZone).formatToParts(instant)) {
    if (part.type !== 'literal') values[part.type] = Number(part.value);
  }
  const year = values.year ?? 0;
  const month = values.month ?? 1;
  const day = values.day ?? 1;
  return {
    year,
    month,
    day,
    hour: values.hour ?? 0,
    minute: values.minute ?? 0,
    second: values.second ?? 0,
    weekday: weekdayOf(year, month, day),
  };
}

/**
 * How far the zone's wall clock is ahead of UTC at an instant, in milliseconds (whole minutes).
 * @param {number} epochMs
 * @param {string} timeZone
 */
function offsetAt(epochMs, timeZone) {
  const floored = Math.floor(epochMs / MINUTE) * MINUTE;
  const parts = zonedParts(new Date(floored), timeZone);
  return Date.UTC(parts.year, parts.month - 1, parts.day, parts.hour, parts.minute) - floored;
}

/**
 * The instant a wall time happens in a time zone (see the module comment for DST gaps and folds).
 * @param {WallTime} wall
 * @param {string} timeZone
 * @returns {Date}
 */
export function wallTimeToInstant(wall, timeZone) {
  const asUtc = Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute);
  const offsets = new Set([offsetAt(asUtc - DAY, timeZone), offsetAt(asUtc, timeZone), offsetAt(asUtc + DAY, timeZone)]);
  const matches = [...offsets]
    .map((offset) => asUtc - offset)
    .filter((candidate) => offsetAt(candidate, timeZone) === asUtc - candidate)
    .sort((a, b) => a - b);
  const first = matches[0];
  if (first !== undefined) return new Date(first);
  // In a gap: the wall time read with the offset before the change lands after it, read with the one
  // after lands before it; the change itself lies between. Find it to the minute.
  let low = asUtc - offsetAt(asUtc + DAY, timeZone);
  let high = asUtc - offsetAt(asUtc - DAY, timeZone);
  if (low > high) [low, high] = [high, low];
  const before = offsetAt(low, timeZone);
  while (high - low > MINUTE) {
    const middle = low + Math.floor((high - low) / 2 / MINUTE) * MINUTE;
    if (offsetAt(middle, timeZone) === before) low = middle;
    else high = middle;
  }
  return new Date(high);
}

// @ts-check
/**
 * Five-field cron expressions (minute hour day-of-month month day-of-week) as Vixie cron reads them:
 * lists, ranges, steps (`0-59/15`, `1-30/2`, `5/10` = from 5 to the end), month and day names
 * (jan…dec, sun…sat), 7 = Sunday, the @hourly/@daily/@weekly/@monthly/@yearly shorthands. When
 * both day fields are restricted (neither starts with `*`), a day matches if either does.
 */

/**
 * @typedef {object} CronFields
 * @property {ReadonlySet<number>} minutes
 * @property {ReadonlySet<number>} hours
 * @property {ReadonlySet<number>} daysOfMonth
 * @property {ReadonlySet<number>} months
 * @property {ReadonlySet<number>} daysOfWeek 0 = Sunday
 * @property {boolean} dayOfMonthRestricted
 * @property {boolean} dayOfWeekRestricted
 */

const shorthands = /** @type {Record<string, string>} */ ({
  '@hourly': '0 * * * *',
  '@daily': '0 0 * * *',
  '@midnight': '0 0 * * *',
  '@weekly': '0 0 * * 0',
  '@monthly': '0 0 1 * *',
  '@yearly': '0 0 1 1 *',
  '@annually': '0 0 1 1 *',
});

const monthNames = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const dayNames = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];

/**
 * @typedef {object} FieldSpec
 * @property {string} label
 * @property {number} min
 * @property {number} max
 * @property {string[]} [names] names for min, min+1, …
 */

/** @type {FieldSpec[]} */
const fieldSpecs = [
  { label: 'minute', min: 0, max: 59 },
  { label: 'hour', min: 0, max: 23 },
  { label: 'day of month', min: 1, max: 31 },
  { label: 'month', min: 1, max: 12, names: monthNames },
  // 7 is Sunday too; folded to 0 below.
  { label: 'day of week', min: 0, max: 7, names: dayNames },
];

export class CronError extends Error {}

/**
 * @param {string} text
 * @param {FieldSpec} spec
 */
function parseValue(text, spec) {
  const named = spec.names?.indexOf(text.toLowerCase()) ?? -1;
  if (named >= 0) return spec.min + named;
  if (!/^\d+$/.test(text)) throw new CronError(`“${text}” is not a valid ${spec.label}.`);
  const value = Number(text);
  if (value < spec.min || value > spec.max) {
    throw new CronError(`The ${spec.label} ${value} is outside ${spec.min}–${spec.max}.`);
  }
  return value;
}

/**
 * @param {string} field
 * @param {FieldSpec} spec
 * @returns {Set<number>}
 */
function parseField(field, spec) {
  /** @type {Set<number>} */
  const values = new Set();
  for (const part of field.split(',')) {
    const [range = '', stepText, extra] = part.split('/');
    if (extra !== undefined || range === '') throw new CronError(`“${part}” is not a valid ${spec.label}.`);
    let step = 1;
    if (stepText !== undefined) {
      if (!/^\d+$/.test(stepText) || Number(stepText) < 1) throw new CronError(`“${stepText}” is not a valid step.`);
      step = Number(stepText);
    }
    let from;
    let to;
    if (range === '*') {
      from = spec.min;
      to = spec.max;
    } else if (range.includes('-')) {
      const [start = '', end = '', more] = range.split('-');
      if (more !== undefined) throw new CronError(`“${range}” is not a valid range.`);
      from = parseValue(start, spec);
      to = parseValue(end, spec);
      if (from > to) throw new CronError(`The range “${range}” runs backwards.`);
    } else {
      from = parseValue(range, spec);
      to = stepText === undefined ? from : spec.max;
    }
    for (let value = from; value <= to; value += step) values.add(value);
  }
  return values;
}

/**
 * @param {string} expression
 * @returns {CronFields}
 * @throws {CronError} with words a user can act on
 */
export function parseCron(expression) {
  const trimmed = expression.trim();
  const expanded = shorthands[trimmed.toLowerCase()] ?? trimmed;
  const fields = expanded.split(/\s+/).filter(Boolean);
  if (fields.length !== 5) {
    throw new CronError('A cron expression has five fields: minute, hour, day of month, month, day of week.');
  }
  const [minute = '', hour = '', dayOfMonth = '', month = '', dayOfWeek = ''] = fields;
  const [minuteSpec, hourSpec, domSpec, monthSpec, dowSpec] = /** @type {[FieldSpec, FieldSpec, FieldSpec, FieldSpec, FieldSpec]} */ (fieldSpecs);
  const daysOfWeek = parseField(dayOfWeek, dowSpec);
  if (daysOfWeek.delete(7)) daysOfWeek.add(0);
  return {
    minutes: parseField(minute, minuteSpec),
    hours: parseField(hour, hourSpec),
    daysOfMonth: parseField(dayOfMonth, domSpec),
    months: parseField(month, monthSpec),
    daysOfWeek,
    dayOfMonthRestricted: !dayOfMonth.startsWith('*'),
    dayOfWeekRestricted: !dayOfWeek.startsWith('*'),
  };
}

/**
 * What is wrong with an expression, or null when it parses.
 * @param {string} expression
 * @returns {string | null}
 */
export function cronProblem(expression) {
  try {
    parseCron(expression);
    return null;
  } catch (error) {
    if (error instanceof CronError) return error.message;
    throw error;
  }
}

/**
 * Whether cron runs on a calendar day (Vixie's rule for the two day fields).
 * @param {CronFields} cron
 * @param {{ year: number, month: number, day: number, weekday: number }} date
 */
export function cronMatchesDay(cron, date) {
  if (!cron.months.has(date.month)) return false;
  const byDayOfMonth = cron.daysOfMonth.has(date.day);
  const byDayOfWeek = cron.daysOfWeek.has(date.weekday);
  if (cron.dayOfMonthRestricted && cron.dayOfWeekRestricted) return byDayOfMonth || byDayOfWeek;
  return byDayOfMonth && byDayOfWeek;
}

/**
 * The wall times of a day cron fires at, in order, as minutes after midnight.
 * @param {CronFields} cron
 * @returns {number[]}
 */
export function cronMinutesOfDay(cron) {
  const hours = [...cron.hours].sort((a, b) => a - b);
  const minutes = [...cron.minutes].sort((a, b) => a - b);
  return hours.flatMap((hour) => minutes.map((minute) => hour * 60 + minute));
}
